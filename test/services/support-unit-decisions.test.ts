import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { loadMemberFacts } from "../../src/db/repositories/member-facts.js";
import { findPersonByChatIdentity } from "../../src/db/repositories/people.js";
import { auditLog, memberStatusHistory, members, statusDecisions } from "../../src/db/schema/index.js";
import { evaluateMember, type StatusDecisionRequest } from "../../src/domain/rules/index.js";
import { tick } from "../../src/scheduler/index.js";
import { describeServiceError, ServiceError } from "../../src/services/errors.js";
import { recordStatusDecision } from "../../src/services/record-status-decision.js";
import { supportUnitInChat } from "../../src/services/support-unit-authority.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";

/**
 * The Support Unit's decisions of §4 (VOL-1, INACT-1 extensions, overrides), called as the chat
 * commands call them. At NOW (2026-03-10 in both members' zones) Springfield is on probation since
 * 2025-01-10 (PROB-2, REVOKE-1 due) and Shelbyville, given a first-plan deadline of 2026-02-28 it
 * missed, is inactive since 2026-03-01 (INACT-1). The recorded statuses are what a tick recorded.
 */
let handle: DatabaseHandle;
let data: Seeded;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  await handle.db
    .update(members)
    .set({ firstPlanDue: "2026-02-28", status: "inactive", statusSince: "2026-03-01" })
    .where(eq(members.id, data.shelbyville));
  await handle.db
    .update(members)
    .set({ status: "probation", statusSince: "2025-01-10" })
    .where(eq(members.id, data.springfield));
});
afterEach(() => handle.close());

const actingAs = async (userId: string) => {
  const person = await findPersonByChatIdentity(handle.db, { platform: "slack", workspaceId: TEAM, userId });
  if (!person) throw new Error(`no person for ${userId}`);
  return { person, source: "slack" as const, label: `${person.email} via slack:${TEAM}:${userId}` };
};

const decide = async (member: string, request: StatusDecisionRequest, userId: string = USERS.supportUnit) =>
  recordStatusDecision(
    { db: handle.db, now: NOW },
    supportUnitInChat(await actingAs(userId), "cmd.grant.support_unit_only"),
    member,
    request,
  );

/** The refusal a decision meets, in English; fails when it is not refused. */
const refusal = async (member: string, request: StatusDecisionRequest, userId?: string) => {
  const caught = await decide(member, request, userId).then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ServiceError);
  return describeServiceError(caught as ServiceError, "en");
};

const evaluated = async (memberId: string, at: Date = NOW) => {
  const [facts] = await loadMemberFacts(handle.db, [memberId]);
  return evaluateMember(facts!, at);
};
const recorded = async (memberId: string) =>
  (await handle.db.select().from(members).where(eq(members.id, memberId)))[0]!;
const history = (memberId: string) =>
  handle.db.select().from(memberStatusHistory).where(eq(memberStatusHistory.memberId, memberId));
const writes = async () => ({
  decisions: await handle.db.$count(statusDecisions),
  history: await handle.db.$count(memberStatusHistory),
  audit: await handle.db.$count(auditLog),
});

const vol = (startsOn: string, endsOn: string | null, reason = "Elections and change of administration") =>
  ({ kind: "voluntary_inactivity", startsOn, endsOn, reason }) as const;

