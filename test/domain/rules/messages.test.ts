import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  evaluateMember,
  RULE_SECTIONS,
  statusTimeline,
  validateApplication,
  validateCoalition,
  validateCommitment,
  validateModification,
  validatePlanLanguage,
  validatePlanPeriod,
} from "../../../src/domain/rules/index.js";
import { LANGUAGES } from "../../../src/domain/vocabularies.js";
import { rules as rulesMessages } from "../../../src/messages/i18n/en/rules.js";
import { hasMessage, t } from "../../../src/messages/i18n/index.js";
import { commitment, memberFacts, plan, voluntaryInactivity } from "./factory.js";

const rulesDirectory = new URL("../../../src/domain/rules/", import.meta.url);
const source = readdirSync(rulesDirectory, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts"))
  .map((file) => readFileSync(new URL(file, rulesDirectory), "utf8"))
  .join("\n");
const keysInSource = new Set([...source.matchAll(/"(rules\.[\w.]+)"/g)].map((match) => match[1]!));

describe("rule catalogue", () => {
  it("names every rule ID of spec §4–§6 with its handbook section", () => {
    expect(Object.keys(RULE_SECTIONS).sort()).toEqual(
      [
        ...["PLAN-1", "PLAN-2", "PLAN-3", "PLAN-4", "PLAN-5", "PLAN-6", "COMMIT-1", "COMMIT-2", "COMMIT-3"],
        ...["MOD-1", "MOD-2", "MILESTONE-1", "APPLY-1", "APPLY-2"],
        ...[
          "INACT-1",
          "INACT-2",
          "INACT-3",
          "INACT-4",
          "VOL-1",
          "REACT-1",
          "PROB-1",
          "PROB-2",
          "PROB-3",
          "REVOKE-1",
          "OVERRIDE",
        ],
        ...[
          "DUE-UPDATE",
          "DUE-PROGRESS",
          "DUE-PLAN-NEW",
          "DUE-PLAN-NEXT",
          "DUE-ASSESS-INITIAL",
          "DUE-ASSESS-END",
        ],
        ...["DUE-ASSESS-FINAL", "DUE-MILESTONE", "DUE-MEETINGS", "DUE-MOD-WINDOW", "DUE-PROBATION"],
      ].sort(),
    );
    expect(RULE_SECTIONS["INACT-3"]).toBe("§4.1.3");
  });
});

describe("rules messages", () => {
  it("every message key the engine uses exists, in every language", () => {
    expect(keysInSource.size).toBeGreaterThan(60);
    for (const key of keysInSource) expect(hasMessage(key), key).toBe(true);
  });

  it("every text of the table is used by the engine", () => {
    expect(Object.keys(rulesMessages).filter((key) => !keysInSource.has(key))).toEqual([]);
  });

  it("renders what the engine produces with every placeholder filled, in every language", () => {
    const produced: { messageKey: string; params: Record<string, string | number> }[] = [];
    const scenarios = [
      memberFacts(),
      memberFacts({ updates: [] }),
      memberFacts({
        member: { firstPlanDue: "2025-09-30" },
        plans: [],
        commitments: [],
        milestones: [],
        updates: [],
      }),
      memberFacts({ plans: [plan({ participationSpaceOn: null })], endorsements: [], meetings: [] }),
      memberFacts({ commitments: [commitment({ status: "completed", completedOn: "2026-05-01" })] }),
      memberFacts({ updates: [], decisions: [voluntaryInactivity("2026-08-01", null)] }),
    ];
    for (const facts of scenarios) {
      for (const day of [
        "2025-10-01",
        "2026-01-01",
        "2026-04-15",
        "2026-06-30",
        "2026-07-01",
        "2027-01-01",
        "2028-05-01",
      ]) {
        const evaluation = evaluateMember(facts, day);
        produced.push(...evaluation.reasons, ...evaluation.dueItems, ...evaluation.alerts);
      }
      produced.push(...statusTimeline(facts, "2025-01-01", "2028-12-31"));
    }
    produced.push(
      ...validatePlanPeriod({ periodStart: "2026-01-01", periodEnd: "x", mandateEnd: null }),
      ...validatePlanPeriod({ periodStart: "2026-01-01", periodEnd: "2035-01-01", mandateEnd: null }),
      ...validatePlanPeriod({ periodStart: "2026-01-01", periodEnd: "2029-01-01", mandateEnd: "2029-01-31" }),
      ...validateCoalition({
        members: [{ id: "a", country: "MX", mandateEnd: "2027-01-31" }],
        pointOfContactIds: [],
        monitoringBodyIds: [],
        periodStart: "2026-01-01",
        periodEnd: "2027-06-30",
        commitments: [{ code: "a1", endDate: "2027-06-30", owners: ["a"] }],
      }),
      ...validateCommitment(
        {
          title: "",
          startDate: "2026-01-01",
          endDate: "2026-06-30",
          leadAgency: null,
          problem: null,
          action: null,
          policyAreas: ["nope"],
          sectors: [],
          ogpValues: [],
          resourcesSecured: null,
          milestones: [{ startMonth: "2026-05", endMonth: "2026-02" }],
        },
        { planEnd: "2026-05-31", addedLaterOn: "2026-02-01" },
      ),
      ...validateModification({
        proposedOn: "2027-01-01",
        commitmentSubmittedOn: "2026-01-01",
        decision: "approved",
        approvals: [],
      }),
      ...validatePlanLanguage({ language: "es", englishFields: { title: "" } }),
      ...validateApplication({
        appliedOn: "2026-01-01",
        mandateEnd: "2026-12-31",
        letter: {
          pages: 5,
          language: "fr",
          signedByHeadOfGovernment: false,
          signedByDelegatedSeniorOfficial: false,
          nonGovernmentSignatories: 0,
        },
      }),
    );
    const keys = new Set(produced.map((item) => item.messageKey));
    expect(keys.size).toBeGreaterThan(40);
    for (const { messageKey, params } of produced) {
      for (const language of LANGUAGES) {
        const text = t(language, messageKey, params);
        expect(text, `${language} ${messageKey}`).not.toMatch(/\{\w+\}/);
        expect(text, `${language} ${messageKey}`).not.toBe(messageKey);
      }
    }
  });
});
