import { describe, expect, it } from "vitest";
import {
  type DeadlineRuleId,
  evaluateMember,
  type MemberFacts,
  withdrawalDay,
} from "../../../src/domain/rules/index.js";
import {
  commitment,
  endorsement,
  meeting,
  memberFacts,
  milestone,
  noonIn,
  plan,
  progressUpdate,
  stalledUpdate,
  update,
  voluntaryInactivity,
} from "./factory.js";

const dueItems = (facts: MemberFacts, day: string, ruleId: DeadlineRuleId) =>
  evaluateMember(facts, day).dueItems.filter((item) => item.ruleId === ruleId);
const alertKeys = (facts: MemberFacts, day: string, ruleId: DeadlineRuleId) =>
  evaluateMember(facts, day)
    .alerts.filter((alert) => alert.ruleId === ruleId)
    .map((alert) => alert.dedupeKey);

describe("DUE-UPDATE a progress update per active commitment every quarter", () => {
  // Only a 2026Q1 update: 2026Q2's is outstanding.
  const facts = memberFacts({ updates: [progressUpdate("2026-02-15")] });

  it("lists the quarter's update as due on the quarter's last day", () => {
    expect(dueItems(facts, "2026-06-15", "DUE-UPDATE")).toEqual([
      {
        ruleId: "DUE-UPDATE",
        section: "§3.5, §3.5.4",
        subject: { kind: "commitment", id: "c1" },
        dueOn: "2026-06-30",
        overdue: false,
        audience: ["point_of_contact"],
        messageKey: "rules.due.update",
        params: { commitment: "tst0001", quarter: "2026Q2", dueOn: "2026-06-30" },
      },
    ]);
  });

  it("reminds 14 and 3 days before the quarter ends, and the day after as overdue", () => {
    expect(alertKeys(facts, "2026-06-15", "DUE-UPDATE")).toEqual([]);
    expect(alertKeys(facts, "2026-06-16", "DUE-UPDATE")).toEqual(["DUE-UPDATE:commitment:c1:2026Q2:d-14"]);
    expect(alertKeys(facts, "2026-06-26", "DUE-UPDATE")).toEqual(["DUE-UPDATE:commitment:c1:2026Q2:d-14"]);
    expect(alertKeys(facts, "2026-06-27", "DUE-UPDATE")).toEqual(["DUE-UPDATE:commitment:c1:2026Q2:d-3"]);
    expect(alertKeys(facts, "2026-07-01", "DUE-UPDATE")).toEqual(["DUE-UPDATE:commitment:c1:2026Q2:overdue"]);
    expect(
      dueItems(facts, "2026-07-01", "DUE-UPDATE").map((item) => [item.dueOn, item.overdue, item.messageKey]),
    ).toEqual([
      ["2026-09-30", false, "rules.due.update"],
      ["2026-06-30", true, "rules.due.update.overdue"],
    ]);
  });

  it("is met by any update on the commitment in the quarter", () => {
    const updated = memberFacts({ updates: [progressUpdate("2026-02-15"), stalledUpdate("2026-06-20")] });
    expect(dueItems(updated, "2026-06-27", "DUE-UPDATE")).toEqual([]);
    expect(alertKeys(updated, "2026-07-01", "DUE-UPDATE")).toEqual([]);
  });

  it("warns of INACT-4 when the previous quarter had no update either", () => {
    const silent = memberFacts({ updates: [] });
    // The 2026Q1 update stays overdue through 2026Q2 (deduplicated by its key).
    expect(alertKeys(silent, "2026-06-15", "DUE-UPDATE")).toEqual([
      "DUE-UPDATE:commitment:c1:2026Q1:overdue",
    ]);
    expect(alertKeys(silent, "2026-06-16", "DUE-UPDATE")).toEqual([
      "DUE-UPDATE:commitment:c1:2026Q2:d-14",
      "DUE-UPDATE:commitment:c1:2026Q1:overdue",
      "DUE-UPDATE:member:member-1:2026Q2:inact4-risk",
    ]);
    expect(alertKeys(facts, "2026-06-16", "DUE-UPDATE")).not.toContain(
      "DUE-UPDATE:member:member-1:2026Q2:inact4-risk",
    );
  });

  it("asks nothing of commitments not yet started, completed, withdrawn or owned by a coalition partner", () => {
    const others = memberFacts({
      updates: [],
      commitments: [
        commitment({ startDate: "2026-10-01", endDate: "2027-12-31" }),
        commitment({ id: "c2", code: "tst0002", status: "completed", completedOn: "2026-04-10" }),
        commitment({ id: "c3", code: "tst0003", status: "withdrawn", withdrawnOn: "2026-03-01" }),
        commitment({ id: "c4", code: "tst0004", status: "withdrawn" }),
        commitment({ id: "c5", code: "prt0001", ownedByMember: false }),
      ],
    });
    const secondQuarter = dueItems(others, "2026-06-16", "DUE-UPDATE").filter(
      (item) => item.params.quarter === "2026Q2",
    );
    expect(secondQuarter).toEqual([]);
  });

  it("is suspended during voluntary inactivity", () => {
    const resting = memberFacts({
      updates: [],
      decisions: [voluntaryInactivity("2026-04-01", "2026-12-31")],
    });
    expect(dueItems(resting, "2026-06-16", "DUE-UPDATE")).toEqual([]);
  });
});

