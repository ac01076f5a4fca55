// Worker threads do not inherit tsx's loader from the parent thread: register it, then load the
// TypeScript worker named by the parent (`workerData.entry`).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
