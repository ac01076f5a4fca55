import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox, channelSubscriptions } from "../../src/db/schema/index.js";
import { tick } from "../../src/scheduler/index.js";
import { type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { commandRunner } from "../commands/harness.js";
import { freshDatabase } from "../support/database.js";
import { describeOutbox } from "./demo.js";

const options = { now: () => new Date("2026-03-29T12:00:00Z"), publicBaseUrl: "https://ogp.example.org" };
const ANA = `slack:${TEAM}:${USERS.poc}`;
const CHANNEL = `slack:${TEAM}:C0UPDATES`;

let handle: DatabaseHandle;
let data: Seeded;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  await handle.db.insert(channelSubscriptions).values({
    platform: "slack",
    workspaceId: TEAM,
    channelId: "C0UPDATES",
    kind: "member_updates",
    memberId: data.springfield,
    subjectKey: data.springfield,
  });
});
afterEach(() => handle.close());

const dueUpdateRows = async (state?: string) =>
  (
    await describeOutbox(
      handle.db,
      (await handle.db.select().from(alertsOutbox)).filter((row) => !state || row.state === state),
    )
  ).filter((line) => line.startsWith("DUE-UPDATE sprfd") && line.includes(" 2026Q1 "));

describe("DUE-UPDATE: completing a commitment stops its reminders at the next tick", () => {
  it("sends the next step for the other commitment only, and cancels the completed one's pending reminder", async () => {
    await tick(handle.db, "2026-03-20", options);
    expect(await dueUpdateRows()).toEqual(
      [
        `DUE-UPDATE sprfd0001 2026Q1 d-14 → ${ANA}`,
        `DUE-UPDATE sprfd0001 2026Q1 d-14 → ${CHANNEL}`,
        `DUE-UPDATE sprfd0002 2026Q1 d-14 → ${ANA}`,
        `DUE-UPDATE sprfd0002 2026Q1 d-14 → ${CHANNEL}`,
      ].sort(),
    );

    const completed = await commandRunner(handle.db, () => new Date("2026-03-21T15:00:00Z"))(
      USERS.poc,
      "complete sprfd0001",
    );
    expect(completed.status).toBe("ok");

    const report = await tick(handle.db, "2026-03-29", options);
    expect(await dueUpdateRows("pending")).toEqual(
      [
        `DUE-UPDATE sprfd0002 2026Q1 d-14 → ${ANA}`,
        `DUE-UPDATE sprfd0002 2026Q1 d-14 → ${CHANNEL}`,
        `DUE-UPDATE sprfd0002 2026Q1 d-3 → ${ANA}`,
        `DUE-UPDATE sprfd0002 2026Q1 d-3 → ${CHANNEL}`,
      ].sort(),
    );
    expect(await dueUpdateRows("cancelled")).toEqual(
      [`DUE-UPDATE sprfd0001 2026Q1 d-14 → ${ANA}`, `DUE-UPDATE sprfd0001 2026Q1 d-14 → ${CHANNEL}`].sort(),
    );
    expect(report.alerts.cancelled).toBeGreaterThanOrEqual(2);
  });
});
