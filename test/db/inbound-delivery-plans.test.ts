import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import {
  countUnfinishedInboundJobs,
  dueInboundJobs,
  pruneInboundDeliveries,
} from "../../src/db/repositories/inbound-deliveries.js";
import { freshDatabase } from "../support/database.js";
import { queryPlans } from "../support/query-plans.js";

/**
 * Every delivery is kept until housekeeping prunes it, and nearly all of them are finished. The reads
 * that run often (each job runner's scan for work left behind, every second; the metrics' queue
 * depth) must find unfinished work through the delivery's state, not by walking every delivery of the
 * platform: at 60k finished deliveries that walk took ~100 ms, during which no webhook was answered.
 */
describe("inbound delivery reads", () => {
  let handle: DatabaseHandle;
  let plans: ReturnType<typeof queryPlans>;

  beforeAll(async () => {
    handle = await freshDatabase();
    plans = queryPlans(handle);
  });
  afterAll(() => handle.close());

  const now = new Date("2026-12-06T12:00:00Z");

  it.each<[string, (db: Database) => Promise<unknown>]>([
    ["work left behind, for one platform", (db: Database) => dueInboundJobs(db, "slack", now, 200)],
    ["unfinished jobs, counted for the metrics", (db: Database) => countUnfinishedInboundJobs(db)],
    ["finished deliveries past their window, pruned", (db: Database) => pruneInboundDeliveries(db, now)],
  ])("finds %s through the delivery's state", async (_label, read) => {
    const { statements } = await plans.of(read);
    expect(statements).toHaveLength(1);
    const reads = statements[0]!.plan.filter((detail) => /^(SCAN|SEARCH) inbound_deliveries\b/.test(detail));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/^SEARCH .*\bstate=\?/);
  });
});
