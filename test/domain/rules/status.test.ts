import { describe, expect, it } from "vitest";
import { evaluateMember, type MemberFacts, statusTimeline } from "../../../src/domain/rules/index.js";
import {
  commitment,
  daysBetween,
  endorsement,
  extension,
  meeting,
  memberFacts,
  noonIn,
  override,
  plan,
  progressUpdate,
  quarterlyProgress,
  regularMeetings,
  revocation,
  stalledUpdate,
  update,
  voluntaryInactivity,
} from "./factory.js";

const statusOn = (facts: MemberFacts, day: string) => evaluateMember(facts, day).status;
const reasonsOn = (facts: MemberFacts, day: string) => evaluateMember(facts, day).reasons;

/** No update in 2026Q1–Q2 (INACT-4 on 2026-07-01); progress resumes on 2026-08-15 unless `updates` says otherwise. */
const silentFirstHalf = (overrides: Parameters<typeof memberFacts>[0] = {}) =>
  memberFacts({ updates: quarterlyProgress("2026-08-15", 6), ...overrides });

/** Inactive from 2026-07-01 (INACT-4) with nothing recorded afterwards. */
const inactiveFromJuly = (overrides: Parameters<typeof memberFacts>[0] = {}) =>
  memberFacts({ updates: [], ...overrides });

describe("baseline", () => {
  it("a member meeting every requirement stays active until its plan runs out", () => {
    const facts = memberFacts();
    expect(statusTimeline(facts, "2025-01-01", "2028-04-30").map((entry) => entry.status)).toEqual([
      "active",
    ]);
    expect(evaluateMember(facts, "2027-06-01")).toMatchObject({
      status: "active",
      since: "2025-01-01",
      reasons: [],
    });
  });
});

describe("INACT-1 first plan not submitted by the Support Unit's deadline", () => {
  const newMember = (overrides: Parameters<typeof memberFacts>[0] = {}) =>
    memberFacts({
      member: { firstPlanDue: "2025-09-30" },
      plans: [],
      commitments: [],
      milestones: [],
      updates: [],
      meetings: [],
      endorsements: [],
      ...overrides,
    });

  it("is active on the deadline and inactive the day after", () => {
    expect(statusOn(newMember(), "2025-09-30")).toBe("active");
    const evaluation = evaluateMember(newMember(), "2025-10-01");
    expect(evaluation).toMatchObject({ status: "inactive", since: "2025-10-01" });
    expect(evaluation.reasons).toEqual([
      expect.objectContaining({
        ruleId: "INACT-1",
        section: "§4.1.1",
        subject: { kind: "member", id: "member-1" },
        messageKey: "rules.reason.inact1",
        params: { dueOn: "2025-09-30" },
        dueOn: "2026-04-01", // PROB-1 six months later
      }),
    ]);
  });

  it("does not apply when the first plan is submitted on the deadline", () => {
    const facts = newMember({
      plans: [plan({ submittedOn: "2025-09-30" })],
      endorsements: [endorsement()],
      meetings: [meeting("2025-09-01", { phase: "co_creation" })],
    });
    expect(statusOn(facts, "2025-10-01")).toBe("active");
  });

  it("an extension granted before the deadline moves it", () => {
    const facts = newMember({ decisions: [extension("2025-12-31", "2025-09-20")] });
    expect(statusOn(facts, "2025-10-01")).toBe("active");
    expect(statusOn(facts, "2025-12-31")).toBe("active");
    expect(statusOn(facts, "2026-01-01")).toBe("inactive");
  });

  it("an extension granted after the deadline lifts the inactivity it caused", () => {
    const facts = newMember({ decisions: [extension("2026-03-31", "2025-10-15")] });
    expect(statusOn(facts, "2025-10-14")).toBe("inactive");
    const timeline = statusTimeline(facts, "2025-10-01", "2026-04-01");
    expect(timeline.map(({ on, status, ruleId }) => [on, status, ruleId])).toEqual([
      ["2025-10-01", "inactive", "INACT-1"],
      ["2025-10-15", "active", "INACT-1"],
      ["2026-04-01", "inactive", "INACT-1"],
    ]);
    expect(timeline[1]?.messageKey).toBe("rules.transition.extension");
  });

  it("does not apply to members without a first-plan deadline", () => {
    expect(statusOn(newMember({ member: { firstPlanDue: null } }), "2026-06-01")).toBe("active");
  });
});