describe("DUE-PROGRESS progress needed this quarter when the previous one showed none", () => {
  const stalled = memberFacts({ updates: [stalledUpdate("2026-02-15"), stalledUpdate("2026-05-15")] });

  it("is due at the quarter's end and raised on its last day (INACT-3 risk)", () => {
    expect(dueItems(stalled, "2026-06-29", "DUE-PROGRESS")).toEqual([
      expect.objectContaining({
        subject: { kind: "member", id: "member-1" },
        dueOn: "2026-06-30",
        overdue: false,
      }),
    ]);
    expect(alertKeys(stalled, "2026-06-29", "DUE-PROGRESS")).toEqual([]);
    expect(alertKeys(stalled, "2026-06-30", "DUE-PROGRESS")).toEqual([
      "DUE-PROGRESS:member:member-1:2026Q2:d-0",
    ]);
  });

  it("is lifted by progress in the quarter", () => {
    const progressed = memberFacts({ updates: [stalledUpdate("2026-02-15"), progressUpdate("2026-05-15")] });
    expect(dueItems(progressed, "2026-06-30", "DUE-PROGRESS")).toEqual([]);
  });

  it("does not apply when the previous quarter showed progress or had no update", () => {
    expect(
      dueItems(
        memberFacts({ updates: [progressUpdate("2026-02-15"), stalledUpdate("2026-05-15")] }),
        "2026-06-30",
        "DUE-PROGRESS",
      ),
    ).toEqual([]);
    expect(
      dueItems(memberFacts({ updates: [stalledUpdate("2026-05-15")] }), "2026-06-30", "DUE-PROGRESS"),
    ).toEqual([]);
  });
});

describe("DUE-PLAN-NEW first plan by the Support Unit's date", () => {
  const newMember = memberFacts({
    member: { firstPlanDue: "2025-09-30" },
    plans: [],
    commitments: [],
    milestones: [],
    updates: [],
    meetings: [],
    endorsements: [],
  });

  it("reminds 30, 14 and 3 days before, then overdue", () => {
    expect(alertKeys(newMember, "2025-08-30", "DUE-PLAN-NEW")).toEqual([]);
    expect(alertKeys(newMember, "2025-08-31", "DUE-PLAN-NEW")).toEqual([
      "DUE-PLAN-NEW:member:member-1:2025-09-30:d-30",
    ]);
    expect(alertKeys(newMember, "2025-09-16", "DUE-PLAN-NEW")).toEqual([
      "DUE-PLAN-NEW:member:member-1:2025-09-30:d-14",
    ]);
    expect(alertKeys(newMember, "2025-09-27", "DUE-PLAN-NEW")).toEqual([
      "DUE-PLAN-NEW:member:member-1:2025-09-30:d-3",
    ]);
    expect(alertKeys(newMember, "2025-10-01", "DUE-PLAN-NEW")).toEqual([
      "DUE-PLAN-NEW:member:member-1:2025-09-30:overdue",
    ]);
    expect(dueItems(newMember, "2025-10-01", "DUE-PLAN-NEW")[0]).toMatchObject({
      audience: ["point_of_contact", "support_unit"],
      messageKey: "rules.due.plan_new.overdue",
    });
  });

  it("follows an extension, with fresh reminders for the new date", () => {
    const extended = {
      ...newMember,
      decisions: [
        {
          id: "x",
          kind: "first_plan_extension" as const,
          reason: "Elections",
          decidedOn: "2025-09-20",
          newDueOn: "2025-12-31",
        },
      ],
    };
    expect(dueItems(extended, "2025-10-01", "DUE-PLAN-NEW")[0]?.dueOn).toBe("2025-12-31");
    expect(alertKeys(extended, "2025-12-17", "DUE-PLAN-NEW")).toEqual([
      "DUE-PLAN-NEW:member:member-1:2025-12-31:d-14",
    ]);
  });

  it("ends once a plan is submitted", () => {
    const submitted = { ...newMember, plans: [plan({ submittedOn: "2025-09-25" })] };
    expect(dueItems(submitted, "2025-09-27", "DUE-PLAN-NEW")).toEqual([]);
  });
});

