import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { createLogger } from "../../src/logging/logger.js";
import { type WalCheckpointer, watchWalCheckpoints } from "../../src/runtime/node/wal-checkpointer.js";

const logger = createLogger("silent");
const until = async (condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

let directory: string;
let handle: DatabaseHandle;
let checkpointer: WalCheckpointer | undefined;
/** The main connection's automatic checkpoint threshold, in pages (0: off). */
const walAutoCheckpoint = async (client: DatabaseHandle["client"]) =>
  Number((await client.execute("PRAGMA wal_autocheckpoint")).rows[0]?.[0]);
const walBytes = () => statSync(join(directory, "ogp.db-wal")).size;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "ogp-wal-"));
  handle = await openDatabase({ url: `file:${join(directory, "ogp.db")}` });
  await handle.client.execute("create table filler (id integer primary key, text text not null)");
});
afterEach(async () => {
  await checkpointer?.stop();
  checkpointer = undefined;
  handle.close();
  rmSync(directory, { recursive: true, force: true });
});

/** About 1 MB in 250 small commits, as acknowledgements write. */
async function writeOneMegabyte() {
  for (let i = 0; i < 250; i++)
    await handle.client.execute({ sql: "insert into filler (text) values (?)", args: ["x".repeat(4_000)] });
}

describe("WAL checkpoints of a busy local database", () => {
  it("move to their own thread once the server writes fast enough, which keeps the WAL small", async () => {
    checkpointer = watchWalCheckpoints(handle, logger, {
      startAtRowsPerSecond: 100,
      watchEveryMs: 50,
      checkpointEveryMs: 20,
    });
    expect(await walAutoCheckpoint(handle.client)).toBe(1_000);
    await until(async () => {
      await writeOneMegabyte();
      return checkpointer!.offThread;
    });
    // The main connection no longer checkpoints: without the thread, what follows would all stay in the WAL.
    expect(await walAutoCheckpoint(handle.client)).toBe(0);
    for (let i = 0; i < 24; i++) {
      await writeOneMegabyte();
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    // Every page those commits wrote is ~80 MB of WAL when nothing checkpoints it; with the thread the
    // WAL is reused once checkpointed (a few MB, more while a busy machine delays the thread).
    expect(walBytes()).toBeLessThan(32 * 1024 * 1024);
    expect((await handle.client.execute("select count(*) from filler")).rows[0]?.[0]).toBeGreaterThan(6_000);
  });

  it("stay on the main connection while writes are few", async () => {
    checkpointer = watchWalCheckpoints(handle, logger, { startAtRowsPerSecond: 1_000_000, watchEveryMs: 20 });
    await writeOneMegabyte();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(checkpointer!.offThread).toBe(false);
    expect(await walAutoCheckpoint(handle.client)).toBe(1_000);
  });

  it("come back to the main connection when their thread ends, or never leave if it cannot start", async () => {
    const shortLived = () =>
      new Worker(
        "require('node:worker_threads').parentPort.postMessage('ready'); setTimeout(() => {}, 1000);",
        {
          eval: true,
        },
      );
    checkpointer = watchWalCheckpoints(handle, logger, {
      startAtRowsPerSecond: 1,
      watchEveryMs: 20,
      startThread: shortLived,
    });
    await until(async () => {
      await handle.client.execute({ sql: "insert into filler (text) values ('x')", args: [] });
      return checkpointer!.offThread;
    });
    expect(await walAutoCheckpoint(handle.client)).toBe(0);
    await until(() => !checkpointer!.offThread);
    await until(async () => (await walAutoCheckpoint(handle.client)) === 1_000);

    await checkpointer!.stop();
    const failing = () => new Worker("throw new Error('no driver here')", { eval: true });
    checkpointer = watchWalCheckpoints(handle, logger, {
      startAtRowsPerSecond: 1,
      watchEveryMs: 20,
      startThread: failing,
    });
    for (let i = 0; i < 10; i++) {
      await handle.client.execute({ sql: "insert into filler (text) values ('x')", args: [] });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(checkpointer!.offThread).toBe(false);
    expect(await walAutoCheckpoint(handle.client)).toBe(1_000);
  });
});
