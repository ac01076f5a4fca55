import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listPlansAwaitingEndorsement } from "../../src/db/repositories/alert-audiences.js";
import { actionPlans, coalitionMembers, endorsements, members } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { freshDatabase } from "../support/database.js";

describe("plans awaiting a civil-society endorsement (PLAN-5)", () => {
  it("lists a coalition's plan in co-creation for every member of the coalition, and own plans", async () => {
    const handle = await freshDatabase();
    await seedDemoData(handle);
    const [coalitionPlan] = await handle.db
      .select({ id: actionPlans.id, coalitionId: actionPlans.coalitionId })
      .from(actionPlans)
      .where(eq(actionPlans.status, "implementation"))
      .innerJoin(coalitionMembers, eq(coalitionMembers.coalitionId, actionPlans.coalitionId));
    if (!coalitionPlan?.coalitionId) throw new Error("the demo has a coalition plan");
    await handle.db.delete(endorsements).where(eq(endorsements.planId, coalitionPlan.id));
    await handle.db
      .update(actionPlans)
      .set({ status: "co_creation" })
      .where(eq(actionPlans.id, coalitionPlan.id));
    const inCoalition = (
      await handle.db
        .select({ memberId: coalitionMembers.memberId })
        .from(coalitionMembers)
        .where(eq(coalitionMembers.coalitionId, coalitionPlan.coalitionId))
    ).map((row) => row.memberId);
    const all = (await handle.db.select({ id: members.id }).from(members)).map((row) => row.id);

    const awaiting = await listPlansAwaitingEndorsement(handle.db, all);

    const forCoalitionPlan = awaiting
      .filter((plan) => plan.planId === coalitionPlan.id)
      .map((plan) => plan.memberId);
    expect(forCoalitionPlan.sort()).toEqual([...inCoalition].sort());
    // The demo's own co-creation plan (Val-de-Brume) is still listed, once, for its member only.
    const own = await handle.db
      .select({ id: actionPlans.id, memberId: actionPlans.memberId })
      .from(actionPlans)
      .where(inArray(actionPlans.status, ["co_creation"]));
    for (const plan of own.filter((row) => row.memberId !== null))
      expect(awaiting.filter((row) => row.planId === plan.id).map((row) => row.memberId)).toEqual([
        plan.memberId,
      ]);
    expect(awaiting.map((row) => row.memberId)).toEqual([...awaiting.map((row) => row.memberId)].sort());
    handle.close();
  });
});
