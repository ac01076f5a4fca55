import { cpus, loadavg, totalmem } from "node:os";

/** The machine a benchmark ran on, as its results record it: numbers mean little without it. */
export function machineInfo() {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.split(" ").slice(0, 2).join(" "),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: Math.round(loadavg()[0]! * 100) / 100,
  };
}
