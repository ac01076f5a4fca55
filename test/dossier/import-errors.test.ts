import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { importDossier } from "../../src/db/repositories/dossier-import.js";
import type { DossierProblem } from "../../src/domain/dossier/problems.js";
import { freshDatabase } from "../support/database.js";
import { minimalDocument, totalRows } from "./fixtures.js";

const actor = { personId: null, label: "test" };
const COMMITMENT = "$.members[0].plans[0].commitments[0]";

describe("importDossier with an invalid document", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  /** Imports, expects failure, checks that nothing at all was written, and returns the problems. */
  async function problemsOf(document: unknown): Promise<DossierProblem[]> {
    const result = await importDossier(handle.db, document, actor);
    expect(await totalRows(handle.db)).toBe(0);
    if (result.ok) throw new Error("the import unexpectedly succeeded");
    return result.problems;
  }

  it("accepts the unbroken fixture, so each test below fails for its own change only", async () => {
    expect((await importDossier(handle.db, minimalDocument(), actor)).ok).toBe(true);
  });

  it("reports a code that is not in its vocabulary", async () => {
    const document = minimalDocument();
    document.members[0].plans[0].commitments[0].policyAreas = ["open_datta"];
    document.organizations[0].country = "XK";

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.organizations[0].country",
        message: "expected an ISO 3166-1 alpha-2 country code in capitals, e.g. MX",
      },
      {
        path: `${COMMITMENT}.policyAreas[0]`,
        message: expect.stringContaining('expected one of "audits_controls"'),
      },
    ]);
  });

  it("reports a missing required field as required, whatever its type", async () => {
    const document = minimalDocument();
    delete document.members[0].name;
    delete document.members[0].country;
    delete document.members[0].plans[0].commitments[0].startDate;

    expect(await problemsOf(document)).toEqual([
      { path: "$.members[0].name", message: "required" },
      { path: "$.members[0].country", message: "required" },
      { path: `${COMMITMENT}.startDate`, message: "required" },
    ]);
  });

  it("reports every unknown field at its own path", async () => {
    const document = minimalDocument();
    document.members[0].nmae = "Example Town";
    document.members[0].plans[0].commitments[0].milestones[1].owner = "someone";

    const problems = await problemsOf(document);
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "$.members[0].nmae", message: "unknown field" },
        { path: `${COMMITMENT}.milestones[1].owner`, message: "unknown field" },
      ]),
    );
  });

  it("reports dates that are not on the calendar, months and instants included", async () => {
    const document = minimalDocument();
    document.members[0].plans[0].commitments[0].startDate = "2026-02-30";
    document.members[0].plans[0].commitments[0].milestones[0].endMonth = "2025-13";
    document.members[0].plans[0].commitments[0].updates[0].postedAt = "2025-06-20 17:00";

    expect(await problemsOf(document)).toEqual([
      { path: `${COMMITMENT}.startDate`, message: "expected a calendar date YYYY-MM-DD" },
      { path: `${COMMITMENT}.milestones[0].endMonth`, message: "expected a month YYYY-MM" },
      {
        path: `${COMMITMENT}.updates[0].postedAt`,
        message: "expected an ISO 8601 instant with Z or an offset, e.g. 2026-03-31T17:00:00Z",
      },
    ]);
  });

  it("reports a time zone that is not an IANA zone", async () => {
    const document = minimalDocument();
    document.members[0].timeZone = "Mars/Olympus_Mons";
    document.persons[0].timeZone = "+01:00";

    expect(await problemsOf(document)).toEqual([
      { path: "$.persons[0].timeZone", message: "expected an IANA time zone, e.g. America/Mexico_City" },
      { path: "$.members[0].timeZone", message: "expected an IANA time zone, e.g. America/Mexico_City" },
    ]);
  });

  it("reports references to entries the document does not have", async () => {
    const document = minimalDocument();
    document.persons[0].organization = "Town of Elsewhere";
    document.persons[0].roles.push({ role: "civil_society", member: "nowhere" });
    document.members[0].plans[0].commitments[0].updates[0].author = "nobody@example.org";

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.persons[0].organization",
        message: "unknown organization 'Town of Elsewhere': no such entry in $.organizations",
      },
      {
        path: "$.persons[0].roles[1].member",
        message: "unknown member 'nowhere': no such entry in $.members",
      },
      {
        path: `${COMMITMENT}.updates[0].author`,
        message: "unknown person 'nobody@example.org': no such entry in $.persons",
      },
    ]);
  });

  it("reports a natural key used twice", async () => {
    const document = minimalDocument();
    document.persons.push({ name: "Ana Again", email: "ana@example.org", language: "en" });
    document.members[0].plans[0].commitments[0].milestones[1].position = 1;

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.persons[1].email",
        message: "duplicate person email 'ana@example.org' (first at $.persons[0].email)",
      },
      {
        path: `${COMMITMENT}.milestones[1].position`,
        message: `duplicate milestone position '1' (first at ${COMMITMENT}.milestones[0].position)`,
      },
    ]);
  });

  it("reports more than two policy areas and a repeated one", async () => {
    const tooMany = minimalDocument();
    tooMany.members[0].plans[0].commitments[0].policyAreas = ["open_data", "tax", "lobbying"];
    expect(await problemsOf(tooMany)).toEqual([
      { path: `${COMMITMENT}.policyAreas`, message: "Too big: expected array to have <=2 items" },
    ]);

    const repeated = minimalDocument();
    repeated.members[0].plans[0].commitments[0].policyAreas = ["open_data", "open_data"];
    expect(await problemsOf(repeated)).toEqual([
      {
        path: `${COMMITMENT}.policyAreas[1]`,
        message: `duplicate policy area 'open_data' (first at ${COMMITMENT}.policyAreas[0])`,
      },
    ]);
  });

  it("reports a coalition whose members are not of one country (PLAN-4)", async () => {
    const document = minimalDocument();
    document.members.push({
      ...structuredClone(document.members[0]),
      slug: "other-town",
      code: "frotw",
      country: "FR",
      timeZone: "Europe/Paris",
      plans: [],
    });
    document.coalitions = [
      { slug: "example-coalition", name: "Example", country: "MX", members: ["example-town", "other-town"] },
    ];

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.coalitions[0].members[1]",
        message:
          "member 'other-town' is in FR but the coalition is in MX: coalition members share one country",
        ruleId: "PLAN-4",
      },
    ]);
  });

  it("reports a coalition of one member (PLAN-4)", async () => {
    const document = minimalDocument();
    document.coalitions = [{ slug: "alone", name: "Alone", country: "MX", members: ["example-town"] }];

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.coalitions[0].members",
        message: "a coalition has 2 to 4 members; this one has 1",
        ruleId: "PLAN-4",
      },
    ]);
  });

  it("reports problems deep inside progress updates", async () => {
    const document = minimalDocument();
    const update = document.members[0].plans[0].commitments[0].updates[0];
    update.completionPct = 150;
    update.milestoneChanges.push({ milestone: 7, from: "not_started", to: "complete" });
    update.challenges = [{ code: "bad_weather" }];

    expect(await problemsOf(document)).toEqual([
      { path: `${COMMITMENT}.updates[0].completionPct`, message: "Too big: expected number to be <=100" },
      {
        path: `${COMMITMENT}.updates[0].challenges[0].code`,
        message: expect.stringContaining('expected one of "funding_change"'),
      },
    ]);

    // Once the structure is right, the unknown milestone surfaces too.
    update.completionPct = 100;
    update.challenges = [{ code: "other", detail: "rain" }];
    expect(await problemsOf(document)).toEqual([
      {
        path: `${COMMITMENT}.updates[0].milestoneChanges[1].milestone`,
        message: `unknown milestone position '7': no such entry in ${COMMITMENT}.milestones`,
      },
    ]);
  });

  it("reports structural and reference problems of different entries together", async () => {
    const document = minimalDocument();
    document.members[0].plans[0].commitments[0].sectors = ["space"];
    document.persons.push({
      name: "Bea",
      email: "bea@example.org",
      language: "en",
      roles: [{ role: "civil_society", member: "missing-town" }],
    });

    expect(await problemsOf(document)).toEqual([
      { path: `${COMMITMENT}.sectors[0]`, message: expect.stringContaining("expected one of") },
      {
        path: "$.persons[1].roles[0].member",
        message: "unknown member 'missing-town': no such entry in $.members",
      },
    ]);
  });

  it("does not call a reference to a broken entry unknown", async () => {
    const document = minimalDocument();
    // The member is broken, but it is declared: the PoC role naming it is not a second problem.
    document.members[0].jurisdictionType = "village";

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.members[0].jurisdictionType",
        message: expect.stringContaining('expected one of "municipality"'),
      },
    ]);
  });

  it("reports a role scoped wrongly for the role", async () => {
    const document = minimalDocument();
    document.persons[0].roles = [
      { role: "support_unit", member: "example-town" },
      { role: "national_coordinator" },
    ];

    expect(await problemsOf(document)).toEqual([
      { path: "$.persons[0].roles[0].member", message: "unknown field" },
      { path: "$.persons[0].roles[1].country", message: "required" },
    ]);
  });

  it("reports shapes the database would refuse, before it is asked", async () => {
    const document = minimalDocument();
    const plan = document.members[0].plans[0];
    plan.periodEnd = plan.periodStart;
    plan.evidence = [{ title: "Nowhere", kind: "other", addedAt: "2025-03-01T10:00:00Z" }];
    plan.commitments[0].milestones[0].endMonth = "2025-01";
    plan.assessments = [{ kind: "end_of_commitment" }];

    expect(await problemsOf(document)).toEqual([
      {
        path: "$.members[0].plans[0].assessments[0].commitment",
        message: "required for end_of_commitment assessments",
      },
      { path: "$.members[0].plans[0].evidence[0].url", message: "evidence needs a url or a fileRef" },
      { path: `${COMMITMENT}.milestones[0].endMonth`, message: "must not be before startMonth" },
      { path: "$.members[0].plans[0].periodEnd", message: "must be after periodStart" },
    ]);
  });

  it("reports a commitment code that does not start with its member's code", async () => {
    const document = minimalDocument();
    document.members[0].plans[0].commitments[0].code = "mxzzz0001";

    expect(await problemsOf(document)).toEqual([
      { path: `${COMMITMENT}.code`, message: "must be the member code 'mxext' followed by four digits" },
    ]);
  });

  it("reports a document that is not a dossier at all", async () => {
    expect(await problemsOf({ format: "something-else", version: 2, extra: true })).toEqual([
      { path: "$.format", message: 'Invalid input: expected "ogp-local-dossier"' },
      { path: "$.version", message: "Invalid input: expected 1" },
      { path: "$.extra", message: "unknown field" },
    ]);
    expect(await problemsOf("not json object")).toEqual([
      { path: "$", message: "Invalid input: expected object, received string" },
    ]);
  });
});
