import { describe, expect, it } from "vitest";
import {
  type ApplicationInput,
  type CoalitionInput,
  type CommitmentInput,
  commitmentCap,
  endorsingOrganizations,
  type ModificationInput,
  SPEC_RULES_CONFIG,
  type Violation,
  validateApplication,
  validateCoalition,
  validateCommitment,
  validateCommitmentCap,
  validateMemberFacts,
  validateMilestone,
  validateModification,
  validatePlanLanguage,
  validatePlanPeriod,
  validatePlanSubmission,
} from "../../../src/domain/rules/index.js";
import { commitment, endorsement, memberFacts, milestone, noonIn, plan } from "./factory.js";

const rules = (violations: Violation[]) =>
  violations.map((violation) => `${violation.ruleId} ${violation.field}`);

describe("PLAN-1 the plan ends at least 2 calendar months before the mandate ends", () => {
  const period = (periodEnd: string) => ({ periodStart: "2026-01-01", periodEnd, mandateEnd: "2028-06-30" });

  it("accepts a plan ending exactly 2 months before (2028-04-30 for a mandate ending 2028-06-30)", () => {
    expect(validatePlanPeriod(period("2028-04-30"))).toEqual([]);
  });

  it("rejects the day after, and a plan ending 1 month before mandate end", () => {
    expect(validatePlanPeriod(period("2028-05-01"))).toEqual([
      {
        ruleId: "PLAN-1",
        field: "periodEnd",
        messageKey: "rules.violation.plan1",
        params: { latestEnd: "2028-04-30", mandateEnd: "2028-06-30", months: 2 },
      },
    ]);
    expect(rules(validatePlanPeriod(period("2028-05-30")))).toEqual(["PLAN-1 periodEnd"]);
  });

  it("counts month end to month end: a mandate ending 2028-09-30 allows a plan ending 2028-07-31", () => {
    const mandate = { periodStart: "2026-01-01", mandateEnd: "2028-09-30" };
    expect(validatePlanPeriod({ ...mandate, periodEnd: "2028-07-31" })).toEqual([]);
    expect(rules(validatePlanPeriod({ ...mandate, periodEnd: "2028-08-01" }))).toEqual(["PLAN-1 periodEnd"]);
  });

  it("reports malformed and inverted dates instead of throwing", () => {
    expect(
      rules(validatePlanPeriod({ periodStart: "2026-02-30", periodEnd: "soon", mandateEnd: "2028-06-30" })),
    ).toEqual(["PLAN-1 periodStart", "PLAN-1 periodEnd"]);
    expect(validatePlanPeriod(period("2025-12-31"))[0]?.messageKey).toBe("rules.violation.period_order");
  });
});

describe("PLAN-2 without elections, a plan lasts 1 to 4 years inclusive", () => {
  const period = (periodEnd: string) => ({ periodStart: "2026-01-01", periodEnd, mandateEnd: null });

  it("accepts exactly 1 year and exactly 4 years", () => {
    expect(validatePlanPeriod(period("2026-12-31"))).toEqual([]);
    expect(validatePlanPeriod(period("2029-12-31"))).toEqual([]);
  });

  it("rejects a day short of 1 year and a day beyond 4 years", () => {
    expect(validatePlanPeriod(period("2026-12-30"))).toEqual([
      expect.objectContaining({
        ruleId: "PLAN-2",
        messageKey: "rules.violation.plan2.too_short",
        params: { years: 1, earliestEnd: "2026-12-31" },
      }),
    ]);
    expect(validatePlanPeriod(period("2030-01-01"))).toEqual([
      expect.objectContaining({
        ruleId: "PLAN-2",
        messageKey: "rules.violation.plan2.too_long",
        params: { years: 4, latestEnd: "2029-12-31" },
      }),
    ]);
  });
});