describe("VOL-1: granting voluntary inactivity", () => {
  it("writes the decision, and records the status the rules now give with its history row, audited", async () => {
    const outcome = await decide("shelbyville", vol("2026-03-10", "2026-08-31"));

    expect(await handle.db.select().from(statusDecisions)).toMatchObject([
      {
        memberId: data.shelbyville,
        kind: "voluntary_inactivity",
        startsOn: "2026-03-10",
        endsOn: "2026-08-31",
        status: null,
        reason: "Elections and change of administration",
        decidedBy: data.persons.supportUnit,
        decidedOn: "2026-03-10",
      },
    ]);
    const now = await evaluated(data.shelbyville);
    expect(now).toMatchObject({ status: "voluntarily_inactive", since: "2026-03-10" });
    expect(now.reasons.map((reason) => [reason.ruleId, reason.dueOn])).toEqual([["VOL-1", "2026-08-31"]]);
    expect(outcome).toMatchObject({
      before: { status: "inactive" },
      after: { status: "voluntarily_inactive", since: "2026-03-10" },
      effectiveFrom: "2026-03-10",
      upcoming: null,
    });
    expect(await recorded(data.shelbyville)).toMatchObject({
      status: "voluntarily_inactive",
      statusSince: "2026-03-10",
    });
    expect(await history(data.shelbyville)).toMatchObject([
      {
        status: "voluntarily_inactive",
        effectiveOn: "2026-03-10",
        ruleId: "VOL-1",
        actor: "person",
        actorPersonId: data.persons.supportUnit,
        reason:
          "Rule VOL-1 (§4.1): voluntarily inactive from 2026-03-10 to 2026-08-31: Elections and change of administration",
      },
    ]);
    const audit = await handle.db.select().from(auditLog);
    expect(audit.map((entry) => entry.entity).sort()).toEqual([
      "member_status_history",
      "members",
      "status_decisions",
    ]);
    expect(new Set(audit.map((entry) => [entry.source, entry.actorPersonId].join(" ")))).toEqual(
      new Set([`slack ${data.persons.supportUnit}`]),
    );
  });

  it("leaves the next scheduler tick nothing to record, as if the tick had recorded it", async () => {
    await decide("shelbyville", vol("2026-03-10", null));
    const report = await tick(handle.db, "2026-03-10", { now: () => NOW });
    expect(report.transitions.filter((transition) => transition.member === "shelbyville")).toEqual([]);
    expect(await history(data.shelbyville)).toHaveLength(1);
  });

  it("records nothing yet for a grant that starts later, and says what the rules give on its first day", async () => {
    const outcome = await decide("shelbyville", vol("2026-04-01", "2026-09-30"));
    expect(outcome).toMatchObject({
      after: { status: "inactive" },
      recorded: null,
      effectiveFrom: "2026-04-01",
      upcoming: { on: "2026-04-01", status: "voluntarily_inactive" },
    });
    expect(await recorded(data.shelbyville)).toMatchObject({ status: "inactive" });
    expect((await evaluated(data.shelbyville, new Date("2026-04-01T12:00:00Z"))).status).toBe(
      "voluntarily_inactive",
    );
  });

  it("acts from the day it is taken when its first day is earlier", async () => {
    const outcome = await decide("shelbyville", vol("2026-01-01", "2026-06-30"));
    expect(outcome).toMatchObject({ effectiveFrom: "2026-03-10", after: { since: "2026-03-10" } });
    expect(outcome.decision.startsOn).toBe("2026-01-01");
  });

  it("refuses a grant that overlaps one already granted, naming VOL-1, and writes nothing", async () => {
    await decide("shelbyville", vol("2026-03-10", "2026-08-31"));
    const before = await writes();
    expect(await refusal("shelbyville", vol("2026-08-01", "2026-12-31"))).toBe(
      "Rule VOL-1 (§4.1): Shelbyville is already voluntarily inactive from 10 Mar 2026 to 31 Aug 2026; a new grant may not overlap it.",
    );
    expect(await writes()).toEqual(before);
  });

  it("refuses any grant after an open-ended one", async () => {
    await decide("shelbyville", vol("2026-03-10", null));
    expect(await refusal("shelbyville", vol("2027-01-01", "2027-02-01"))).toBe(
      "Rule VOL-1 (§4.1): Shelbyville is already voluntarily inactive from 10 Mar 2026 until further notice; a new grant may not overlap it. Override its status to end it first.",
    );
  });

  it("accepts a grant after an earlier one ended", async () => {
    await decide("shelbyville", vol("2026-03-10", "2026-03-31"));
    await expect(decide("shelbyville", vol("2026-04-01", null))).resolves.toMatchObject({
      upcoming: { status: "voluntarily_inactive" },
    });
  });

  it("refuses dates out of order, dates that are not dates, and a missing reason", async () => {
    expect(await refusal("shelbyville", vol("2026-05-01", "2026-04-30"))).toBe(
      "Rule VOL-1 (§4.1): voluntary inactivity cannot end (30 Apr 2026) before it begins (1 May 2026).",
    );
    expect(await refusal("shelbyville", vol("2026-02-30", null))).toBe(
      "Rule VOL-1 (§4.1): “2026-02-30” is not a calendar date; write dates as YYYY-MM-DD, e.g. 2026-09-30.",
    );
    expect(await refusal("shelbyville", vol("2026-04-01", null, "   "))).toBe(
      "Rule VOL-1 (§4.1): a Support Unit decision needs a reason; it is recorded with the decision.",
    );
    expect(await writes()).toEqual({ decisions: 0, history: 0, audit: 0 });
  });

  it("refuses an unknown member", async () => {
    expect(await refusal("atlantis", vol("2026-04-01", null))).toBe(
      "No member “atlantis”. Use the member's short name or code, as on the public site.",
    );
  });
});