describe("DUE-PLAN-NEXT next plan within 4 months of the previous plan's end", () => {
  it("is due 2028-04-30 for a plan ending 2027-12-31, reminded 60, 30 and 7 days before, then overdue", () => {
    const facts = memberFacts();
    expect(dueItems(facts, "2027-06-01", "DUE-PLAN-NEXT")).toEqual([
      expect.objectContaining({
        subject: { kind: "plan", id: "plan-1" },
        dueOn: "2028-04-30",
        overdue: false,
      }),
    ]);
    expect(alertKeys(facts, "2028-02-29", "DUE-PLAN-NEXT")).toEqual([]);
    expect(alertKeys(facts, "2028-03-01", "DUE-PLAN-NEXT")).toEqual([
      "DUE-PLAN-NEXT:plan:plan-1:2028-04-30:d-60",
    ]);
    expect(alertKeys(facts, "2028-03-31", "DUE-PLAN-NEXT")).toEqual([
      "DUE-PLAN-NEXT:plan:plan-1:2028-04-30:d-30",
    ]);
    expect(alertKeys(facts, "2028-04-23", "DUE-PLAN-NEXT")).toEqual([
      "DUE-PLAN-NEXT:plan:plan-1:2028-04-30:d-7",
    ]);
    expect(alertKeys(facts, "2028-05-01", "DUE-PLAN-NEXT")).toEqual([
      "DUE-PLAN-NEXT:plan:plan-1:2028-04-30:overdue",
    ]);
  });

  it("moves to the new plan once it is submitted", () => {
    const facts = memberFacts({
      plans: [
        plan(),
        plan({ id: "plan-2", periodStart: "2028-01-01", periodEnd: "2029-12-31", submittedOn: "2028-03-15" }),
      ],
    });
    expect(dueItems(facts, "2028-04-23", "DUE-PLAN-NEXT")).toEqual([
      expect.objectContaining({ subject: { kind: "plan", id: "plan-2" }, dueOn: "2030-04-30" }),
    ]);
  });
});

describe("DUE-ASSESS-INITIAL initial assessment within 2 months of submission", () => {
  it("is due 2026-02-15 for a plan submitted 2025-12-15, reminded 14 and 3 days before, then overdue", () => {
    const facts = memberFacts();
    expect(alertKeys(facts, "2026-01-31", "DUE-ASSESS-INITIAL")).toEqual([]);
    expect(alertKeys(facts, "2026-02-01", "DUE-ASSESS-INITIAL")).toEqual([
      "DUE-ASSESS-INITIAL:plan:plan-1:2026-02-15:d-14",
    ]);
    expect(alertKeys(facts, "2026-02-12", "DUE-ASSESS-INITIAL")).toEqual([
      "DUE-ASSESS-INITIAL:plan:plan-1:2026-02-15:d-3",
    ]);
    expect(alertKeys(facts, "2026-02-16", "DUE-ASSESS-INITIAL")).toEqual([
      "DUE-ASSESS-INITIAL:plan:plan-1:2026-02-15:overdue",
    ]);
    expect(dueItems(facts, "2026-02-01", "DUE-ASSESS-INITIAL")[0]?.audience).toEqual([
      "monitoring_body",
      "support_unit",
    ]);
  });

  it("uses a recorded assessment as subject and its due date, and ends when it is submitted", () => {
    const recorded = (submittedOn: string | null) =>
      memberFacts({
        assessments: [
          {
            id: "a1",
            kind: "initial",
            planId: "plan-1",
            commitmentId: null,
            dueOn: "2026-03-01",
            submittedOn,
          },
        ],
      });
    expect(dueItems(recorded(null), "2026-02-20", "DUE-ASSESS-INITIAL")).toEqual([
      expect.objectContaining({
        subject: { kind: "assessment", id: "a1" },
        dueOn: "2026-03-01",
        overdue: false,
      }),
    ]);
    expect(dueItems(recorded("2026-02-25"), "2026-02-25", "DUE-ASSESS-INITIAL")).toEqual([]);
    expect(dueItems(recorded("2026-02-25"), "2026-02-24", "DUE-ASSESS-INITIAL")).toHaveLength(1);
  });
});

