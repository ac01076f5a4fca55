import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { loadDemoDossier } from "../../src/db/repositories/demo-dossier.js";
import { exportDossier } from "../../src/db/repositories/dossier-export/index.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { mergeDossier } from "../../src/db/repositories/dossier-merge.js";
import { circleChannels, circleMembers, circles } from "../../src/db/schema/index.js";
import type { DossierDocument } from "../../src/domain/dossier/schema.js";
import { freshDatabase } from "../support/database.js";

const actor = { personId: null, label: "test" };

let handle: DatabaseHandle;
beforeEach(async () => {
  handle = await freshDatabase();
});
afterEach(() => handle.close());

const demo = () => structuredClone(loadDemoDossier()) as DossierDocument;

describe("circles in the import format (§2.4)", () => {
  it("imports the demo's circle with its members and channels, and exports it unchanged", async () => {
    const document = demo();
    const result = await importDossier(handle.db, document, actor);
    expect(result).toMatchObject({ ok: true, counts: { circles: 1, circle_members: 3, circle_channels: 3 } });
    const exported = await exportDossier(handle.db);
    expect(exported.circles).toEqual(document.circles);
    // One member's dossier leaves circles out: they name members outside it.
    expect((await exportDossier(handle.db, { memberSlug: "kowhai-coast" })).circles).toBeUndefined();
  });

  it("reports unknown members, a channel in two circles, a theme missing, and channels already linked", async () => {
    const document = demo();
    document.circles = [
      ...(document.circles ?? []),
      {
        slug: "lobbying-watch",
        name: "Lobbying Watch",
        themePolicyArea: "lobbying",
        members: ["atlantis"],
        channels: [{ platform: "slack", workspaceId: "T0KOWHAI", channelId: "C0KWBUDGET" }],
      },
      { slug: "no-theme", name: "No Theme" },
    ];
    const result = await importDossier(handle.db, document, actor);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((problem) => `${problem.path} ${problem.message}`);
    expect(messages.join("\n")).toContain("$.circles[1].members[0] unknown member 'atlantis'");
    expect(messages.join("\n")).toContain("$.circles[1].channels[0] duplicate circle channel");
    expect(messages.join("\n")).toContain("$.circles[2].themePolicyArea a circle has exactly one theme");
    expect(await handle.db.select().from(circles)).toEqual([]);

    await importDossier(handle.db, demo(), actor);
    const again = demo();
    again.organizations = [];
    again.persons = [];
    again.coalitions = [];
    again.members = [];
    again.circles = [{ ...again.circles![0]!, slug: "budget-two", members: [] }];
    const taken = await importDossier(handle.db, again, actor);
    expect(taken.ok).toBe(false);
    if (!taken.ok)
      expect(taken.problems.map((problem) => problem.message).join("\n")).toContain(
        "circle channel 'slack T0KOWHAI/C0KWBUDGET' already exists in the database",
      );
  });

  it("merges a circle's changed members and channels, replacing the lists", async () => {
    await importDossier(handle.db, demo(), actor);
    const edited = demo();
    const circle = edited.circles![0]!;
    circle.name = "Open Budgets";
    circle.members = ["val-de-brume", "villa-encinar"];
    circle.channels = [{ platform: "slack", workspaceId: "T0KOWHAI", channelId: "C0KWBUDGET" }];
    const result = await mergeDossier(handle.db, edited, actor);
    expect(result).toMatchObject({ ok: true, updated: { circles: 1 } });
    expect(await handle.db.select().from(circles)).toMatchObject([
      { slug: "open-budget", name: "Open Budgets" },
    ]);
    expect(await handle.db.select().from(circleMembers)).toHaveLength(2);
    expect(await handle.db.select().from(circleChannels)).toMatchObject([{ channelId: "C0KWBUDGET" }]);
    expect((await exportDossier(handle.db)).circles).toEqual(edited.circles);
  });
});