describe("PLAN-3 open commitment caps: 5, coalition of 2: 10, of 3–4: 12", () => {
  const open = (count: number) =>
    Array.from({ length: count }, () => ({ status: "active" as const, endAssessmentSubmitted: false }));

  it("a single member may hold 5 but not 6", () => {
    expect(validateCommitmentCap({ coalitionSize: null, commitments: open(5) })).toEqual([]);
    expect(validateCommitmentCap({ coalitionSize: null, commitments: open(6) })).toEqual([
      {
        ruleId: "PLAN-3",
        field: "commitments",
        messageKey: "rules.violation.plan3",
        params: { cap: 5, count: 6 },
      },
    ]);
  });

  it("a coalition of 2 may hold 10 but not 11", () => {
    expect(validateCommitmentCap({ coalitionSize: 2, commitments: open(10) })).toEqual([]);
    expect(rules(validateCommitmentCap({ coalitionSize: 2, commitments: open(11) }))).toEqual([
      "PLAN-3 commitments",
    ]);
  });

  it("a coalition of 3 may hold 12 commitments but not 13; so may a coalition of 4", () => {
    expect(validateCommitmentCap({ coalitionSize: 3, commitments: open(12) })).toEqual([]);
    expect(rules(validateCommitmentCap({ coalitionSize: 3, commitments: open(13) }))).toEqual([
      "PLAN-3 commitments",
    ]);
    expect(commitmentCap(4)).toBe(12);
  });

  it("withdrawn commitments and completed ones whose assessment is in stop counting", () => {
    const commitments = [
      ...open(5),
      { status: "withdrawn" as const, endAssessmentSubmitted: false },
      { status: "completed" as const, endAssessmentSubmitted: true },
      { status: "draft" as const, endAssessmentSubmitted: false },
    ];
    expect(validateCommitmentCap({ coalitionSize: null, commitments })).toEqual([]);
    const unassessed = [...open(5), { status: "completed" as const, endAssessmentSubmitted: false }];
    expect(rules(validateCommitmentCap({ coalitionSize: null, commitments: unassessed }))).toEqual([
      "PLAN-3 commitments",
    ]);
  });
});

describe("PLAN-4 coalitions", () => {
  const coalition = (overrides: Partial<CoalitionInput> = {}): CoalitionInput => ({
    members: [
      { id: "a", country: "MX", mandateEnd: "2027-12-31" },
      { id: "b", country: "MX", mandateEnd: "2028-09-30" },
      { id: "c", country: "MX", mandateEnd: "2027-06-30" },
    ],
    pointOfContactIds: ["poc"],
    monitoringBodyIds: ["irm"],
    periodStart: "2026-01-01",
    periodEnd: "2028-07-31",
    commitments: [
      { code: "a1", endDate: "2027-10-31", owners: ["a"] },
      { code: "j1", endDate: "2028-07-31", owners: "joint" },
    ],
    ...overrides,
  });

  it("accepts 2–4 members of one country whose plan follows the longest mandate", () => {
    expect(validateCoalition(coalition())).toEqual([]);
  });

  it("rejects 1 or 5 members, mixed countries, several PoCs or monitoring bodies", () => {
    const member = (id: string) => ({ id, country: "MX", mandateEnd: "2028-09-30" });
    expect(rules(validateCoalition(coalition({ members: [member("a")] })))).toEqual(["PLAN-4 members"]);
    expect(
      rules(
        validateCoalition(coalition({ members: ["a", "b", "c", "d", "e"].map(member), commitments: [] })),
      ),
    ).toEqual(["PLAN-4 members"]);
    expect(
      validateCoalition(
        coalition({ members: [member("a"), { ...member("b"), country: "GT" }], commitments: [] }),
      )[0],
    ).toMatchObject({ messageKey: "rules.violation.plan4.country", params: { countries: "MX, GT" } });
    expect(
      rules(validateCoalition(coalition({ pointOfContactIds: ["p1", "p2"], monitoringBodyIds: [] }))),
    ).toEqual(["PLAN-4 pointOfContactIds", "PLAN-4 monitoringBodyIds"]);
  });

  it("the plan may end 2 months before the longest mandate but not a day later", () => {
    expect(validateCoalition(coalition({ periodEnd: "2028-07-31" }))).toEqual([]);
    expect(validateCoalition(coalition({ periodEnd: "2028-08-01" }))).toEqual([
      expect.objectContaining({
        messageKey: "rules.violation.plan4.plan_end",
        params: { latestEnd: "2028-07-31", mandateEnd: "2028-09-30", months: 2 },
      }),
    ]);
  });

  it("each member's own commitments end 2 months before that member's mandate; joint ones follow the plan", () => {
    expect(
      validateCoalition(coalition({ commitments: [{ code: "c1", endDate: "2027-04-30", owners: ["c"] }] })),
    ).toEqual([]);
    expect(
      validateCoalition(coalition({ commitments: [{ code: "c1", endDate: "2027-05-01", owners: ["c"] }] })),
    ).toEqual([
      expect.objectContaining({
        field: "commitments[0].endDate",
        messageKey: "rules.violation.plan4.commitment_end",
        params: {
          commitment: "c1",
          member: "c",
          latestEnd: "2027-04-30",
          mandateEnd: "2027-06-30",
          months: 2,
        },
      }),
    ]);
    expect(
      rules(
        validateCoalition(
          coalition({ commitments: [{ code: "ac", endDate: "2027-06-30", owners: ["a", "c"] }] }),
        ),
      ),
    ).toEqual(["PLAN-4 commitments[0].endDate"]);
  });

  it("a member without elections makes the plan length rule (PLAN-2) apply", () => {
    const members = [
      { id: "a", country: "MX", mandateEnd: "2027-12-31" },
      { id: "b", country: "MX", mandateEnd: null },
    ];
    expect(
      rules(validateCoalition(coalition({ members, commitments: [], periodEnd: "2030-01-01" }))),
    ).toEqual(["PLAN-2 periodEnd"]);
  });
});