describe("INACT-2 no new plan within 4 months of the previous plan's end", () => {
  const nextPlan = (submittedOn: string) => ({
    plans: [
      plan(),
      plan({
        id: "plan-2",
        periodStart: "2028-01-01",
        periodEnd: "2029-12-31",
        submittedOn,
        recordedOn: "2027-09-01",
        participationSpaceOn: "2027-10-01",
      }),
    ],
    endorsements: [endorsement(), endorsement({ planId: "plan-2", endorsedAt: noonIn("2028-01-20") })],
    meetings: [
      meeting("2025-09-01", { phase: "co_creation" }),
      ...regularMeetings(),
      meeting("2027-11-15", { planId: "plan-2", phase: "co_creation" }),
    ],
  });

  it("is active on the last day (2028-04-30 for a plan ending 2027-12-31) and inactive the day after", () => {
    expect(statusOn(memberFacts(), "2028-04-30")).toBe("active");
    expect(reasonsOn(memberFacts(), "2028-05-01")).toEqual([
      expect.objectContaining({
        ruleId: "INACT-2",
        subject: { kind: "plan", id: "plan-1" },
        params: { planEnd: "2027-12-31", dueOn: "2028-04-30", months: 4 },
      }),
    ]);
  });

  it("counts months to the end of the month for a plan ending on a month's last day", () => {
    const facts = memberFacts({ plans: [plan({ periodEnd: "2027-06-30" })] });
    expect(statusOn(facts, "2027-10-31")).toBe("active");
    expect(statusOn(facts, "2027-11-01")).toBe("inactive");
  });

  it("does not apply when the next plan is submitted on the last day", () => {
    expect(statusOn(memberFacts(nextPlan("2028-04-30")), "2028-05-01")).toBe("active");
  });

  it("a late submission ends the inactivity it caused (REACT-1: co-creation's outcome)", () => {
    const facts = memberFacts(nextPlan("2028-06-10"));
    expect(statusOn(facts, "2028-05-01")).toBe("inactive");
    expect(statusOn(facts, "2028-06-09")).toBe("inactive");
    expect(statusOn(facts, "2028-06-10")).toBe("active");
  });
});

describe("INACT-3 two consecutive monitored quarters whose updates show no progress", () => {
  const stalled = (q2: ReturnType<typeof update>) =>
    memberFacts({ updates: [stalledUpdate("2026-02-15"), q2, ...quarterlyProgress("2026-08-15", 6)] });

  it("is active on the second quarter's last day and inactive the first day after", () => {
    const facts = stalled(stalledUpdate("2026-05-15"));
    expect(statusOn(facts, "2026-06-30")).toBe("active");
    expect(evaluateMember(facts, "2026-07-01")).toMatchObject({ status: "inactive", since: "2026-07-01" });
    expect(reasonsOn(facts, "2026-07-01")[0]).toMatchObject({
      ruleId: "INACT-3",
      section: "§4.1.3",
      params: { from: "2026Q1", to: "2026Q2" },
    });
  });

  it("repeating the same completion percentage is not progress", () => {
    const facts = memberFacts({
      updates: [
        update("2025-11-15", { completionPct: 30 }),
        update("2026-02-15", { completionPct: 30 }),
        update("2026-05-15", { completionPct: 30 }),
      ],
    });
    expect(statusOn(facts, "2026-07-01")).toBe("inactive");
    expect(reasonsOn(facts, "2026-07-01")[0]?.ruleId).toBe("INACT-3");
  });

  it.each([
    ["raises the completion", update("2026-05-15", { completionPct: 10 })],
    ["moves a milestone not_started → in_progress", progressUpdate("2026-05-15")],
    [
      "moves a milestone blocked → in_progress",
      update("2026-05-15", { milestoneChanges: [{ milestoneId: "m1", from: "blocked", to: "in_progress" }] }),
    ],
    [
      "moves a milestone in_progress → complete",
      update("2026-05-15", {
        milestoneChanges: [{ milestoneId: "m1", from: "in_progress", to: "complete" }],
      }),
    ],
  ])("is exempted by a second-quarter update that %s", (_, progress) => {
    expect(statusOn(stalled(progress), "2026-07-01")).toBe("active");
  });

  it("a milestone moving backwards or to blocked is not progress", () => {
    const backwards = update("2026-05-15", {
      milestoneChanges: [
        { milestoneId: "m1", from: "complete", to: "in_progress" },
        { milestoneId: "m2", from: "in_progress", to: "blocked" },
      ],
    });
    expect(statusOn(stalled(backwards), "2026-07-01")).toBe("inactive");
  });

  it("completing a commitment in the quarter is progress", () => {
    const facts = memberFacts({
      commitments: [
        commitment(),
        commitment({ id: "c2", code: "tst0002", status: "completed", completedOn: "2026-05-20" }),
      ],
      updates: [
        stalledUpdate("2026-02-15"),
        stalledUpdate("2026-05-15"),
        ...quarterlyProgress("2026-08-15", 6),
      ],
    });
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });

  it("a quarter without any update counts for INACT-4, not here", () => {
    const facts = memberFacts({
      updates: [stalledUpdate("2026-05-15"), ...quarterlyProgress("2026-08-15", 6)],
    });
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });

  it("is exempted when voluntary inactivity touches one of the quarters", () => {
    const facts = {
      ...stalled(stalledUpdate("2026-05-15")),
      decisions: [voluntaryInactivity("2026-06-01", "2026-06-10")],
    };
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });

  it("only counts updates on the member's own commitments in a coalition", () => {
    const facts = memberFacts({
      member: { coalitionSize: 2 },
      commitments: [commitment(), commitment({ id: "c-partner", code: "prt0001", ownedByMember: false })],
      updates: [
        stalledUpdate("2026-02-15"),
        stalledUpdate("2026-05-15"),
        progressUpdate("2026-05-20", { commitmentId: "c-partner" }),
      ],
    });
    expect(statusOn(facts, "2026-07-01")).toBe("inactive");
  });
});