describe("DUE-ASSESS-END end-of-commitment assessment 1 month after completion or plan end", () => {
  it("is due a month after the commitment is completed, reminded 7 days before, then overdue", () => {
    const facts = memberFacts({
      commitments: [commitment({ status: "completed", completedOn: "2026-09-10" })],
    });
    expect(dueItems(facts, "2026-09-09", "DUE-ASSESS-END")).toEqual([]);
    expect(dueItems(facts, "2026-09-10", "DUE-ASSESS-END")).toEqual([
      expect.objectContaining({
        subject: { kind: "commitment", id: "c1" },
        dueOn: "2026-10-10",
        params: expect.objectContaining({ commitment: "tst0001" }),
      }),
    ]);
    expect(alertKeys(facts, "2026-10-02", "DUE-ASSESS-END")).toEqual([]);
    expect(alertKeys(facts, "2026-10-03", "DUE-ASSESS-END")).toEqual([
      "DUE-ASSESS-END:commitment:c1:2026-10-10:d-7",
    ]);
    expect(alertKeys(facts, "2026-10-11", "DUE-ASSESS-END")).toEqual([
      "DUE-ASSESS-END:commitment:c1:2026-10-10:overdue",
    ]);
  });

  it("is due a month after the plan ends for a commitment still open then", () => {
    const facts = memberFacts({ commitments: [commitment({ endDate: "2027-12-31" })] });
    expect(dueItems(facts, "2027-12-31", "DUE-ASSESS-END")).toEqual([]);
    expect(dueItems(facts, "2028-01-01", "DUE-ASSESS-END")[0]?.dueOn).toBe("2028-01-31");
  });

  it("ends when the assessment is submitted", () => {
    const facts = memberFacts({
      commitments: [commitment({ status: "completed", completedOn: "2026-09-10" })],
      assessments: [
        {
          id: "a2",
          kind: "end_of_commitment",
          planId: "plan-1",
          commitmentId: "c1",
          dueOn: null,
          submittedOn: "2026-10-01",
        },
      ],
    });
    expect(dueItems(facts, "2026-10-01", "DUE-ASSESS-END")).toEqual([]);
  });
});

describe("DUE-ASSESS-FINAL final learning exercise 2 months after the plan ends", () => {
  it("is due 2028-02-29 for a plan ending 2027-12-31, reminded 14 and 3 days before, then overdue", () => {
    const facts = memberFacts();
    expect(dueItems(facts, "2027-06-01", "DUE-ASSESS-FINAL")[0]?.dueOn).toBe("2028-02-29");
    expect(alertKeys(facts, "2028-02-14", "DUE-ASSESS-FINAL")).toEqual([]);
    expect(alertKeys(facts, "2028-02-15", "DUE-ASSESS-FINAL")).toEqual([
      "DUE-ASSESS-FINAL:plan:plan-1:2028-02-29:d-14",
    ]);
    expect(alertKeys(facts, "2028-02-26", "DUE-ASSESS-FINAL")).toEqual([
      "DUE-ASSESS-FINAL:plan:plan-1:2028-02-29:d-3",
    ]);
    expect(alertKeys(facts, "2028-03-01", "DUE-ASSESS-FINAL")).toEqual([
      "DUE-ASSESS-FINAL:plan:plan-1:2028-02-29:overdue",
    ]);
  });

  it("ends when the report is submitted", () => {
    const facts = memberFacts({
      assessments: [
        {
          id: "a3",
          kind: "final_learning",
          planId: "plan-1",
          commitmentId: null,
          dueOn: null,
          submittedOn: "2028-02-20",
        },
      ],
    });
    expect(dueItems(facts, "2028-02-26", "DUE-ASSESS-FINAL")).toEqual([]);
  });
});