describe("PLAN-5 endorsement by a non-government organization before submission", () => {
  it("accepts one standing non-government endorsement and lists the endorsers", () => {
    const endorsements = [
      { organizationId: "cso", nonGovernment: true, withdrawn: false },
      { organizationId: "cso", nonGovernment: true, withdrawn: false },
      { organizationId: "ministry", nonGovernment: false, withdrawn: false },
    ];
    expect(validatePlanSubmission({ endorsements })).toEqual([]);
    expect(endorsingOrganizations({ endorsements })).toEqual(["cso"]);
  });

  it("rejects none, government-only and withdrawn endorsements", () => {
    const expected = [
      {
        ruleId: "PLAN-5",
        field: "endorsements",
        messageKey: "rules.violation.plan5",
        params: { required: 1 },
      },
    ];
    expect(validatePlanSubmission({ endorsements: [] })).toEqual(expected);
    expect(
      validatePlanSubmission({
        endorsements: [{ organizationId: "m", nonGovernment: false, withdrawn: false }],
      }),
    ).toEqual(expected);
    expect(
      validatePlanSubmission({
        endorsements: [{ organizationId: "c", nonGovernment: true, withdrawn: true }],
      }),
    ).toEqual(expected);
  });
});

describe("PLAN-5 on recorded facts: endorsed by the end of the submission day", () => {
  const endorsedOn = (day: string) =>
    memberFacts({ endorsements: [endorsement({ endorsedAt: noonIn(day) })] });

  it("an endorsement on the submission day counts; one the day after does not", () => {
    expect(validateMemberFacts(endorsedOn("2025-12-15"))).toEqual([]);
    expect(rules(validateMemberFacts(endorsedOn("2025-12-16")))).toEqual(["PLAN-5 plans[0].endorsements"]);
  });

  it("an endorsement withdrawn after submission still counted at submission", () => {
    const facts = memberFacts({ endorsements: [endorsement({ withdrawnAt: noonIn("2026-01-10") })] });
    expect(validateMemberFacts(facts)).toEqual([]);
  });
});

describe("PLAN-6 plans are submitted in English", () => {
  it("accepts English with every English text present", () => {
    expect(
      validatePlanLanguage({ language: "en", englishFields: { title: "Open budgets", longTermVision: "…" } }),
    ).toEqual([]);
  });

  it("rejects another language and blank English texts", () => {
    expect(
      rules(validatePlanLanguage({ language: "fr", englishFields: { title: "  ", foreword: null } })),
    ).toEqual(["PLAN-6 language", "PLAN-6 title", "PLAN-6 foreword"]);
  });
});

const validCommitment = (overrides: Partial<CommitmentInput> = {}): CommitmentInput => ({
  title: "Open procurement portal",
  startDate: "2026-01-01",
  endDate: "2026-12-31",
  leadAgency: "Finance Office",
  problem: "Tenders are not public.",
  action: "Publish every tender.",
  policyAreas: ["open_contracting"],
  sectors: ["public_services", "cross_sectoral"],
  ogpValues: ["access_to_information"],
  resourcesSecured: "partially",
  milestones: [{ startMonth: "2026-01", endMonth: "2026-06" }],
  ...overrides,
});
const inPlan = { planEnd: "2027-12-31", addedLaterOn: null };

