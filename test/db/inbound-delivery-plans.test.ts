import { drizzle } from "drizzle-orm/libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import {
  countUnfinishedInboundJobs,
  dueInboundJobs,
  pruneInboundDeliveries,
} from "../../src/db/repositories/inbound-deliveries.js";
import * as schema from "../../src/db/schema/index.js";
import { freshDatabase } from "../support/database.js";

/**
 * Every delivery is kept until housekeeping prunes it, and nearly all of them are finished. The reads
 * that run often (each job runner's scan for work left behind, every second; the metrics' queue
 * depth) must find unfinished work through the delivery's state, not by walking every delivery of the
 * platform: at 60k finished deliveries that walk took ~100 ms, during which no webhook was answered.
 */
describe("inbound delivery reads", () => {
  let handle: DatabaseHandle;
  let recorded: { sql: string; params: unknown[] }[];
  let db: Database;

  beforeAll(async () => {
    handle = await freshDatabase();
    db = drizzle(handle.client, {
      schema,
      logger: { logQuery: (sql, params) => recorded.push({ sql, params }) },
    });
  });
  afterAll(() => handle.close());

  async function planOf(read: () => Promise<unknown>): Promise<string[]> {
    recorded = [];
    await read();
    expect(recorded).toHaveLength(1);
    const [query] = recorded;
    const plan = await handle.client.execute({
      sql: `explain query plan ${query!.sql}`,
      args: query!.params as never,
    });
    return plan.rows.map((row) => String(row.detail));
  }

  const now = new Date("2026-12-06T12:00:00Z");

  it.each([
    ["work left behind, for one platform", () => dueInboundJobs(db, "slack", now, 200)],
    ["unfinished jobs, counted for the metrics", () => countUnfinishedInboundJobs(db)],
    ["finished deliveries past their window, pruned", () => pruneInboundDeliveries(db, now)],
  ])("finds %s through the delivery's state", async (_label, read) => {
    const plan = await planOf(read);
    const reads = plan.filter((detail) => /^(SCAN|SEARCH) inbound_deliveries\b/.test(detail));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/^SEARCH .*\bstate=\?/);
  });
});