describe("INACT-4 two consecutive monitored quarters without any update", () => {
  it("is active on the second quarter's last day and inactive the first day after", () => {
    expect(statusOn(silentFirstHalf(), "2026-06-30")).toBe("active");
    expect(evaluateMember(silentFirstHalf(), "2026-07-01")).toMatchObject({
      status: "inactive",
      since: "2026-07-01",
      reasons: [expect.objectContaining({ ruleId: "INACT-4", params: { from: "2026Q1", to: "2026Q2" } })],
    });
  });

  it("one update in the second quarter, even without progress, prevents it", () => {
    const facts = silentFirstHalf({
      updates: [stalledUpdate("2026-06-30"), ...quarterlyProgress("2026-08-15", 6)],
    });
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });

  it("only monitored quarters count: not before the plan is implemented for a whole quarter", () => {
    // Implementation starts 2026-02-01: 2026Q1 is not monitored, so Q2+Q3 is the first pair judged.
    const facts = memberFacts({ plans: [plan({ submittedOn: "2026-02-01" })], updates: [] });
    expect(statusOn(facts, "2026-07-01")).not.toBe("inactive");
    expect(statusOn(facts, "2026-09-30")).not.toBe("inactive");
    expect(statusOn(facts, "2026-10-01")).toBe("inactive");
    expect(reasonsOn(facts, "2026-10-01").find((reason) => reason.ruleId === "INACT-4")?.params).toEqual({
      from: "2026Q2",
      to: "2026Q3",
    });
  });

  it("is exempted by voluntary inactivity at any time in either quarter", () => {
    const facts = silentFirstHalf({ decisions: [voluntaryInactivity("2026-05-01", "2026-05-31")] });
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });
});