describe("INACT-1: extending the first-plan deadline", () => {
  const extension = (newDueOn: string) =>
    ({ kind: "first_plan_extension", newDueOn, reason: "New council sworn in late" }) as const;

  it("moves DUE-PLAN-NEW and lifts the INACT-1 inactivity the missed deadline caused, recorded at once", async () => {
    expect(
      (await evaluated(data.shelbyville)).dueItems.find((item) => item.ruleId === "DUE-PLAN-NEW"),
    ).toMatchObject({
      dueOn: "2026-02-28",
      overdue: true,
    });
    const outcome = await decide("shelbyville", extension("2026-06-30"));

    expect(await handle.db.select().from(statusDecisions)).toMatchObject([
      { kind: "first_plan_extension", startsOn: "2026-03-10", endsOn: "2026-06-30", decidedOn: "2026-03-10" },
    ]);
    const now = await evaluated(data.shelbyville);
    expect(now).toMatchObject({ status: "active", since: "2026-03-10" });
    expect(now.dueItems.find((item) => item.ruleId === "DUE-PLAN-NEW")).toMatchObject({
      dueOn: "2026-06-30",
      overdue: false,
    });
    expect(outcome.recorded).toMatchObject({ status: "active", ruleId: "INACT-1" });
    expect(await recorded(data.shelbyville)).toMatchObject({ status: "active", statusSince: "2026-03-10" });
    // Missed again, the new deadline makes the member inactive again the day after (INACT-1).
    expect(await evaluated(data.shelbyville, new Date("2026-07-01T12:00:00Z"))).toMatchObject({
      status: "inactive",
      since: "2026-07-01",
    });
  });

  it("moves a deadline not yet passed without a status change", async () => {
    await handle.db
      .update(members)
      .set({ firstPlanDue: "2026-04-30", status: "active", statusSince: null })
      .where(eq(members.id, data.shelbyville));
    const outcome = await decide("shelbyville", extension("2026-09-30"));
    expect(outcome.recorded).toBeNull();
    expect(outcome.after.dueItems.find((item) => item.ruleId === "DUE-PLAN-NEW")?.dueOn).toBe("2026-09-30");
    expect(await history(data.shelbyville)).toEqual([]);
  });

  it("refuses, naming INACT-1, what the rule cannot use", async () => {
    expect(await refusal("shelbyville", extension("2026-02-15"))).toBe(
      "Rule INACT-1 (§4.1.1): an extension sets a first-plan deadline later than the one in force for Shelbyville, 28 Feb 2026.",
    );
    expect(await refusal("shelbyville", extension("2026-03-05"))).toBe(
      "Rule INACT-1 (§4.1.1): the new first-plan deadline cannot be before today (10 Mar 2026); a decision never acts on days before it is taken.",
    );
    expect(await refusal("springfield", extension("2026-06-30"))).toBe(
      "Rule INACT-1 (§4.1.1): Springfield has no first-plan deadline to extend; only new members have one.",
    );
    await handle.db
      .update(members)
      .set({ firstPlanDue: "2024-12-31" })
      .where(eq(members.id, data.springfield));
    expect(await refusal("springfield", extension("2026-06-30"))).toBe(
      "Rule INACT-1 (§4.1.1): Springfield submitted its first action plan on 10 Jan 2025; there is no first-plan deadline left to extend.",
    );
    expect(await writes()).toEqual({ decisions: 0, history: 0, audit: 0 });
  });
});

