import type { Worker } from "node:worker_threads";
import type { DatabaseHandle } from "../../db/client.js";
import {
  DEFAULT_AUTO_CHECKPOINT_PAGES,
  rowsChangedByConnection,
  setWalAutoCheckpoint,
} from "../../db/wal.js";
import { describeError, type Logger } from "../../logging/logger.js";
import { startThread } from "./threads.js";

export interface CheckpointJob {
  url: string;
  everyMs: number;
}

export interface WalCheckpointer {
  /** Whether checkpoints run on their own thread now. */
  readonly offThread: boolean;
  /** Stops watching and ends the thread; the main connection checkpoints for itself again. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** Write rate (rows a second through the main connection) from which checkpoints move to a thread. */
  startAtRowsPerSecond?: number;
  /** How often the write rate is read. */
  watchEveryMs?: number;
  /** How often the thread checkpoints. */
  checkpointEveryMs?: number;
  /** Starts the checkpoint thread; tests stand in threads that fail. */
  startThread?: (name: string, job: CheckpointJob) => Worker;
}

/**
 * Moves a busy local database's WAL checkpoints off the event loop. By default a commit that takes
 * the WAL past 1,000 pages copies them into the database file and syncs it on the thread that
 * committed: under bench:webhook's load, a 10-14 ms pause every ~1,000 acknowledgements and about a
 * quarter of what claiming a delivery cost. Once the server writes `startAtRowsPerSecond`, a worker
 * thread on its own connection checkpoints passively (writers never wait for it) and the main
 * connection's automatic checkpoints are turned off; if the thread ends, they are turned back on.
 * A quiet server never starts the thread (~20 MB of memory: an isolate and a driver instance).
 */
export function watchWalCheckpoints(
  handle: DatabaseHandle,
  logger: Logger,
  options: WalCheckpointerOptions = {},
): WalCheckpointer | undefined {
  if (!handle.url.startsWith("file:") || handle.url.includes(":memory:")) return undefined;
  const startAt = options.startAtRowsPerSecond ?? 500;
  const watchEveryMs = options.watchEveryMs ?? 1_000;
  const start = options.startThread ?? startThread;
  const job: CheckpointJob = { url: handle.url, everyMs: options.checkpointEveryMs ?? 200 };
  let thread: Worker | undefined;
  let stopped = false;
  let offThread = false;
  let lastRows: number | undefined;
  const checkpointHere = () => setWalAutoCheckpoint(handle.client, DEFAULT_AUTO_CHECKPOINT_PAGES);
  const reportFailure = (message: string) => (error: unknown) =>
    logger.error(message, { error: describeError(error) });

  const moveOffThread = async () => {
    let started: Worker;
    try {
      started = start("wal-checkpoint-worker", job);
    } catch (error) {
      reportFailure("WAL checkpoints stay on the main thread: their thread could not start")(error);
      return;
    }
    thread = started;
    // Shutdown ends the process; the thread alone must not keep it running.
    started.unref();
    started.on("error", reportFailure("WAL checkpoint thread failed"));
    const ready = await new Promise<boolean>((resolve) => {
      started.once("message", () => resolve(true));
      started.once("exit", () => resolve(false));
    });
    if (stopped) return;
    if (!ready) {
      logger.warn("WAL checkpoints stay on the main thread: their thread did not start");
      return;
    }
    // Statements on the main connection run in the order issued: if the thread ends at any point
    // after this, turning automatic checkpoints back on comes after turning them off.
    const turnedOff = setWalAutoCheckpoint(handle.client, 0);
    let ended = false;
    started.once("exit", () => {
      ended = true;
      offThread = false;
      if (stopped) return;
      logger.warn("WAL checkpoint thread ended: checkpoints are back on the main thread");
      checkpointHere().catch(reportFailure("WAL checkpoints could not be turned back on"));
    });
    await turnedOff;
    if (ended) return;
    offThread = true;
    logger.info("WAL checkpoints moved to their own thread", { rowsPerSecondFrom: startAt });
  };

  const watch = async () => {
    const rows = await rowsChangedByConnection(handle.client);
    const rate = lastRows === undefined ? 0 : ((rows - lastRows) * 1_000) / watchEveryMs;
    lastRows = rows;
    if (rate < startAt || thread || stopped) return;
    clearInterval(timer);
    await moveOffThread();
  };
  const timer = setInterval(
    () => void watch().catch(reportFailure("WAL write rate could not be read")),
    watchEveryMs,
  );
  timer.unref();

  return {
    get offThread() {
      return offThread;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (!thread) return;
      await thread.terminate();
      await checkpointHere();
    },
  };
}