describe("COMMIT-1 a commitment lasts at least one calendar year and ends with its plan", () => {
  it("accepts end = start + 1 year − 1 day, and an end on the plan's last day", () => {
    expect(validateCommitment(validCommitment(), inPlan)).toEqual([]);
    expect(validateCommitment(validCommitment({ endDate: "2027-12-31" }), inPlan)).toEqual([]);
  });

  it("rejects a day shorter, and an end after the plan's", () => {
    expect(validateCommitment(validCommitment({ endDate: "2026-12-30" }), inPlan)).toEqual([
      expect.objectContaining({
        ruleId: "COMMIT-1",
        messageKey: "rules.violation.commit1.too_short",
        params: { years: 1, earliestEnd: "2026-12-31" },
      }),
    ]);
    expect(validateCommitment(validCommitment({ endDate: "2028-01-01" }), inPlan)).toEqual([
      expect.objectContaining({
        ruleId: "COMMIT-1",
        messageKey: "rules.violation.commit1.after_plan",
        params: { planEnd: "2027-12-31" },
      }),
    ]);
  });

  it("counts a leap day start to the clamped anniversary", () => {
    const leap = validCommitment({
      startDate: "2028-02-29",
      endDate: "2029-02-27",
      milestones: [{ startMonth: "2028-03", endMonth: "2028-06" }],
    });
    expect(validateCommitment(leap, { planEnd: "2030-12-31", addedLaterOn: null })).toEqual([]);
    expect(
      rules(
        validateCommitment({ ...leap, endDate: "2029-02-26" }, { planEnd: "2030-12-31", addedLaterOn: null }),
      ),
    ).toEqual(["COMMIT-1 endDate"]);
  });
});

describe("COMMIT-2 required Annex 2 fields", () => {
  it("reports every missing field and wrong count at once", () => {
    const violations = validateCommitment(
      validCommitment({
        title: "",
        leadAgency: null,
        problem: " ",
        action: null,
        policyAreas: [],
        sectors: ["education", "justice", "legislature"],
        ogpValues: [],
        resourcesSecured: null,
        milestones: [],
      }),
      inPlan,
    );
    expect(rules(violations)).toEqual([
      "COMMIT-2 title",
      "COMMIT-2 leadAgency",
      "COMMIT-2 problem",
      "COMMIT-2 action",
      "COMMIT-2 resourcesSecured",
      "COMMIT-2 policyAreas",
      "COMMIT-2 sectors",
      "COMMIT-2 ogpValues",
      "COMMIT-2 milestones",
    ]);
  });

  it("accepts 2 policy areas and all 4 OGP values, and rejects unknown codes", () => {
    const full = validCommitment({
      policyAreas: ["open_data", "open_contracting"],
      ogpValues: [
        "access_to_information",
        "civic_participation",
        "public_accountability",
        "technology_innovation",
      ],
    });
    expect(validateCommitment(full, inPlan)).toEqual([]);
    expect(validateCommitment(validCommitment({ sectors: ["space_travel"] }), inPlan)).toEqual([
      expect.objectContaining({
        ruleId: "COMMIT-2",
        messageKey: "rules.violation.commit2.unknown_code",
        params: { field: "sectors", code: "space_travel" },
      }),
    ]);
  });
});

describe("COMMIT-3 a commitment added later fits in the remaining plan period", () => {
  it("accepts a start on the day it is added with a year left in the plan", () => {
    const added = validCommitment({
      startDate: "2026-12-01",
      endDate: "2027-11-30",
      milestones: [{ startMonth: "2027-01", endMonth: "2027-06" }],
    });
    expect(validateCommitment(added, { planEnd: "2027-11-30", addedLaterOn: "2026-12-01" })).toEqual([]);
  });

  it("rejects a start before it is added, and a plan with less than a year left", () => {
    const backdated = validCommitment({
      startDate: "2026-11-30",
      endDate: "2027-11-30",
      milestones: [{ startMonth: "2027-01", endMonth: "2027-06" }],
    });
    expect(
      rules(validateCommitment(backdated, { planEnd: "2027-12-31", addedLaterOn: "2026-12-01" })),
    ).toEqual(["COMMIT-3 startDate"]);
    const late = validCommitment({
      startDate: "2027-01-02",
      endDate: "2027-12-31",
      milestones: [{ startMonth: "2027-02", endMonth: "2027-06" }],
    });
    expect(rules(validateCommitment(late, { planEnd: "2027-12-31", addedLaterOn: "2027-01-02" }))).toEqual([
      "COMMIT-1 endDate",
      "COMMIT-3 endDate",
    ]);
  });

  it("does not apply to commitments written with the plan", () => {
    expect(validateCommitment(validCommitment({ startDate: "2026-01-01" }), inPlan)).toEqual([]);
  });
});

