import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { seedDemoData } from "../../src/db/setup.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { evaluateInParallel } from "../../src/runtime/node/evaluate-in-parallel.js";
import { type EvaluatedMember, evaluateMembers } from "../../src/scheduler/evaluate.js";

async function collect(batches: AsyncGenerator<EvaluatedMember[]>) {
  const all: EvaluatedMember[][] = [];
  for await (const batch of batches) all.push(batch);
  return all;
}

describe("evaluation with a fact-reading worker thread", () => {
  let directory: string;
  let url: string;
  let handle: DatabaseHandle;
  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-parallel-"));
    url = `file:${join(directory, "demo.db")}`;
    handle = await openDatabase({ url });
    await migrateDatabase(handle.db);
    await seedDemoData(handle);
  });
  afterAll(() => {
    handle.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it("gives the same evaluations as one thread, each member once, in the same pages and order", async () => {
    // Pages of two members: the reader runs ahead of the evaluation and waits to be asked for more.
    const parallel = await collect(
      evaluateInParallel(handle.db, DEMO_REFERENCE_DATE, { url, minMembersForWorkers: 0, batchSize: 2 }),
    );
    const single = await collect(evaluateMembers(handle.db, DEMO_REFERENCE_DATE, { batchSize: 2 }));
    expect(parallel.length).toBeGreaterThan(2);
    expect(parallel).toEqual(single);
  }, 30_000);

  it("evaluates at an instant, each member on its own day", async () => {
    const instant = new Date("2026-11-15T10:30:00Z");
    const parallel = await collect(evaluateInParallel(handle.db, instant, { url, minMembersForWorkers: 0 }));
    const single = await collect(evaluateMembers(handle.db, instant));
    expect(parallel).toEqual(single);
  }, 30_000);

  it("reports a reader that cannot open the database, rather than hanging", async () => {
    const missing = `file:${join(directory, "no-such-dir", "x.db")}`;
    await expect(
      collect(evaluateInParallel(handle.db, DEMO_REFERENCE_DATE, { url: missing, minMembersForWorkers: 0 })),
    ).rejects.toThrow(/Parallel evaluation failed/);
  }, 30_000);
});