describe("VOL-1 voluntary inactivity granted by the Support Unit", () => {
  it("runs from its first to its last day", () => {
    const facts = memberFacts({ decisions: [voluntaryInactivity("2026-04-01", "2026-12-31", "2026-03-20")] });
    expect(statusOn(facts, "2026-03-31")).toBe("active");
    expect(evaluateMember(facts, "2026-04-01")).toMatchObject({
      status: "voluntarily_inactive",
      since: "2026-04-01",
      reasons: [
        expect.objectContaining({ ruleId: "VOL-1", dueOn: "2026-12-31", messageKey: "rules.reason.vol1" }),
      ],
    });
    expect(statusOn(facts, "2026-12-31")).toBe("voluntarily_inactive");
    expect(statusOn(facts, "2027-01-01")).toBe("active");
  });

  it("voluntary inactivity for 9 months never yields probation; PROB-1 counts again from its end", () => {
    const facts = inactiveFromJuly({ decisions: [voluntaryInactivity("2026-08-01", "2027-04-30")] });
    expect(statusOn(facts, "2026-07-31")).toBe("inactive");
    for (const day of daysBetween("2026-08-01", "2027-04-30")) {
      expect(statusOn(facts, day), day).toBe("voluntarily_inactive");
    }
    expect(statusOn(facts, "2027-05-01")).toBe("inactive");
    expect(statusOn(facts, "2027-10-31")).toBe("inactive");
    expect(statusOn(facts, "2027-11-01")).toBe("probation");
    // Without it, probation would have come on 2027-01-01.
    expect(statusOn(inactiveFromJuly(), "2027-01-01")).toBe("probation");
  });

  it("acts from the day it was decided, while exempting the earlier days of its quarters", () => {
    const facts = silentFirstHalf({
      decisions: [voluntaryInactivity("2026-04-01", "2026-06-30", "2026-05-10")],
    });
    expect(statusOn(facts, "2026-05-09")).toBe("active");
    expect(statusOn(facts, "2026-05-10")).toBe("voluntarily_inactive");
    expect(statusOn(facts, "2026-07-01")).toBe("active");
  });

  it("an open-ended grant lasts until the Support Unit decides otherwise", () => {
    const facts = memberFacts({
      updates: [],
      decisions: [voluntaryInactivity("2026-03-01", null), override("active", "2027-03-01")],
    });
    expect(reasonsOn(facts, "2026-09-01")[0]).toMatchObject({
      messageKey: "rules.reason.vol1.open",
      dueOn: null,
    });
    expect(statusOn(facts, "2027-02-28")).toBe("voluntarily_inactive");
    expect(statusOn(facts, "2027-03-01")).toBe("active");
    // 2027Q1 touched the grant; 2027Q2 and Q3 without updates are the first pair judged again.
    expect(statusOn(facts, "2027-09-30")).toBe("active");
    expect(statusOn(facts, "2027-10-01")).toBe("inactive");
  });
});

describe("REACT-1 an inactive member is active again when co-creation begins or progress is recorded", () => {
  it("a member that posts progress after being inactive is active again the same day", () => {
    const facts = inactiveFromJuly({ updates: [progressUpdate("2026-09-10")] });
    expect(statusOn(facts, "2026-09-09")).toBe("inactive");
    const evaluation = evaluateMember(facts, Date.parse("2026-09-10T00:00:01Z"));
    expect(evaluation).toMatchObject({ status: "active", since: "2026-09-10" });
  });

  it("progress posted on the very day inactivity takes effect reactivates that day", () => {
    const facts = inactiveFromJuly({ updates: [progressUpdate("2026-07-01")] });
    expect(statusOn(facts, "2026-07-01")).toBe("active");
    // Not even a same-day inactive entry in the history, and so no letter.
    expect(statusTimeline(facts, "2026-06-01", "2026-09-30").map((entry) => entry.status)).toEqual([
      "active",
    ]);
  });

  it("an inactive member whose co-creation meeting is recorded is reactivated", () => {
    const facts = inactiveFromJuly({
      meetings: [...memberFacts().meetings, meeting("2026-09-01", { phase: "co_creation", planId: null })],
    });
    expect(statusOn(facts, "2026-08-31")).toBe("inactive");
    const [, reactivation] = statusTimeline(facts, "2026-07-01", "2026-09-01");
    expect(reactivation).toMatchObject({ on: "2026-09-01", status: "active", ruleId: "REACT-1" });
  });

  it("a plan draft recorded after the inactivity date reactivates", () => {
    const draft = plan({
      id: "plan-2",
      periodStart: "2028-01-01",
      periodEnd: "2029-12-31",
      submittedOn: null,
      status: "draft",
      recordedOn: "2026-09-05",
    });
    const facts = inactiveFromJuly({ plans: [plan(), draft] });
    expect(statusOn(facts, "2026-09-04")).toBe("inactive");
    expect(statusOn(facts, "2026-09-05")).toBe("active");
  });

  it("an update without progress, an implementation meeting or an earlier co-creation meeting does not", () => {
    const facts = inactiveFromJuly({
      updates: [stalledUpdate("2026-08-10")],
      meetings: [...memberFacts().meetings, meeting("2026-08-20")],
    });
    expect(statusOn(facts, "2026-09-30")).toBe("inactive");
  });
});

