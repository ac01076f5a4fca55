import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateDatabase, openDatabase } from "../../src/db/client.js";
import { partitionMemberIds } from "../../src/db/repositories/member-facts.js";
import { seedDemoData } from "../../src/db/setup.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { evaluateInParallel } from "../../src/runtime/node/evaluate-in-parallel.js";
import { type EvaluatedMember, evaluateMembers } from "../../src/scheduler/evaluate.js";

async function bySlug(batches: AsyncGenerator<EvaluatedMember[]>) {
  const all: EvaluatedMember[] = [];
  for await (const batch of batches) all.push(...batch);
  return Object.fromEntries(all.map((entry) => [entry.member.slug, entry.evaluation]));
}

describe("evaluation on worker threads", () => {
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

  it("splits the member ids into contiguous ranges that cover every member once", async () => {
    const ranges = await partitionMemberIds(handle.db, 2);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]!.after).toBeUndefined();
    expect(ranges[1]!.after).toBe(ranges[0]!.through);
    expect(ranges[1]!.through).toBeUndefined();
  });

  it("gives the same evaluations as one thread, each member once", async () => {
    const parallel = await bySlug(
      evaluateInParallel(handle.db, DEMO_REFERENCE_DATE, {
        url,
        workers: 2,
        minMembersForWorkers: 0,
        batchSize: 2,
      }),
    );
    const single = await bySlug(evaluateMembers(handle.db, DEMO_REFERENCE_DATE));
    expect(Object.keys(parallel).sort()).toEqual(Object.keys(single).sort());
    expect(parallel).toEqual(single);
  }, 30_000);
});
