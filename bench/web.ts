/**
 * `npm run bench:web` — issue 12's public site benchmark, all on loopback:
 *   - 10,000 synthetic members (bench/web-data.ts) in a temporary database file, generated first
 *     (timed on its own);
 *   - the production bundle (`npm run build`, run as `npm start` runs it) serving that file;
 *   - at 10 connections in a closed loop, each for a fixed time after a warm-up, interleaved round
 *     by round: `GET /`, member pages, country pages, `/api/v1/members?limit=100`; side by side
 *     with bare Hono answering the same paths with the very bytes our server sent (the ceiling);
 *   - the full `/api/v1/commitments.csv`: time to its last byte alone, then at 10 connections, with
 *     the server's peak RSS while it streams.
 * A route that answers 404 is recorded as missing and the rest is measured.
 * Results: bench/results/web.json and docs/performance.md.
 *
 * BENCH_MEMBERS=2000 BENCH_SECONDS=2 BENCH_ROUNDS=1 npm run bench:web   # a quick look
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDatabase, openDatabase } from "../src/db/client.js";
import { machineInfo } from "./machine.js";
import { generateSyntheticSite } from "./web-data.js";
import { closedLoopGet, type Fetched, fetchOnce, type GetLoadResult, simultaneousGets } from "./web-load.js";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1);
const CONNECTIONS = 10;
/** A measurement also stops after this many requests, whatever its duration. */
const MAX_REQUESTS = 200_000;
const CSV_ALONE_RUNS = 3;
/** The 10 simultaneous CSV downloads are cut off after this long. */
const CSV_SIMULTANEOUS_TIMEOUT_MS = 90_000;
const TARGETS = { pageP99Ms: 50, ceilingShare: 0.3, csvSeconds: 5, csvRssMb: 300 };
const PORTS = { ours: 18_797, ceiling: 18_798 };

const root = new URL("../", import.meta.url).pathname;
const directory = mkdtempSync(join(tmpdir(), "ogp-bench-web-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Every server this run started: stopped however the run ends, so none outlives it on its port. */
const children = new Set<ChildProcess>();

function startProcess(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; errors: () => string } {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Read, and only stderr's tail kept: a full pipe would block the server on its next log line.
  child.stdout?.resume();
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return { child, errors: () => stderr };
}

/** A server left on a port by another run would be measured instead of ours: refuse to start. */
async function ensureFree(port: number): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`Port ${port} is already in use: stop what listens there first.`);
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(20);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const kbOf = (field: string, pid: number) =>
  Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
const mb = (kb: number) => Math.round(kb / 1024);

/** Samples the process's resident memory every 10 ms while `work` runs; the highest in MB. */
async function peakRssDuring<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; peakRssMb: number }> {
  let peakKb = kbOf("VmRSS", pid);
  const timer = setInterval(() => {
    peakKb = Math.max(peakKb, kbOf("VmRSS", pid));
  }, 10);
  try {
    const result = await work();
    peakKb = Math.max(peakKb, kbOf("VmRSS", pid));
    return { result, peakRssMb: mb(peakKb) };
  } finally {
    clearInterval(timer);
  }
}

interface Route {
  name: string;
  /** Requested in turn; the ceiling serves each with the bytes ours sent for it. */
  paths: string[];
}

type Probe =
  | { state: "ok"; bytes: number }
  | { state: "missing"; status: 404 }
  | { state: "failed"; status: number; path: string };

interface CsvResult {
  probe: Probe;
  alone?: {
    ms: number[];
    medianMs: number;
    bytes: number;
    /** The server's RSS just before the first download, after the page measurements. */
    rssBeforeMb: number;
    peakRssMb: number;
    ceilingMs: number[];
  };
  /** Downloads started together, one per connection. */
  tenConnections?: {
    ours: GetLoadResult & { unfinished: number };
    ceiling: GetLoadResult & { unfinished: number };
    peakRssMb: number;
  };
}