describe("PROB-1 six consecutive months inactive", () => {
  it("is inactive the day before six months and on probation the day they are reached", () => {
    expect(statusOn(inactiveFromJuly(), "2026-12-31")).toBe("inactive");
    expect(evaluateMember(inactiveFromJuly(), "2027-01-01")).toMatchObject({
      status: "probation",
      since: "2027-01-01",
      reasons: [
        expect.objectContaining({ ruleId: "PROB-1", params: { inactiveSince: "2026-07-01", months: 6 } }),
      ],
    });
  });

  it("is exempted by reactivation before the six months", () => {
    const facts = inactiveFromJuly({ updates: [progressUpdate("2026-12-31")] });
    expect(statusOn(facts, "2027-01-01")).toBe("active");
  });
});

describe("PROB-2 minimum requirements of non-government engagement", () => {
  it.each([
    [
      "Forum: no participation space recorded",
      { plans: [plan({ participationSpaceOn: null })] },
      "rules.reason.prob2.forum",
    ],
    [
      "Forum: participation space recorded after submission",
      { plans: [plan({ participationSpaceOn: "2025-12-16" })] },
      "rules.reason.prob2.forum",
    ],
    [
      "Regularity: no co-creation meeting",
      { meetings: regularMeetings() },
      "rules.reason.prob2.co_creation_meeting",
    ],
    [
      "Multi-stakeholder: no non-government participant",
      {
        meetings: [
          meeting("2025-09-01", { phase: "co_creation", nonGovernmentParticipants: 0 }),
          ...regularMeetings().map((m) => ({ ...m, nonGovernmentParticipants: 0 })),
        ],
      },
      "rules.reason.prob2.multi_stakeholder",
    ],
    ["Endorsement: none", { endorsements: [] }, "rules.reason.prob2.endorsement"],
    [
      "Endorsement: by a government body only",
      { endorsements: [endorsement({ nonGovernment: false })] },
      "rules.reason.prob2.endorsement",
    ],
    [
      "Endorsement: withdrawn before submission",
      { endorsements: [endorsement({ withdrawnAt: noonIn("2025-12-01") })] },
      "rules.reason.prob2.endorsement",
    ],
  ])("%s → probation on the submission day, active the day before", (_, overrides, messageKey) => {
    const facts = memberFacts(overrides);
    expect(statusOn(facts, "2025-12-14")).toBe("active");
    const evaluation = evaluateMember(facts, "2025-12-15");
    expect(evaluation).toMatchObject({ status: "probation", since: "2025-12-15" });
    expect(evaluation.reasons).toContainEqual(
      expect.objectContaining({ ruleId: "PROB-2", subject: { kind: "plan", id: "plan-1" }, messageKey }),
    );
  });

  it("requirements met on the submission day itself count", () => {
    const facts = memberFacts({
      plans: [plan({ participationSpaceOn: "2025-12-15" })],
      endorsements: [endorsement({ endorsedAt: noonIn("2025-12-15") })],
      meetings: [meeting("2025-12-15", { phase: "co_creation" }), ...regularMeetings()],
    });
    expect(statusOn(facts, "2025-12-15")).toBe("active");
  });

  describe("Regularity in implementation: ≥2 implementation meetings per 12 months from submission", () => {
    const oneMeeting = () =>
      memberFacts({ meetings: [meeting("2025-09-01", { phase: "co_creation" }), meeting("2026-02-10")] });

    it("is judged the day after the first period (2025-12-15 … 2026-12-14) ends", () => {
      expect(statusOn(oneMeeting(), "2026-12-14")).toBe("active");
      expect(evaluateMember(oneMeeting(), "2026-12-15").reasons).toEqual([
        expect.objectContaining({
          ruleId: "PROB-2",
          messageKey: "rules.reason.prob2.implementation_meetings",
          params: { from: "2025-12-15", to: "2026-12-14", held: 1, required: 2 },
          dueOn: "2027-04-15",
        }),
      ]);
    });

    it("a second meeting on the period's last day meets it", () => {
      const facts = oneMeeting();
      expect(statusOn({ ...facts, meetings: [...facts.meetings, meeting("2026-12-14")] }, "2026-12-15")).toBe(
        "active",
      );
    });

    it("co-creation meetings do not count as implementation meetings", () => {
      const facts = oneMeeting();
      const coCreation = meeting("2026-06-01", { phase: "co_creation" });
      expect(statusOn({ ...facts, meetings: [...facts.meetings, coCreation] }, "2026-12-15")).toBe(
        "probation",
      );
    });
  });
});

