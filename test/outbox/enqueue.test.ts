import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { enqueueAlerts, type NewAlert } from "../../src/outbox/index.js";
import { freshDatabase } from "../support/database.js";
import { textPost } from "../support/posts.js";

const now = new Date("2026-11-23T09:00:00Z");
const alert = (dedupeKey: string, target = "C001"): NewAlert => ({
  dedupeKey,
  alertKey: dedupeKey,
  kind: "DUE-UPDATE",
  platform: "slack",
  workspaceId: "T001",
  target,
  post: textPost(`Reminder ${dedupeKey}`),
});

describe("enqueueAlerts", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  it("creates an alert once ever: a second enqueue with the same dedupe key adds nothing", async () => {
    expect(await handle.db.transaction((tx) => enqueueAlerts(tx, [alert("a"), alert("b")], now))).toBe(2);
    expect(await handle.db.transaction((tx) => enqueueAlerts(tx, [alert("a"), alert("c")], now))).toBe(1);
    const rows = await handle.db.select().from(alertsOutbox);
    expect(rows.map((row) => row.dedupeKey).sort()).toEqual(["a", "b", "c"]);
    expect(rows.every((row) => row.state === "pending" && row.attempts === 0)).toBe(true);
  });

  it("keeps the first of two alerts with one key in the same call", async () => {
    const first = alert("same", "C001");
    const second = alert("same", "C002");
    expect(await enqueueAlerts(handle.db, [first, second], now)).toBe(1);
    const [row] = await handle.db.select().from(alertsOutbox);
    expect(row?.target).toBe("C001");
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await enqueueAlerts(tx, [alert("x")], now);
        throw new Error("status transition failed");
      }),
    ).rejects.toThrow("status transition failed");
    expect(await handle.db.$count(alertsOutbox)).toBe(0);
  });

  it("inserts large batches in several statements", async () => {
    const many = Array.from({ length: 1_201 }, (_, index) => alert(`k${index}`, `C${index % 7}`));
    expect(await enqueueAlerts(handle.db, many, now)).toBe(1_201);
    expect(await handle.db.$count(alertsOutbox)).toBe(1_201);
  });

  it("schedules an alert for later and refuses a malformed message before writing", async () => {
    const later = new Date("2026-11-30T08:00:00Z");
    await enqueueAlerts(handle.db, [{ ...alert("digest"), notBefore: later }], now);
    const [row] = await handle.db.select().from(alertsOutbox);
    expect(row?.nextAttemptAt).toEqual(later);
    await expect(enqueueAlerts(handle.db, [{ ...alert("bad"), post: textPost("") }], now)).rejects.toThrow();
    expect(await handle.db.$count(alertsOutbox)).toBe(1);
  });
});