describe("MILESTONE-1 milestone months within the commitment, end ≥ start", () => {
  const within = { startDate: "2026-01-15", endDate: "2027-01-14" };

  it("accepts the commitment's first and last months and a single-month milestone", () => {
    expect(validateMilestone({ startMonth: "2026-01", endMonth: "2027-01" }, within)).toEqual([]);
    expect(validateMilestone({ startMonth: "2026-05", endMonth: "2026-05" }, within)).toEqual([]);
  });

  it("rejects an end before the start and months outside the commitment", () => {
    expect(validateMilestone({ startMonth: "2026-06", endMonth: "2026-05" }, within)).toEqual([
      expect.objectContaining({
        ruleId: "MILESTONE-1",
        field: "milestone.endMonth",
        messageKey: "rules.violation.milestone1.order",
      }),
    ]);
    expect(rules(validateMilestone({ startMonth: "2025-12", endMonth: "2027-02" }, within))).toEqual([
      "MILESTONE-1 milestone.startMonth",
      "MILESTONE-1 milestone.endMonth",
    ]);
    expect(rules(validateMilestone({ startMonth: "2026-13", endMonth: "" }, within))).toEqual([
      "MILESTONE-1 milestone.startMonth",
      "MILESTONE-1 milestone.endMonth",
    ]);
  });

  it("is checked for each milestone of a commitment", () => {
    const milestones = [
      { startMonth: "2026-01", endMonth: "2026-06" },
      { startMonth: "2026-07", endMonth: "2028-01" },
    ];
    expect(rules(validateCommitment(validCommitment({ milestones }), inPlan))).toEqual([
      "MILESTONE-1 milestones[1].endMonth",
    ]);
  });
});

describe("MOD-1 modifications within 6 months of the commitment's submission", () => {
  const proposal = (proposedOn: string): ModificationInput => ({
    proposedOn,
    commitmentSubmittedOn: "2026-01-31",
    decision: "pending",
    approvals: [],
  });

  it("accepts a proposal on the window's last day (2026-07-31)", () => {
    expect(validateModification(proposal("2026-07-31"))).toEqual([]);
  });

  it("rejects the day after", () => {
    expect(validateModification(proposal("2026-08-01"))).toEqual([
      {
        ruleId: "MOD-1",
        field: "proposedOn",
        messageKey: "rules.violation.mod1",
        params: { closesOn: "2026-07-31", months: 6 },
      },
    ]);
  });

  it("does not apply to a draft commitment", () => {
    expect(validateModification({ ...proposal("2030-01-01"), commitmentSubmittedOn: null })).toEqual([]);
  });
});

describe("MOD-2 a modification takes effect only with civil-society consent", () => {
  const decided = (approvals: ModificationInput["approvals"]): ModificationInput => ({
    proposedOn: "2026-03-01",
    commitmentSubmittedOn: "2026-01-31",
    decision: "approved",
    approvals,
  });

  it("accepts one civil-society approval and no civil-society rejection", () => {
    expect(
      validateModification(
        decided([
          { verdict: "approve", byCivilSocietyOfMember: true },
          { verdict: "reject", byCivilSocietyOfMember: false },
        ]),
      ),
    ).toEqual([]);
  });

  it("rejects approval without civil-society consent, or against a civil-society rejection", () => {
    expect(
      rules(validateModification(decided([{ verdict: "approve", byCivilSocietyOfMember: false }]))),
    ).toEqual(["MOD-2 decision"]);
    expect(
      validateModification(
        decided([
          { verdict: "approve", byCivilSocietyOfMember: true },
          { verdict: "reject", byCivilSocietyOfMember: true },
        ]),
      )[0]?.messageKey,
    ).toBe("rules.violation.mod2.rejected");
  });

  it("does not constrain a pending or rejected decision", () => {
    expect(validateModification({ ...decided([]), decision: "pending" })).toEqual([]);
    expect(validateModification({ ...decided([]), decision: "rejected" })).toEqual([]);
  });
});