describe("PROB-3 probation ends when every unmet requirement is met", () => {
  it("recording the missing participation space ends it that day", () => {
    const facts = memberFacts({ plans: [plan({ participationSpaceOn: null })] });
    const fixed = memberFacts({ plans: [plan({ participationSpaceOn: "2026-02-10" })] });
    expect(statusOn(facts, "2026-02-10")).toBe("probation");
    expect(statusOn(fixed, "2026-02-09")).toBe("probation");
    const timeline = statusTimeline(fixed, "2025-12-01", "2026-03-01");
    expect(timeline.map(({ on, status, ruleId }) => [on, status, ruleId])).toEqual([
      ["2025-01-01", "active", null],
      ["2025-12-15", "probation", "PROB-2"],
      ["2026-02-10", "active", "PROB-3"],
    ]);
  });

  it("stays on probation until the last unmet requirement is met", () => {
    const facts = memberFacts({
      plans: [plan({ participationSpaceOn: "2026-02-10" })],
      endorsements: [endorsement({ endorsedAt: noonIn("2026-03-01") })],
    });
    expect(reasonsOn(facts, "2025-12-15").map((reason) => reason.messageKey)).toEqual([
      "rules.reason.prob2.forum",
      "rules.reason.prob2.endorsement",
    ]);
    expect(reasonsOn(facts, "2026-02-10").map((reason) => reason.messageKey)).toEqual([
      "rules.reason.prob2.endorsement",
    ]);
    expect(statusOn(facts, "2026-02-28")).toBe("probation");
    expect(statusOn(facts, "2026-03-01")).toBe("active");
  });

  it("Regularity is met again once the last 12 months hold two implementation meetings", () => {
    const facts = memberFacts({
      meetings: [
        meeting("2025-09-01", { phase: "co_creation" }),
        meeting("2026-02-10"),
        meeting("2027-01-10"),
      ],
    });
    expect(statusOn(facts, "2027-01-09")).toBe("probation");
    expect(statusOn(facts, "2027-01-10")).toBe("active");
  });

  it("a probation caused by PROB-1 ends with REACT-1", () => {
    const facts = inactiveFromJuly({ updates: [progressUpdate("2027-02-01")] });
    expect(statusOn(facts, "2027-01-31")).toBe("probation");
    expect(evaluateMember(facts, "2027-02-01")).toMatchObject({ status: "active", since: "2027-02-01" });
  });
});

describe("REVOKE-1 still on probation four months after it began", () => {
  const onProbation = (decisions: MemberFacts["decisions"] = []) =>
    memberFacts({ plans: [plan({ participationSpaceOn: null })], decisions });

  it("revocation falls due on the day four months are reached and is raised to the Support Unit", () => {
    const before = evaluateMember(onProbation(), "2026-04-14");
    expect(before.reasons.map((reason) => reason.ruleId)).toEqual(["PROB-2"]);
    expect(before.alerts.some((alert) => alert.ruleId === "REVOKE-1")).toBe(false);

    const due = evaluateMember(onProbation(), "2026-04-15");
    expect(due.status).toBe("probation");
    expect(due.reasons).toContainEqual(
      expect.objectContaining({
        ruleId: "REVOKE-1",
        dueOn: "2026-04-15",
        messageKey: "rules.reason.revoke1_due",
      }),
    );
    expect(due.alerts).toContainEqual(
      expect.objectContaining({
        dedupeKey: "REVOKE-1:member:member-1:2026-04-15:confirm",
        audience: ["support_unit"],
        messageKey: "rules.alert.revoke1_due",
      }),
    );
  });

  it("the status becomes revoked only with the Support Unit's confirmation", () => {
    const facts = onProbation([revocation("2026-04-20")]);
    expect(statusOn(onProbation(), "2027-06-01")).toBe("probation");
    expect(statusOn(facts, "2026-04-19")).toBe("probation");
    expect(evaluateMember(facts, "2026-04-20")).toMatchObject({
      status: "revoked",
      since: "2026-04-20",
      reasons: [expect.objectContaining({ ruleId: "REVOKE-1", messageKey: "rules.reason.revoked" })],
    });
  });

  it("is not due when the member rectifies in time", () => {
    const facts = memberFacts({ plans: [plan({ participationSpaceOn: "2026-04-14" })] });
    expect(evaluateMember(facts, "2026-04-15")).toMatchObject({ status: "active", reasons: [] });
  });

  it("voluntary inactivity stops the clock; it restarts when the grant ends", () => {
    const facts = onProbation([voluntaryInactivity("2026-02-01", "2026-05-31")]);
    expect(statusOn(facts, "2026-05-31")).toBe("voluntarily_inactive");
    expect(statusOn(facts, "2026-06-01")).toBe("probation");
    expect(reasonsOn(facts, "2026-09-30").some((reason) => reason.ruleId === "REVOKE-1")).toBe(false);
    expect(reasonsOn(facts, "2026-10-01").some((reason) => reason.ruleId === "REVOKE-1")).toBe(true);
  });
});

