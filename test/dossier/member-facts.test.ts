import { describe, expect, it } from "vitest";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { dossierMemberFacts } from "../../src/domain/dossier/rules.js";
import { dossierSchema } from "../../src/domain/dossier/schema.js";
import { evaluateMember, statusTimeline } from "../../src/domain/rules/index.js";
import { freshDatabase } from "../support/database.js";
import { demoDocument } from "./fixtures.js";

describe("dossierMemberFacts and the database loader", () => {
  it("build facts on which the rules engine agrees, for every demo member", async () => {
    const handle = await freshDatabase();
    await importDossier(handle.db, demoDocument(), { personId: null, label: "test" });
    const loaded = new Map((await loadMemberFacts(handle.db)).map((facts) => [facts.member.slug, facts]));

    for (const facts of dossierMemberFacts(dossierSchema.parse(demoDocument()))) {
      const fromDatabase = loaded.get(facts.member.slug);
      if (!fromDatabase) throw new Error(`no facts loaded for ${facts.member.slug}`);
      const history = (f: typeof facts) =>
        statusTimeline(f, f.member.joinedOn, DEMO_REFERENCE_DATE).map(({ on, status, ruleId }) => ({
          on,
          status,
          ruleId,
        }));
      const due = (f: typeof facts) =>
        evaluateMember(f, DEMO_REFERENCE_DATE).dueItems.map(({ ruleId, dueOn, overdue }) => ({
          ruleId,
          dueOn,
          overdue,
        }));
      expect(history(facts), facts.member.slug).toEqual(history(fromDatabase));
      expect(due(facts), facts.member.slug).toEqual(due(fromDatabase));
    }
    handle.close();
  });

  it("load every update with all the milestone changes it made, in posting order", async () => {
    const handle = await freshDatabase();
    await importDossier(handle.db, demoDocument(), { personId: null, label: "test" });
    const loaded = await loadMemberFacts(handle.db);
    const expected = new Map(
      dossierMemberFacts(dossierSchema.parse(demoDocument())).map((facts) => [facts.member.slug, facts]),
    );
    // Ids differ (the dossier's are JSON paths), so updates are compared by what the engine reads.
    const shape = (facts: (typeof loaded)[number]) => {
      const code = new Map(facts.commitments.map((c) => [c.id, c.code]));
      const milestone = new Map(
        facts.milestones.map((m) => [m.id, `${code.get(m.commitmentId)}:${m.endMonth}`]),
      );
      return facts.updates.map((u) => ({
        commitment: code.get(u.commitmentId),
        postedAt: u.postedAt,
        completionPct: u.completionPct,
        noProgress: u.noProgress,
        changes: u.milestoneChanges.map((c) => `${milestone.get(c.milestoneId)} ${c.from}→${c.to}`).sort(),
      }));
    };
    let multiChange = 0;
    for (const facts of loaded) {
      const postedAt = facts.updates.map((u) => u.postedAt);
      expect(postedAt).toEqual([...postedAt].sort((a, b) => a - b));
      const byPosting = (list: ReturnType<typeof shape>) =>
        [...list].sort(
          (a, b) => a.postedAt - b.postedAt || String(a.commitment).localeCompare(String(b.commitment)),
        );
      expect(byPosting(shape(facts)), facts.member.slug).toEqual(
        byPosting(shape(expected.get(facts.member.slug)!)),
      );
      multiChange += facts.updates.filter((u) => u.milestoneChanges.length > 1).length;
    }
    // The demo has updates that move two milestones at once: the case the loader must not split.
    expect(multiChange).toBeGreaterThan(0);
    handle.close();
  });

  it("date a withdrawn commitment from the approved deletion, in the member's zone (MOD-2)", async () => {
    const document = demoDocument() as unknown as {
      members: {
        slug: string;
        plans: {
          commitments: { code: string; status: string; modifications?: Record<string, unknown>[] }[];
        }[];
      }[];
    };
    const kowhai = document.members.find((member) => member.slug === "kowhai-coast")!;
    const withdrawn = kowhai.plans.flatMap((plan) => plan.commitments).find((c) => c.code === "nzkwc0004")!;
    withdrawn.status = "withdrawn";
    withdrawn.modifications = [
      {
        kind: "delete",
        proposedChange: { before: { status: "active" }, after: { status: "withdrawn" } },
        rationale: "Merged into nzkwc0003.",
        proposedOn: "2025-06-01",
        decision: "approved",
        // 13:00 UTC on 30 June is 01:00 on 1 July in Auckland (NZST, UTC+12).
        decidedAt: "2025-06-30T13:00:00Z",
      },
    ];
    const handle = await freshDatabase();
    const imported = await importDossier(handle.db, document, { personId: null, label: "test" });
    expect(imported.ok ? [] : imported.problems).toEqual([]);
    const [facts] = await loadMemberFacts(handle.db, ["kowhai-coast"]);
    const commitment = facts!.commitments.find((c) => c.code === "nzkwc0004")!;
    expect(commitment.withdrawnOn).toBe("2025-07-01");
    const fromDossier = dossierMemberFacts(dossierSchema.parse(document)).find(
      (f) => f.member.slug === "kowhai-coast",
    )!;
    expect(fromDossier.commitments.find((c) => c.code === "nzkwc0004")?.withdrawnOn).toBe("2025-07-01");

    // Its milestones are due while it runs, and no longer once it is withdrawn.
    const milestonesDue = (on: string) =>
      evaluateMember(facts!, on).dueItems.filter(
        (item) => item.ruleId === "DUE-MILESTONE" && item.params.commitment === "nzkwc0004",
      ).length;
    expect(milestonesDue("2025-06-30")).toBeGreaterThan(0);
    expect(milestonesDue("2025-07-01")).toBe(0);
    handle.close();
  });
});
