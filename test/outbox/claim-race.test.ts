import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { claimDueRows, enqueueAlerts, type NewAlert } from "../../src/outbox/index.js";
import { textPost } from "../support/posts.js";

const ROWS = 400;

/** A claim worker that has opened the database and waits for the signal to start. */
async function readyWorker(url: string, batch: number): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, [
    "--import",
    "tsx",
    "test/support/claim-worker.ts",
    url,
    String(batch),
  ]);
  let errors = "";
  child.stderr.setEncoding("utf8");
  await new Promise<void>((resolve, reject) => {
    child.stderr.on("data", (chunk: string) => {
      errors += chunk;
      if (errors.includes("ready\n")) resolve();
    });
    child.once("exit", (code) =>
      reject(new Error(`claim worker exited (${code}) before it was ready: ${errors}`)),
    );
  });
  return child;
}

async function claimedBy(child: ChildProcessWithoutNullStreams): Promise<string[]> {
  let output = "";
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    output += chunk;
  });
  const [code] = (await once(child, "exit")) as [number | null];
  expect(code).toBe(0);
  return JSON.parse(output) as string[];
}

/** Every row on its own channel, so the one-per-channel rule leaves all of them claimable at once. */
const alerts: NewAlert[] = Array.from({ length: ROWS }, (_, index) => ({
  dedupeKey: `race-${index}`,
  alertKey: `race-${index}`,
  kind: "DUE-UPDATE",
  platform: "slack",
  workspaceId: "T1",
  target: `C${index}`,
  post: textPost("hello"),
}));

describe("claiming under contention", () => {
  let directory: string;
  let url: string;
  let handle: DatabaseHandle;
  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-claim-"));
    url = `file:${join(directory, "outbox.db")}`;
    handle = await openDatabase({ url });
    await migrateDatabase(handle.db);
    await enqueueAlerts(handle.db, alerts);
  });
  afterEach(() => {
    handle.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const expectDisjointAndComplete = (claims: string[][]) => {
    const all = claims.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(ROWS);
  };

  it("never gives one row to two connections claiming at the same time", async () => {
    const other = await openDatabase({ url });
    const claim = (db: DatabaseHandle["db"]) =>
      claimDueRows(db, {
        now: new Date(),
        leaseUntil: new Date(Date.now() + 60_000),
        limit: 300,
        platforms: ["slack"],
      });
    const claims = await Promise.all([claim(handle.db), claim(other.db)]);
    other.close();
    expectDisjointAndComplete(claims.map((rows) => rows.map((row) => row.id)));
  });

  it("never gives one row to two processes claiming at the same time", async () => {
    // One row per claim: the run lasts long enough for every process to take part.
    const workers = await Promise.all([readyWorker(url, 1), readyWorker(url, 1), readyWorker(url, 1)]);
    const results = workers.map(claimedBy);
    for (const worker of workers) worker.stdin.write("go\n");
    const claims = await Promise.all(results);
    expectDisjointAndComplete(claims);
    // Each process won some claims: they really competed.
    expect(claims.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
  });
});