const application = (overrides: Partial<ApplicationInput> = {}): ApplicationInput => ({
  appliedOn: "2026-03-15",
  mandateEnd: "2027-07-14",
  letter: {
    pages: 3,
    language: "en",
    signedByHeadOfGovernment: true,
    signedByDelegatedSeniorOfficial: false,
    nonGovernmentSignatories: 1,
  },
  ...overrides,
});

describe("APPLY-1 at least 16 months remain in the mandate", () => {
  it("accepts exactly 16 months remaining, the application day included, and jurisdictions without elections", () => {
    expect(validateApplication(application())).toEqual([]);
    expect(validateApplication(application({ mandateEnd: null }))).toEqual([]);
  });

  it("rejects a day less", () => {
    expect(validateApplication(application({ mandateEnd: "2027-07-13" }))).toEqual([
      {
        ruleId: "APPLY-1",
        field: "mandateEnd",
        messageKey: "rules.violation.apply1",
        params: { months: 16, mandateEnd: "2027-07-13", neededUntil: "2027-07-14" },
      },
    ]);
  });
});

describe("APPLY-2 letter of support", () => {
  const letter = (overrides: Partial<ApplicationInput["letter"]>) =>
    application({ letter: { ...application().letter, ...overrides } });

  it("accepts 3 pages signed by a delegated senior official", () => {
    expect(
      validateApplication(letter({ signedByHeadOfGovernment: false, signedByDelegatedSeniorOfficial: true })),
    ).toEqual([]);
  });

  it("rejects 4 pages, another language, a missing government or non-government signature, all at once", () => {
    const violations = validateApplication(
      letter({ pages: 4, language: "es", signedByHeadOfGovernment: false, nonGovernmentSignatories: 0 }),
    );
    expect(violations.map((violation) => violation.messageKey)).toEqual([
      "rules.violation.apply2.pages",
      "rules.violation.apply2.language",
      "rules.violation.apply2.head_of_government",
      "rules.violation.apply2.non_government",
    ]);
  });

  it("never throws on malformed input", () => {
    const broken = { appliedOn: 42, mandateEnd: "later", letter: null } as unknown as ApplicationInput;
    expect(rules(validateApplication(broken))).toEqual([
      "APPLY-1 appliedOn",
      "APPLY-1 mandateEnd",
      "APPLY-2 letter",
    ]);
    const garbage = { title: 1, policyAreas: "open_data", milestones: null } as unknown as CommitmentInput;
    expect(() => validateCommitment(garbage, inPlan)).not.toThrow();
    expect(validateCommitment(garbage, inPlan).length).toBeGreaterThan(0);
  });
});

describe("validateMemberFacts: the rules on recorded facts (imports)", () => {
  it("finds nothing wrong with the healthy baseline", () => {
    expect(validateMemberFacts(memberFacts())).toEqual([]);
  });

  it("reports broken facts with paths into them", () => {
    const facts = memberFacts({
      member: { mandateEnd: "2028-01-31" },
      plans: [plan({ participationSpaceOn: null })],
      endorsements: [],
      commitments: [
        commitment({ endDate: "2026-06-30" }),
        ...["c2", "c3", "c4", "c5", "c6"].map((id) => commitment({ id })),
      ],
      milestones: [milestone({ endMonth: "2026-09" })],
      modifications: [{ id: "mod", commitmentId: "c1", proposedOn: "2026-07-01", decision: "pending" }],
    });
    expect(rules(validateMemberFacts(facts))).toEqual([
      "PLAN-1 plans[0].periodEnd",
      "PLAN-5 plans[0].endorsements",
      "PLAN-3 commitments",
      "COMMIT-1 commitments[0].endDate",
      "MILESTONE-1 milestones[0].endMonth",
      "MOD-1 modifications[0].proposedOn",
    ]);
  });

  it("checks a coalition member's own commitments against its mandate", () => {
    const facts = memberFacts({ member: { coalitionSize: 2, mandateEnd: "2027-06-30" } });
    expect(rules(validateMemberFacts(facts))).toEqual(["PLAN-4 commitments[0].endDate"]);
  });

  it("reads thresholds from the configuration", () => {
    const strict = { ...SPEC_RULES_CONFIG, plan: { ...SPEC_RULES_CONFIG.plan, monthsBeforeMandateEnd: 7 } };
    const facts = memberFacts({ member: { mandateEnd: "2028-06-30" } });
    expect(validateMemberFacts(facts)).toEqual([]);
    expect(rules(validateMemberFacts(facts, strict))).toEqual(["PLAN-1 plans[0].periodEnd"]);
  });
});
