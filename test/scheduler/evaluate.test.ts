import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import { members } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { DEMO_INTENDED_STATUSES, DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { type EvaluatedMember, evaluateMembers } from "../../src/scheduler/evaluate.js";
import { freshDatabase } from "../support/database.js";

type Evaluated = Extract<EvaluatedMember, { evaluation: object }>;

/** Every member's evaluation; fails the test if any member could not be evaluated. */
async function collect(generator: AsyncGenerator<EvaluatedMember[]>): Promise<Evaluated[]> {
  const all: EvaluatedMember[] = [];
  for await (const batch of generator) all.push(...batch);
  expect(all.filter((entry) => entry.error !== undefined)).toEqual([]);
  return all as Evaluated[];
}

describe("rules evaluated over the database (facts loader + engine)", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
  });
  afterAll(() => handle.close());

  it("gives the demo's four intended statuses at the reference date (INACT-4, PROB-1, VOL-1)", async () => {
    const evaluated = await collect(evaluateMembers(handle.db, DEMO_REFERENCE_DATE));
    const bySlug = Object.fromEntries(
      evaluated.map(({ member, evaluation }) => [
        member.slug,
        { status: evaluation.status, since: evaluation.since },
      ]),
    );
    const intended = Object.fromEntries(
      Object.entries(DEMO_INTENDED_STATUSES).map(([slug, { status, since }]) => [slug, { status, since }]),
    );
    expect(bySlug).toEqual(intended);
    const statuses = new Set(evaluated.map(({ evaluation }) => evaluation.status));
    expect(statuses).toEqual(new Set(["active", "inactive", "probation", "voluntarily_inactive"]));
  });

  it("cites the rule that moved each member, as the demo intends", async () => {
    const evaluated = await collect(evaluateMembers(handle.db, DEMO_REFERENCE_DATE));
    for (const { member, evaluation } of evaluated) {
      const intended = DEMO_INTENDED_STATUSES[member.slug as keyof typeof DEMO_INTENDED_STATUSES];
      if (intended.ruleId)
        expect(evaluation.reasons.map((reason) => reason.ruleId)).toContain(intended.ruleId);
    }
  });

  it("gives each coalition member the coalition's plan and commitments", async () => {
    const [lomas, encinar] = await loadMemberFacts(handle.db, [
      "san-telmo-de-las-lomas",
      "villa-encinar",
    ]).then((facts) =>
      ["san-telmo-de-las-lomas", "villa-encinar"].map((slug) => facts.find((f) => f.member.slug === slug)!),
    );
    expect(lomas!.member.coalitionSize).toBe(2);
    expect(lomas!.plans.map((plan) => plan.id)).toEqual(encinar!.plans.map((plan) => plan.id));
    expect(lomas!.commitments.length).toBeGreaterThan(0);
    // A commitment owned by one coalition member alone does not count as the other's (PLAN-4).
    const ownership = (facts: typeof lomas) =>
      Object.fromEntries(facts!.commitments.map((commitment) => [commitment.code, commitment.ownedByMember]));
    expect(ownership(lomas)).not.toEqual(ownership(encinar));
  });

  it("loads members outside coalitions with a null coalition size", async () => {
    const [kowhai] = await loadMemberFacts(handle.db, ["kowhai-coast"]);
    expect(kowhai!.member.coalitionSize).toBeNull();
    expect(kowhai!.updates.length).toBeGreaterThan(0);
  });

  it("reads in batches with the same result whatever the batch size", async () => {
    const whole = await collect(evaluateMembers(handle.db, DEMO_REFERENCE_DATE));
    const byTwo = await collect(evaluateMembers(handle.db, DEMO_REFERENCE_DATE, { batchSize: 2 }));
    expect(byTwo.map((entry) => entry.evaluation)).toEqual(whole.map((entry) => entry.evaluation));
  });

  it("reports a member whose facts cannot be evaluated and still evaluates the others", async () => {
    const broken = await freshDatabase();
    await seedDemoData(broken);
    await broken.db
      .update(members)
      .set({ timeZone: "Mars/Olympus_Mons" })
      .where(eq(members.slug, "kowhai-coast"));
    const all: EvaluatedMember[] = [];
    for await (const batch of evaluateMembers(broken.db, DEMO_REFERENCE_DATE)) all.push(...batch);
    broken.close();
    const failed = all.filter((entry) => entry.error !== undefined);
    expect(failed.map((entry) => entry.member.slug)).toEqual(["kowhai-coast"]);
    expect(failed[0]!.error).toMatch(/Mars\/Olympus_Mons/);
    expect(all.filter((entry) => entry.evaluation)).toHaveLength(4);
  });

  it("evaluating at a past date reproduces that date's status", async () => {
    const [kowhai] = await collect(evaluateMembers(handle.db, "2026-09-30", { members: ["kowhai-coast"] }));
    expect(kowhai!.evaluation.status).toBe("active");
    const [next] = await collect(evaluateMembers(handle.db, "2026-10-01", { members: ["kowhai-coast"] }));
    expect(next!.evaluation.status).toBe("inactive");
  });
});
