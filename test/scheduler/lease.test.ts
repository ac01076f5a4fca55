import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox, jobLeases } from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { createLogger } from "../../src/logging/logger.js";
import { type LeasedTick, startScheduler, TICK_LEASE, tickUnderLease } from "../../src/scheduler/index.js";
import { demoWithSubscriptions } from "./demo.js";

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await demoWithSubscriptions();
});
afterEach(() => handle.close());

const lease = (holder: string) => ({ lease: { holder } });

describe("the scheduler's database lease (job_leases, scheduler.tick)", () => {
  it("lets one of two instances tick at a time; the other is told who holds it", async () => {
    const [first, second] = await Promise.all([
      tickUnderLease(handle.db, DEMO_REFERENCE_DATE, lease("host-a:1")),
      tickUnderLease(handle.db, DEMO_REFERENCE_DATE, lease("host-b:2")),
    ]);
    expect(first.ran).toBe(true);
    expect(second).toMatchObject({ ran: false, heldBy: "host-a:1" });
    // Released once the tick is done: the next run of either instance goes ahead and finds nothing new.
    expect(await handle.db.$count(jobLeases)).toBe(0);
    const next = await tickUnderLease(handle.db, DEMO_REFERENCE_DATE, lease("host-b:2"));
    expect(next).toMatchObject({ ran: true, report: { alerts: { created: 0 } } });
  });

  it("refuses while another holder's lease is live, and takes over an expired one", async () => {
    const now = new Date("2026-11-15T12:00:00Z");
    await handle.db.insert(jobLeases).values({
      name: TICK_LEASE,
      holder: "crashed-host:9",
      expiresAt: new Date(now.getTime() + 60_000),
    });
    const refused = await tickUnderLease(handle.db, DEMO_REFERENCE_DATE, {
      lease: { holder: "host-a:1", now: () => now },
    });
    expect(refused).toMatchObject({ ran: false, heldBy: "crashed-host:9" });
    expect(await handle.db.$count(alertsOutbox)).toBe(0);

    const later = new Date(now.getTime() + 61_000);
    const taken = await tickUnderLease(handle.db, DEMO_REFERENCE_DATE, {
      lease: { holder: "host-a:1", now: () => later },
    });
    expect(taken.ran).toBe(true);
    expect(await handle.db.$count(alertsOutbox)).toBeGreaterThan(0);
  });
});

describe("node-cron scheduling", () => {
  it("never overlaps its own runs, and stop() waits for the run in progress", async () => {
    let running = 0;
    let most = 0;
    let started = 0;
    let finished = 0;
    const scheduler = startScheduler(handle.db, {
      cron: "* * * * * *",
      holder: "test",
      logger: createLogger("silent"),
      run: async (): Promise<LeasedTick> => {
        started++;
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        running--;
        finished++;
        return { ran: false, heldBy: null, until: null };
      },
    });
    expect(scheduler.nextRun()).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 2_300));
    expect(started).toBeGreaterThanOrEqual(1);
    await scheduler.stop();
    expect(finished).toBe(started);
    expect(most).toBe(1);
    const afterStop = started;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(started).toBe(afterStop);
  });

  it("refuses a SCHEDULE_CRON that is not a cron expression", () => {
    expect(() =>
      startScheduler(handle.db, { cron: "every hour", holder: "test", logger: createLogger("silent") }),
    ).toThrow(/SCHEDULE_CRON/);
  });
});