describe("DUE-MILESTONE a milestone by the end of its end month", () => {
  it("reminds 14 days before the month ends if not complete, then overdue", () => {
    const facts = memberFacts({ updates: [] });
    expect(dueItems(facts, "2026-06-16", "DUE-MILESTONE")).toEqual([
      expect.objectContaining({
        subject: { kind: "milestone", id: "m1" },
        dueOn: "2026-06-30",
        params: expect.objectContaining({ commitment: "tst0001", month: "2026-06" }),
      }),
    ]);
    expect(alertKeys(facts, "2026-06-15", "DUE-MILESTONE")).toEqual([]);
    expect(alertKeys(facts, "2026-06-16", "DUE-MILESTONE")).toEqual([
      "DUE-MILESTONE:milestone:m1:2026-06-30:d-14",
    ]);
    expect(alertKeys(facts, "2026-07-01", "DUE-MILESTONE")).toEqual([
      "DUE-MILESTONE:milestone:m1:2026-06-30:overdue",
    ]);
  });

  it("ends once an update marks the milestone complete, as of that update", () => {
    const completing = update("2026-06-20", {
      milestoneChanges: [{ milestoneId: "m1", from: "in_progress", to: "complete" }],
    });
    const facts = memberFacts({ milestones: [milestone({ status: "complete" })], updates: [completing] });
    expect(dueItems(facts, "2026-06-19", "DUE-MILESTONE")).toHaveLength(1);
    expect(dueItems(facts, "2026-06-20", "DUE-MILESTONE")).toEqual([]);
  });

  it("closes for milestones marked incomplete", () => {
    const facts = memberFacts({ updates: [], milestones: [milestone({ status: "incomplete" })] });
    expect(dueItems(facts, "2026-07-01", "DUE-MILESTONE")).toEqual([]);
  });
});

describe("DUE-MEETINGS two implementation meetings in each 12-month period", () => {
  const withMeetings = (...days: string[]) =>
    memberFacts({
      meetings: [meeting("2025-09-01", { phase: "co_creation" }), ...days.map((day) => meeting(day))],
    });

  it("warns at 6 months with none recorded", () => {
    const facts = withMeetings();
    expect(alertKeys(facts, "2026-06-14", "DUE-MEETINGS")).toEqual([]);
    expect(alertKeys(facts, "2026-06-15", "DUE-MEETINGS")).toEqual([
      "DUE-MEETINGS:plan:plan-1:2025-12-15:m6",
    ]);
    expect(dueItems(facts, "2026-06-15", "DUE-MEETINGS")).toEqual([
      expect.objectContaining({
        dueOn: "2026-12-14",
        audience: ["point_of_contact", "civil_society"],
        params: expect.objectContaining({ held: 0, required: 2 }),
      }),
    ]);
  });

  it("warns at 10 months with fewer than two", () => {
    const facts = withMeetings("2026-03-01");
    expect(alertKeys(facts, "2026-06-15", "DUE-MEETINGS")).toEqual([]);
    expect(alertKeys(facts, "2026-10-14", "DUE-MEETINGS")).toEqual([]);
    expect(alertKeys(facts, "2026-10-15", "DUE-MEETINGS")).toEqual([
      "DUE-MEETINGS:plan:plan-1:2025-12-15:m10",
    ]);
  });

  it("is met by two meetings", () => {
    expect(dueItems(withMeetings("2026-03-01", "2026-05-01"), "2026-10-15", "DUE-MEETINGS")).toEqual([]);
  });
});

describe("DUE-MOD-WINDOW modification window closes 6 months after submission", () => {
  it("reminds 14 days before it closes and lapses after", () => {
    const facts = memberFacts();
    expect(dueItems(facts, "2026-05-31", "DUE-MOD-WINDOW")).toEqual([
      expect.objectContaining({ subject: { kind: "commitment", id: "c1" }, dueOn: "2026-06-15" }),
    ]);
    expect(alertKeys(facts, "2026-05-31", "DUE-MOD-WINDOW")).toEqual([]);
    expect(alertKeys(facts, "2026-06-01", "DUE-MOD-WINDOW")).toEqual([
      "DUE-MOD-WINDOW:commitment:c1:2026-06-15:d-14",
    ]);
    expect(dueItems(facts, "2026-06-15", "DUE-MOD-WINDOW")).toHaveLength(1);
    expect(dueItems(facts, "2026-06-16", "DUE-MOD-WINDOW")).toEqual([]);
    expect(alertKeys(facts, "2026-06-16", "DUE-MOD-WINDOW")).toEqual([]);
  });
});