describe("§4.2: overriding a status", () => {
  const override = (status: string, reason = "Requirements shown in person at the regional meeting") =>
    ({ kind: "status_override", status, reason }) as const;

  it("sets the status from today, whatever the rules computed, and records it with rule OVERRIDE", async () => {
    expect((await evaluated(data.springfield)).status).toBe("probation");
    const outcome = await decide("springfield", override("active"));
    expect(await handle.db.select().from(statusDecisions)).toMatchObject([
      { kind: "status_override", status: "active", startsOn: "2026-03-10", decidedOn: "2026-03-10" },
    ]);
    expect(await evaluated(data.springfield)).toMatchObject({ status: "active", since: "2026-03-10" });
    expect(outcome.recorded).toMatchObject({ status: "active", ruleId: "OVERRIDE" });
    expect(await history(data.springfield)).toMatchObject([
      {
        status: "active",
        ruleId: "OVERRIDE",
        actor: "person",
        reason:
          "Support Unit decision (§4.2): status set to active on 2026-03-10: Requirements shown in person at the regional meeting",
      },
    ]);
  });

  it("to the status the member has, restarts its clock without a new history row", async () => {
    const before = await evaluated(data.springfield);
    expect(before.reasons.map((reason) => reason.ruleId)).toContain("REVOKE-1");
    const outcome = await decide(
      "springfield",
      override("probation", "Four more months to hold the meetings"),
    );
    expect(outcome.recorded).toBeNull();
    const after = await evaluated(data.springfield);
    expect(after).toMatchObject({ status: "probation", since: "2025-01-10" });
    // REVOKE-1 now falls due four months from the decision, not from the first probation.
    expect(after.reasons.map((reason) => [reason.ruleId, reason.dueOn])).toEqual([
      ["OVERRIDE", "2026-07-10"],
    ]);
    expect(await history(data.springfield)).toEqual([]);
  });

  it("ends a voluntary inactivity in effect", async () => {
    await decide("shelbyville", vol("2026-03-10", null));
    await decide("shelbyville", override("inactive", "The member asked to resume"));
    // Both decisions fall on one day: the member ends it inactive, as it began it.
    expect(await evaluated(data.shelbyville)).toMatchObject({ status: "inactive", since: "2026-03-01" });
    expect(await recorded(data.shelbyville)).toMatchObject({ status: "inactive" });
    await expect(decide("shelbyville", vol("2026-06-01", "2026-06-30"))).resolves.toBeDefined();
  });

  it("refuses an unknown status and a missing reason, naming the override", async () => {
    expect(await refusal("springfield", override("dormant"))).toBe(
      "Rule OVERRIDE (§4.2): “dormant” is not a status; use one of active, inactive, voluntarily_inactive, probation, revoked.",
    );
    expect(await refusal("springfield", override("active", ""))).toBe(
      "Rule OVERRIDE (§4.2): a Support Unit decision needs a reason; it is recorded with the decision.",
    );
    expect(await writes()).toEqual({ decisions: 0, history: 0, audit: 0 });
  });

  it("revokes, after which only another override changes the status (REVOKE-1)", async () => {
    await decide("springfield", override("revoked", "Asked to leave OGP Local"));
    expect((await evaluated(data.springfield)).status).toBe("revoked");
    expect(await refusal("springfield", vol("2026-03-10", null))).toBe(
      "Rule REVOKE-1 (§4.2): the membership of Springfield is revoked since 10 Mar 2026; only a status override changes that.",
    );
    await decide("springfield", override("active", "Revoked by mistake"));
    expect((await evaluated(data.springfield)).status).toBe("active");
  });
});

describe("who decides (spec §1)", () => {
  it.each([
    ["the point of contact", USERS.poc],
    ["civil society", USERS.civilSociety],
    ["a government official", USERS.official],
  ])("refuses %s and writes nothing", async (_, userId) => {
    expect(await refusal("shelbyville", vol("2026-03-10", null), userId)).toBe(
      "Only the Support Unit grants voluntary inactivity (rule VOL-1, §4.1) and first-plan deadline extensions (rule INACT-1, §4.1.1).",
    );
    expect(await writes()).toEqual({ decisions: 0, history: 0, audit: 0 });
  });
});
