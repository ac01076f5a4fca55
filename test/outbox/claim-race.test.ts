import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { claimDueRows, enqueueAlerts, type NewAlert } from "../../src/outbox/index.js";
import { textPost } from "../support/posts.js";

const run = promisify(execFile);
const ROWS = 400;

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
    const startAt = String(Date.now() + 2_000);
    const worker = () =>
      run(process.execPath, ["--import", "tsx", "test/support/claim-worker.ts", url, startAt, "5"], {
        encoding: "utf8",
      });
    const outputs = await Promise.all([worker(), worker(), worker()]);
    const claims = outputs.map((output) => JSON.parse(output.stdout) as string[]);
    expectDisjointAndComplete(claims);
    // Each process won some claims: they really competed.
    expect(claims.filter((ids) => ids.length > 0).length).toBeGreaterThan(1);
  });
});