describe("DUE-PROBATION four months to rectify", () => {
  const onProbation = memberFacts({ plans: [plan({ participationSpaceOn: null })] });

  it("reminds 60, 30 and 7 days before revocation falls due", () => {
    expect(dueItems(onProbation, "2026-01-01", "DUE-PROBATION")).toEqual([
      expect.objectContaining({ dueOn: "2026-04-15", audience: ["point_of_contact", "support_unit"] }),
    ]);
    expect(alertKeys(onProbation, "2026-02-13", "DUE-PROBATION")).toEqual([]);
    expect(alertKeys(onProbation, "2026-02-14", "DUE-PROBATION")).toEqual([
      "DUE-PROBATION:member:member-1:2026-04-15:d-60",
    ]);
    expect(alertKeys(onProbation, "2026-03-16", "DUE-PROBATION")).toEqual([
      "DUE-PROBATION:member:member-1:2026-04-15:d-30",
    ]);
    expect(alertKeys(onProbation, "2026-04-08", "DUE-PROBATION")).toEqual([
      "DUE-PROBATION:member:member-1:2026-04-15:d-7",
    ]);
    // From the day it falls due, REVOKE-1 takes over.
    expect(dueItems(onProbation, "2026-04-15", "DUE-PROBATION")).toEqual([]);
  });

  it("does not apply to members not on probation", () => {
    expect(dueItems(memberFacts(), "2026-02-14", "DUE-PROBATION")).toEqual([]);
  });
});

describe("status letters for the Support Unit (§4.1, §4.2)", () => {
  it("drafts one letter per transition to inactive, probation or revoked", () => {
    const facts = memberFacts({ updates: [] });
    const letters = (day: string) =>
      evaluateMember(facts, day)
        .alerts.filter((alert) => alert.step === "letter")
        .map((alert) => [alert.dedupeKey, alert.messageKey, alert.audience]);
    expect(letters("2026-06-30")).toEqual([]);
    expect(letters("2026-07-01")).toEqual([
      ["INACT-4:member:member-1:2026-07-01:letter", "rules.letter.inactive", ["support_unit"]],
    ]);
    expect(letters("2026-09-01")).toEqual(letters("2026-07-01"));
    expect(letters("2027-01-01")).toEqual([
      ["PROB-1:member:member-1:2027-01-01:letter", "rules.letter.probation", ["support_unit"]],
    ]);
  });

  it("a revoked member gets its letter and nothing else", () => {
    const facts = memberFacts({
      plans: [plan({ participationSpaceOn: null })],
      endorsements: [endorsement({ endorsedAt: noonIn("2025-09-15") })],
      decisions: [
        {
          id: "r",
          kind: "revocation_confirmed",
          reason: "Letter sent",
          decidedOn: "2026-04-20",
          effectiveOn: "2026-04-20",
        },
      ],
    });
    const evaluation = evaluateMember(facts, "2026-05-01");
    expect(evaluation.dueItems).toEqual([]);
    expect(evaluation.alerts.map((alert) => alert.dedupeKey)).toEqual([
      "REVOKE-1:member:member-1:2026-04-20:letter",
    ]);
  });
});

describe("withdrawalDay (MOD-2): when an approved deletion withdrew a commitment", () => {
  it("is the decision's civil day in the member's zone; null without a decision or with an unknown zone", () => {
    const decidedAt = Date.parse("2025-06-30T13:00:00Z");
    expect(withdrawalDay(decidedAt, "Pacific/Auckland")).toBe("2025-07-01");
    expect(withdrawalDay(decidedAt, "America/Mexico_City")).toBe("2025-06-30");
    expect(withdrawalDay(null, "Pacific/Auckland")).toBeNull();
    expect(withdrawalDay(decidedAt, "Mars/Olympus_Mons")).toBeNull();
  });
});