describe("Support Unit status override (§4.2)", () => {
  it("sets the status from its start day and the rules run on from there", () => {
    const facts = inactiveFromJuly({ decisions: [override("active", "2026-08-01")] });
    expect(statusOn(facts, "2026-07-31")).toBe("inactive");
    expect(evaluateMember(facts, "2026-08-01")).toMatchObject({ status: "active", since: "2026-08-01" });
    // 2026Q2 and Q3 without any update: INACT-4 again once Q3 ends.
    expect(statusOn(facts, "2026-10-01")).toBe("inactive");
  });

  it("an override to probation starts the four months before revocation is due", () => {
    const facts = memberFacts({ decisions: [override("probation", "2026-03-01")] });
    expect(evaluateMember(facts, "2026-03-01").reasons).toEqual([
      expect.objectContaining({
        ruleId: "OVERRIDE",
        params: { status: "probation", effectiveOn: "2026-03-01", reason: "Support Unit review" },
      }),
    ]);
    expect(reasonsOn(facts, "2026-07-01").map((reason) => reason.ruleId)).toEqual(["OVERRIDE", "REVOKE-1"]);
  });

  it("never acts before the day it was decided", () => {
    const facts = inactiveFromJuly({ decisions: [override("active", "2026-07-01", "2026-07-20")] });
    expect(statusOn(facts, "2026-07-19")).toBe("inactive");
    expect(statusOn(facts, "2026-07-20")).toBe("active");
  });

  it("can lift a confirmed revocation", () => {
    const facts = memberFacts({
      plans: [plan({ participationSpaceOn: null })],
      decisions: [revocation("2026-05-01"), override("active", "2026-06-01")],
    });
    expect(statusOn(facts, "2026-05-31")).toBe("revoked");
    expect(statusOn(facts, "2026-06-01")).toBe("active");
  });
});

describe("history", () => {
  it("a timeline entry names the rule and message of each transition", () => {
    const facts = inactiveFromJuly({ updates: [progressUpdate("2027-02-01")] });
    expect(statusTimeline(facts, "2026-01-01", "2027-12-31")).toEqual([
      {
        on: "2025-01-01",
        status: "active",
        ruleId: null,
        messageKey: "rules.transition.joined",
        params: { on: "2025-01-01" },
      },
      {
        on: "2026-07-01",
        status: "inactive",
        ruleId: "INACT-4",
        messageKey: "rules.reason.inact4",
        params: { from: "2026Q1", to: "2026Q2" },
      },
      {
        on: "2027-01-01",
        status: "probation",
        ruleId: "PROB-1",
        messageKey: "rules.reason.prob1",
        params: { inactiveSince: "2026-07-01", months: 6 },
      },
      {
        on: "2027-02-01",
        status: "active",
        ruleId: "REACT-1",
        messageKey: "rules.transition.react1",
        params: { on: "2027-02-01" },
      },
      // 2027Q2 and Q3 have no update again.
      {
        on: "2027-10-01",
        status: "inactive",
        ruleId: "INACT-4",
        messageKey: "rules.reason.inact4",
        params: { from: "2027Q2", to: "2027Q3" },
      },
    ]);
  });

  it("facts dated after the evaluated day change nothing about it", () => {
    const later = inactiveFromJuly({
      updates: [progressUpdate("2026-09-10")],
      decisions: [voluntaryInactivity("2026-07-01", "2026-12-31", "2026-08-15")],
    });
    expect(evaluateMember(later, "2026-08-14")).toEqual(evaluateMember(inactiveFromJuly(), "2026-08-14"));
  });

  it("rejects a window that ends before it starts", () => {
    expect(() => statusTimeline(memberFacts(), "2026-02-01", "2026-01-01")).toThrow(RangeError);
  });
});
