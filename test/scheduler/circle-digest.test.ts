import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  channelSubscriptions,
  circleChannels,
  circleMembers,
  circles,
  commitmentPolicyAreas,
  memberStatusHistory,
  progressUpdates,
} from "../../src/db/schema/index.js";
import { parseIsoDate } from "../../src/domain/time/civil.js";
import { CIRCLE_DIGEST_KIND, previousIsoWeek } from "../../src/scheduler/circle-digest.js";
import { tick } from "../../src/scheduler/index.js";
import { type Seeded, seed } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { postView } from "../support/posts.js";

/** Tuesday of ISO week 2026-W11: the digest tells week W10, Monday 2 to Sunday 8 March 2026. */
const AT = "2026-03-10";

let handle: DatabaseHandle;
let data: Seeded;
let circleId: string;

const digestRows = () =>
  handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.kind, CIRCLE_DIGEST_KIND));

const update = (commitmentId: string, postedAt: string, narrative: string, completionPct?: number) => ({
  commitmentId,
  postedAt: new Date(postedAt),
  source: "slack",
  narrative,
  ...(completionPct === undefined ? {} : { completionPct }),
});

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  const [circle] = await handle.db
    .insert(circles)
    .values({ slug: "open-budget", name: "Open Budget", themePolicyArea: "fiscal_openness" })
    .returning();
  circleId = circle!.id;
  await handle.db.insert(circleMembers).values([
    { circleId, memberId: data.springfield },
    { circleId, memberId: data.shelbyville },
  ]);
  await handle.db.insert(circleChannels).values([
    { circleId, platform: "slack", workspaceId: "T0SPRING", channelId: "C0BUDGET" },
    { circleId, platform: "discord", workspaceId: "900000000000000001", channelId: "900000000000000002" },
  ]);
  await handle.db.insert(commitmentPolicyAreas).values([
    { commitmentId: data.budgetPortal, code: "fiscal_openness" },
    { commitmentId: data.oldCommitment, code: "open_data" },
  ]);
  await handle.db.insert(progressUpdates).values([
    update(data.budgetPortal, "2026-03-04T15:00:00Z", "Budget dataset published in draft.", 40),
    // Not in the circle's theme.
    update(data.oldCommitment, "2026-03-05T15:00:00Z", "Neighbourhood assemblies held."),
    // The week before.
    update(data.budgetPortal, "2026-02-25T15:00:00Z", "Dataset schema agreed."),
    // This week: next week's digest.
    update(data.budgetPortal, "2026-03-09T15:00:00Z", "Portal mock-ups reviewed."),
  ]);
  await handle.db.insert(memberStatusHistory).values({
    memberId: data.shelbyville,
    status: "voluntarily_inactive",
    effectiveOn: "2026-03-06",
    ruleId: "VOL-1",
    reason: "Political transition",
    actor: "rules",
  });
});
afterEach(() => handle.close());

describe("the weekly circle digest (§2.4)", () => {
  it("bounds the week just ended in UTC", () => {
    const week = previousIsoWeek(parseIsoDate(AT)!);
    expect(week).toEqual({
      week: "2026-W10",
      from: new Date("2026-03-02T00:00:00Z"),
      to: new Date("2026-03-09T00:00:00Z"),
    });
  });

  it("posts the week's updates in the theme and status changes to every linked channel, once per week", async () => {
    await tick(handle.db, AT);
    const rows = await digestRows();
    expect(rows.map((row) => [row.platform, row.target, row.dedupeKey]).sort()).toEqual([
      [
        "discord",
        "900000000000000002",
        `digest.circle:circle:${circleId}:2026-W10|discord:900000000000000001:900000000000000002`,
      ],
      ["slack", "C0BUDGET", `digest.circle:circle:${circleId}:2026-W10|slack:T0SPRING:C0BUDGET`],
    ]);
    const view = postView(rows[0]!.payload);
    expect(view.title).toBe("Circle Open Budget: week 2026-W10");
    expect(view.text).toContain("What the circle's members did this week on Fiscal Openness:");
    expect(view.text).toContain(
      "• Springfield, sprfd0001 Open budget portal (40%): Budget dataset published in draft.",
    );
    expect(view.text).toContain("• Shelbyville is Voluntarily inactive from");
    expect(view.text).not.toContain("Neighbourhood assemblies");
    expect(view.text).not.toContain("Dataset schema agreed");
    expect(view.text).not.toContain("Portal mock-ups");
    // Later ticks of the same week add nothing.
    await tick(handle.db, "2026-03-12");
    expect(await digestRows()).toHaveLength(2);
  });

  it("tells every commitment of a circle with a free theme", async () => {
    await handle.db.update(circles).set({ themePolicyArea: null, themeText: "Budgets and data" });
    await tick(handle.db, AT);
    const [row] = await digestRows();
    expect(postView(row!.payload).text).toContain("Neighbourhood assemblies held.");
  });

  it("also posts to channels subscribed to the circle (/ogp subscribe circle), once per channel", async () => {
    await handle.db.insert(channelSubscriptions).values([
      {
        platform: "slack",
        workspaceId: "T0SPRING",
        channelId: "C0WATCH",
        kind: "circle",
        circleId,
        subjectKey: circleId,
      },
      // Linked and subscribed: one digest.
      {
        platform: "slack",
        workspaceId: "T0SPRING",
        channelId: "C0BUDGET",
        kind: "circle",
        circleId,
        subjectKey: circleId,
      },
    ]);
    await tick(handle.db, AT);
    expect((await digestRows()).map((row) => row.target).sort()).toEqual([
      "900000000000000002",
      "C0BUDGET",
      "C0WATCH",
    ]);
  });

  it("posts nothing for a quiet week, or for a circle without linked channels", async () => {
    await tick(handle.db, "2026-03-25");
    expect(await digestRows()).toEqual([]);
    await handle.db.delete(circleChannels);
    await tick(handle.db, AT);
    expect(await digestRows()).toEqual([]);
  });

  it("writes nothing in a dry run, but counts it", async () => {
    const report = await tick(handle.db, AT, { dryRun: true });
    expect(report.planned.filter((alert) => alert.kind === CIRCLE_DIGEST_KIND)).toHaveLength(2);
    expect(await digestRows()).toEqual([]);
  });
});
