import { describe, expect, it } from "vitest";
import { DEMO_INTENDED_STATUSES, DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { dossierMemberFacts } from "../../src/domain/dossier/rules.js";
import { type Dossier, dossierSchema } from "../../src/domain/dossier/schema.js";
import { readDossier as readWith } from "../../src/domain/dossier/validate.js";
import { evaluateMember } from "../../src/domain/rules/index.js";
import { t } from "../../src/messages/i18n/index.js";
import { demoDocument, minimalDocument } from "./fixtures.js";

const readDossier = (document: unknown) =>
  readWith(document, (violation) => t("en", violation.messageKey, violation.params));

const PLAN = "$.members[0].plans[0]";
const COMMITMENT = `${PLAN}.commitments[0]`;

describe("handbook rules on a dossier", () => {
  it("reports a plan ending less than two months before the mandate ends (PLAN-1)", () => {
    const document = minimalDocument();
    document.members[0].mandateEnd = "2027-04-30";

    expect(readDossier(document).problems).toEqual([
      { path: `${PLAN}.periodEnd`, message: expect.stringContaining("Rule PLAN-1"), ruleId: "PLAN-1" },
    ]);
  });

  it("reports a submitted plan without a non-government endorsement (PLAN-5)", () => {
    const document = minimalDocument();
    document.members[0].plans[0].endorsements = [];

    expect(readDossier(document).problems).toEqual([
      { path: `${PLAN}.endorsements`, message: expect.stringContaining("Rule PLAN-5"), ruleId: "PLAN-5" },
    ]);
  });

  it("reports a commitment shorter than a year and a milestone outside it (COMMIT-1, MILESTONE-1)", () => {
    const document = minimalDocument();
    const commitment = document.members[0].plans[0].commitments[0];
    commitment.endDate = "2025-12-31";

    expect(readDossier(document).problems).toEqual([
      {
        path: `${COMMITMENT}.endDate`,
        message: expect.stringContaining("Rule COMMIT-1"),
        ruleId: "COMMIT-1",
      },
      {
        path: `${COMMITMENT}.milestones[1].startMonth`,
        message: expect.stringContaining("Rule MILESTONE-1"),
        ruleId: "MILESTONE-1",
      },
      {
        path: `${COMMITMENT}.milestones[1].endMonth`,
        message: expect.stringContaining("Rule MILESTONE-1"),
        ruleId: "MILESTONE-1",
      },
    ]);
  });

  it("reports a coalition with two points of contact (PLAN-4)", () => {
    const document = minimalDocument();
    const coalitionPlan = document.members[0].plans.pop();
    coalitionPlan.monitoringBody = "Example Civic Lab";
    document.members.push({ ...structuredClone(document.members[0]), slug: "next-town", code: "mxnxt" });
    document.coalitions = [
      {
        slug: "pair",
        name: "Pair",
        country: "MX",
        members: ["example-town", "next-town"],
        plans: [coalitionPlan],
      },
    ];
    document.persons.push({
      name: "Second PoC",
      email: "second@example.org",
      language: "es",
      roles: [{ role: "point_of_contact", member: "next-town" }],
    });

    expect(readDossier(document).problems).toEqual([
      { path: "$.coalitions[0]", message: expect.stringContaining("Rule PLAN-4"), ruleId: "PLAN-4" },
    ]);
  });

  it("waits for a structurally valid document before applying the rules", () => {
    const document = minimalDocument();
    document.members[0].plans[0].endorsements = [];
    document.members[0].website = "not a url";

    expect(readDossier(document).problems).toEqual([
      { path: "$.members[0].website", message: "expected an http(s) URL" },
    ]);
  });

  it("accepts the demo dossier", () => {
    expect(readDossier(demoDocument()).problems).toEqual([]);
  });
});

describe("dossierMemberFacts", () => {
  const demo: Dossier = dossierSchema.parse(demoDocument());

  it("gives the rules engine the facts under which each demo member has its intended status", () => {
    for (const facts of dossierMemberFacts(demo)) {
      const intended = DEMO_INTENDED_STATUSES[facts.member.slug as keyof typeof DEMO_INTENDED_STATUSES];
      const evaluation = evaluateMember(facts, DEMO_REFERENCE_DATE);
      expect({ slug: facts.member.slug, status: evaluation.status, since: evaluation.since }).toEqual({
        slug: facts.member.slug,
        status: intended.status,
        since: intended.since,
      });
    }
  });
});