interface PageResult {
  route: string;
  paths: number;
  probe: Probe;
  ours?: GetLoadResult[];
  ceiling?: GetLoadResult[];
  summary?: {
    /** p50 of requests sent one at a time. */
    aloneMs: number;
    oursPerSecond: number;
    ceilingPerSecond: number;
    ratio: number;
    p50Ms: number;
    p99Ms: number;
    ceilingP50Ms: number;
    ceilingP99Ms: number;
    bytes: number;
    errors: number;
  };
}

async function main() {
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root });
  for (const port of Object.values(PORTS)) await ensureFree(port);

  // The data, through the schema, into a file of its own; its generation timed apart.
  const databaseFile = join(directory, "ogp.db");
  const handle = await openDatabase({ url: `file:${databaseFile}` });
  await migrateDatabase(handle.db);
  const generationStarted = performance.now();
  const site = await generateSyntheticSite(handle.client, MEMBERS);
  const generationSeconds = Math.round((performance.now() - generationStarted) / 100) / 10;
  await handle.client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
  handle.close();
  const databaseMb = mb(statSync(databaseFile).size / 1024);
  process.stdout.write(`${JSON.stringify({ generated: MEMBERS, seconds: generationSeconds, databaseMb })}\n`);

  const ours = startProcess(["dist/node.js"], {
    PORT: String(PORTS.ours),
    DATABASE_URL: `file:${databaseFile}`,
    DEMO_DATA: "off",
    LOG_LEVEL: "info",
    // The scheduler would tick during the runs: once a year, at a time no run reaches.
    SCHEDULE_CRON: "0 3 1 1 *",
  });
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${PORTS.ours}/healthz`)).status === 200,
    `our server (${ours.errors()})`,
  );
  const oursPid = ours.child.pid!;
  await sleep(1_000);
  const idleRssMb = mb(kbOf("VmRSS", oursPid));

  const routes: Route[] = [
    { name: "GET / (first page)", paths: ["/"] },
    { name: "member page /members/SLUG", paths: site.sampleSlugs.map((slug) => `/members/${slug}`) },
    { name: "country page /countries/CC", paths: site.countries.map((country) => `/countries/${country}`) },
    { name: "/api/v1/members?limit=100", paths: ["/api/v1/members?limit=100"] },
  ];
  const csvPath = "/api/v1/commitments.csv";

  // Each path once, from our server: whether the route exists, and the bytes the ceiling will serve.
  const manifest: { path: string; contentType: string; file: string }[] = [];
  const remember = (path: string, fetched: Fetched) => {
    const file = join(directory, `response-${manifest.length}`);
    writeFileSync(file, fetched.body);
    manifest.push({
      path: path.split("?")[0]!,
      contentType: String(fetched.headers["content-type"] ?? "application/octet-stream"),
      file,
    });
  };
  const probe = async (paths: string[]): Promise<Probe> => {
    let bytes = 0;
    for (const [index, path] of paths.entries()) {
      const fetched = await fetchOnce(PORTS.ours, path);
      if (fetched.status === 404 && index === 0) return { state: "missing", status: 404 };
      if (fetched.status !== 200) return { state: "failed", status: fetched.status, path };
      remember(path, fetched);
      bytes += fetched.body.length;
    }
    return { state: "ok", bytes: Math.round(bytes / paths.length) };
  };
  const pages: PageResult[] = [];
  for (const route of routes)
    pages.push({ route: route.name, paths: route.paths.length, probe: await probe(route.paths) });
  const csvProbe = await probe([csvPath]);

  writeFileSync(join(directory, "manifest.json"), JSON.stringify(manifest));
  const ceiling = startProcess(["--import", "tsx", "bench/web-ceiling.ts"], {
    PORT: String(PORTS.ceiling),
    MANIFEST: join(directory, "manifest.json"),
  });
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${PORTS.ceiling}/healthz`)).status === 404,
    `the ceiling server (${ceiling.errors()})`,
  );

  const load = (port: number, paths: string[], seconds: number) =>
    closedLoopGet(port, paths, {
      connections: CONNECTIONS,
      durationMs: seconds * 1000,
      maxRequests: MAX_REQUESTS,
    });
  const measured = routes.flatMap((route, index) =>
    pages[index]!.probe.state === "ok" ? [{ route, page: pages[index]! }] : [],
  );
  // Warm-up, not recorded: both servers' code paths compiled and caches filled before anything counts.
  for (const { route } of measured) {
    await load(PORTS.ours, route.paths, WARMUP_SECONDS);
    await load(PORTS.ceiling, route.paths, WARMUP_SECONDS);
  }
  // One request at a time: what a request costs the server when nothing else waits (p50 of ≤ 40).
  const aloneMs = new Map<string, number>();
  for (const { route } of measured) {
    const sequential = await closedLoopGet(PORTS.ours, route.paths, {
      connections: 1,
      durationMs: 2_000,
      maxRequests: 40,
    });
    aloneMs.set(route.name, sequential.latencyMs.p50);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const { route, page } of measured) {
      const oursRun = await load(PORTS.ours, route.paths, SECONDS);
      const ceilingRun = await load(PORTS.ceiling, route.paths, SECONDS);
      page.ours = [...(page.ours ?? []), oursRun];
      page.ceiling = [...(page.ceiling ?? []), ceilingRun];
      process.stdout.write(
        `${JSON.stringify({ round, route: route.name, ours: oursRun, ceiling: ceilingRun })}\n`,
      );
    }
  }
  for (const { page } of measured) {
    const oursRuns = page.ours!;
    const ceilingRuns = page.ceiling!;
    const oursPerSecond = median(oursRuns.map((run) => run.perSecond));
    const ceilingPerSecond = median(ceilingRuns.map((run) => run.perSecond));
    page.summary = {
      aloneMs: aloneMs.get(page.route)!,
      oursPerSecond,
      ceilingPerSecond,
      ratio: Number((oursPerSecond / ceilingPerSecond).toPrecision(2)),
      p50Ms: median(oursRuns.map((run) => run.latencyMs.p50)),
      p99Ms: median(oursRuns.map((run) => run.latencyMs.p99)),
      ceilingP50Ms: median(ceilingRuns.map((run) => run.latencyMs.p50)),
      ceilingP99Ms: median(ceilingRuns.map((run) => run.latencyMs.p99)),
      bytes: page.probe.state === "ok" ? page.probe.bytes : 0,
      errors: oursRuns.reduce((sum, run) => sum + run.errors, 0),
    };
  }

  // The full CSV: alone (time to the last byte), then at 10 connections; RSS sampled meanwhile.
  const csv: CsvResult = { probe: csvProbe };
  if (csvProbe.state === "ok") {
    const ms: number[] = [];
    const ceilingMs: number[] = [];
    let bytes = 0;
    const rssBeforeMb = mb(kbOf("VmRSS", oursPid));
    const { peakRssMb } = await peakRssDuring(oursPid, async () => {
      for (let run = 0; run < CSV_ALONE_RUNS; run++) {
        const fetched = await fetchOnce(PORTS.ours, csvPath);
        ms.push(Math.round(fetched.ms));
        bytes = fetched.body.length;
        ceilingMs.push(Math.round((await fetchOnce(PORTS.ceiling, csvPath)).ms));
      }
    });
    csv.alone = { ms, medianMs: median(ms), bytes, rssBeforeMb, peakRssMb, ceilingMs };
    const simultaneous = (port: number) =>
      simultaneousGets(port, csvPath, CONNECTIONS, CSV_SIMULTANEOUS_TIMEOUT_MS);
    const concurrent = await peakRssDuring(oursPid, () => simultaneous(PORTS.ours));
    csv.tenConnections = {
      ours: concurrent.result,
      ceiling: await simultaneous(PORTS.ceiling),
      peakRssMb: concurrent.peakRssMb,
    };
    process.stdout.write(`${JSON.stringify({ csv })}\n`);
  }
  const lifetimePeakRssMb = mb(kbOf("VmHWM", oursPid));

  for (const child of children) child.kill("SIGTERM");

  const targets: Record<string, "yes" | "no" | "missing" | "failed"> = {};
  for (const page of pages) {
    if (page.probe.state !== "ok") {
      targets[`${page.route}: p99 ≤ ${TARGETS.pageP99Ms} ms`] = page.probe.state;
      targets[`${page.route}: ≥ ${TARGETS.ceilingShare}× the ceiling`] = page.probe.state;
      continue;
    }
    const summary = page.summary!;
    targets[`${page.route}: p99 ≤ ${TARGETS.pageP99Ms} ms`] =
      summary.p99Ms <= TARGETS.pageP99Ms && summary.errors === 0 ? "yes" : "no";
    targets[`${page.route}: ≥ ${TARGETS.ceilingShare}× the ceiling`] =
      summary.ratio >= TARGETS.ceilingShare ? "yes" : "no";
  }
  const csvOutcome = (met: (alone: NonNullable<CsvResult["alone"]>) => boolean) =>
    csv.alone ? (met(csv.alone) ? "yes" : "no") : (csv.probe.state as "missing" | "failed");
  targets[`full CSV ≤ ${TARGETS.csvSeconds} s to the last byte`] = csvOutcome(
    (alone) => alone.medianMs <= TARGETS.csvSeconds * 1000,
  );
  targets[`peak RSS ≤ ${TARGETS.csvRssMb} MB while the CSV streams`] = csvOutcome(
    (alone) => alone.peakRssMb <= TARGETS.csvRssMb,
  );

  const report = {
    benchmark: "web",
    at: new Date().toISOString(),
    machine: machineInfo(),
    setup: {
      members: MEMBERS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      rounds: ROUNDS,
      connections: CONNECTIONS,
    },
    data: { generationSeconds, databaseMb, rows: site.counts, countries: site.countries.length },
    idleRssMb,
    lifetimePeakRssMb,
    pages,
    csv,
    targets,
  };
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
  writeFileSync(new URL("./results/web.json", import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  writePerformanceDoc(report);
  process.stdout.write(`${JSON.stringify(targets, null, 2)}\n`);
}

type Report = {
  at: string;
  machine: { cpus: number; cpuModel: string | undefined; node: string; loadAverage: number };
  setup: { members: number; seconds: number; warmupSeconds: number; rounds: number; connections: number };
  data: { generationSeconds: number; databaseMb: number; rows: Record<string, number>; countries: number };
  idleRssMb: number;
  lifetimePeakRssMb: number;
  pages: PageResult[];
  csv: CsvResult;
  targets: Record<string, string>;
};

function describeProbe(probe: Probe): string {
  return probe.state === "missing"
    ? "missing (404)"
    : probe.state === "failed"
      ? `failed (HTTP ${probe.status} on ${probe.path})`
      : "";
}

function csvParagraph({ csv, data, setup }: Report): string {
  if (!csv.alone || !csv.tenConnections)
    return `The full \`/api/v1/commitments.csv\`: ${describeProbe(csv.probe)}, not measured.`;
  const { ours, ceiling, peakRssMb } = csv.tenConnections;
  const duration = (ms: number) => (ms < 1_000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);
  const durations = (values: number[]) => values.map(duration).join(", ");
  const cutOff =
    ours.unfinished > 0 ? ` (${ours.unfinished} cut off after ${duration(CSV_SIMULTANEOUS_TIMEOUT_MS)})` : "";
  const fromMemory = `from memory, half within ${duration(ceiling.latencyMs.p50)} and the last after ${duration(ceiling.latencyMs.max)}`;
  const finished =
    ours.requests === 0
      ? `none finished within ${duration(CSV_SIMULTANEOUS_TIMEOUT_MS)} (${fromMemory})`
      : `${ours.requests} finished${cutOff}, half of them within ${duration(ours.latencyMs.p50)} and the last after ${duration(ours.latencyMs.max)} (${fromMemory})`;
  return [
    `The full \`/api/v1/commitments.csv\` (${(csv.alone.bytes / 2 ** 20).toFixed(1)} MB, ${data.rows.commitments?.toLocaleString("en")} commitments):`,
    `alone, its last byte arrived after ${durations(csv.alone.ms)} (${CSV_ALONE_RUNS} downloads one after the other;`,
    `from memory: ${durations(csv.alone.ceilingMs)}), and the server's RSS went from ${csv.alone.rssBeforeMb} MB to a peak of`,
    `${csv.alone.peakRssMb} MB meanwhile.`,
    `${setup.connections} downloads started together: ${finished}; the RSS peaked at ${peakRssMb} MB.`,
  ].join("\n");
}

function writePerformanceDoc(report: Report) {
  const file = new URL("../docs/performance.md", import.meta.url);
  const doc = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const rows = report.data.rows;
  const total = Object.values(rows).reduce((sum, count) => sum + count, 0);
  const pageRows = report.pages
    .map((page) => {
      const s = page.summary;
      if (!s) return `| ${page.route} | ${describeProbe(page.probe)} | | | | | | | |`;
      const cells = [s.aloneMs, s.oursPerSecond, s.p50Ms, s.p99Ms, s.ceilingPerSecond, s.ceilingP99Ms].map(
        (value) => value.toFixed(1),
      );
      return `| ${page.route} | ${cells.join(" | ")} | ${s.bytes.toLocaleString("en")} | ${s.ratio} |`;
    })
    .join("\n");
  const csvText = csvParagraph(report);
  const section = `<!-- web-benchmark:begin -->
## Public site and open data (\`npm run bench:web\`)

Measured ${report.at.slice(0, 10)} on ${report.machine.cpus} cores (${report.machine.cpuModel}), Node ${report.machine.node},
load average ${report.machine.loadAverage} at the end (other work shared the machine; the load generator and both
servers share its cores too).

${report.setup.members.toLocaleString("en")} synthetic members over ${report.data.countries} countries (bench/web-data.ts, seeded): one plan each
in implementation, 3–5 commitments of 3–4 milestones, 2–5 quarterly updates per commitment, evidence,
endorsements, meetings, status history; ${total.toLocaleString("en")} rows, a ${report.data.databaseMb} MB file, generated
through the schema in ${report.data.generationSeconds} s. The production bundle serves it (\`npm start\`, request log on);
beside it, bare Hono (@hono/node-server) answers the same paths with the bytes ours sent, from memory:
the ceiling. ${report.setup.connections} connections in a closed loop, ${report.setup.warmupSeconds} s of warm-up per route and server, then
${report.setup.rounds} interleaved rounds of ${report.setup.seconds} s each; medians of the rounds. Member pages rotate over
${report.pages[1]?.paths ?? 0} members, country pages over every country; latencies run to the response's last byte.
"Alone" is the median of requests sent one at a time: what one request costs the server.

| route | alone (ms) | ours (req/s) | p50 (ms) | p99 (ms) | ceiling (req/s) | ceiling p99 (ms) | bytes | ours / ceiling |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${pageRows}

${csvText} Idle RSS after start-up: ${report.idleRssMb} MB;
highest over the run (VmHWM): ${report.lifetimePeakRssMb} MB.

| target | met |
|---|---|
${Object.entries(report.targets)
  .map(([target, met]) => `| ${target} | ${met === "yes" ? "yes" : `**${met}**`} |`)
  .join("\n")}
<!-- web-benchmark:end -->`;
  const begin = doc.indexOf("<!-- web-benchmark:begin -->");
  const end = doc.indexOf("<!-- web-benchmark:end -->");
  const updated =
    begin >= 0 && end > begin
      ? doc.slice(0, begin) + section + doc.slice(end + "<!-- web-benchmark:end -->".length)
      : `${doc.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, updated);
}

try {
  await main();
} finally {
  for (const child of children) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
}
