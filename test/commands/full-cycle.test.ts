import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandInput, CommandResult } from "../../src/commands/index.js";
import { systemActor } from "../../src/db/audit.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { createLinkCode } from "../../src/db/repositories/link-codes.js";
import {
  actionPlans,
  alertsOutbox,
  applications,
  assessments,
  auditLog,
  chatIdentities,
  commitmentOgpValues,
  commitmentPolicyAreas,
  commitmentSectors,
  commitments,
  endorsements,
  members,
  milestones,
  organizations,
  persons,
  progressUpdates,
  roleAssignments,
} from "../../src/db/schema/index.js";
import type { FormDefinition } from "../../src/messages/model.js";
import { freshDatabase } from "../support/database.js";
import { TEAM } from "./fixtures.js";
import { commandRunner, control, said } from "./harness.js";

/**
 * The "Done when": the demo is driven through a full cycle — apply, accept, draft, add
 * commitments, submit, endorse, update, complete, assess — from chat alone. Every step runs through
 * the command core as a Slack user, on one database that starts with nothing but two people linked
 * in Slack: Dan (Support Unit, the only role seeded) and Wendy (who applies for Wellington and becomes
 * its point of contact). The Support Unit registers from chat Cara (Kiwi Civic Trust, civil society)
 * and Mo (Wellington Watch, monitoring body) with their organizations; they link their Slack
 * accounts with a code, and the Support Unit grants them their roles in chat. The steps share the database
 * and run in order; each checks what the caller is told and what is stored.
 *
 * Wellington keeps Pacific/Auckland's calendar: 2026-03-10T15:00Z is already 11 March there.
 */

const SLACK = {
  supportUnit: "U0DANSU",
  applicant: "U0WENDYAP",
  civilSociety: "U0CARACS",
  monitor: "U0MOMB",
} as const;

const WENDY_EMAIL = "wendy@wellington.example";

const APPLICATION = {
  name: "Wellington",
  country: "NZ",
  jurisdiction_type: "city",
  // APPLY-1: at least 16 months of mandate left on 2026-03-11.
  mandate_end: "2028-12-31",
  time_zone: "Pacific/Auckland",
  letter_url: "https://wellington.example/letter.pdf",
  letter_pages: "2",
  letter_language: "en",
  signed_by: "head_of_government",
  signatories: "Cara Civic, Kiwi Civic Trust",
  // Wendy names herself the point of contact: accepting the application makes her person the PoC.
  contact_name: "Wendy Applicant",
  contact_email: WENDY_EMAIL,
  language: "en",
};

const PLAN = {
  title: "Wellington Open Government Plan 2026–2028",
  period_start: "2026-04-01",
  // PLAN-1: ends at least 2 months before the mandate (2028-12-31).
  period_end: "2028-03-31",
  long_term_vision: "A city whose decisions residents can see and shape.",
  participation_space: "https://korero.wellington.example",
};

/** Annex 2 over the commitment form's three steps (Slack submits them in one modal). */
const COMMITMENT = {
  title: "Open budget hearings",
  short_title: "Budget hearings",
  start_date: "2026-04-01",
  end_date: "2027-12-31",
  lead_agency: "Finance Office",
  problem: "Residents cannot follow how the budget is decided.",
  action: "Hold every budget hearing in public and stream it.",
  expected_results: "Residents follow and question budget choices.",
  national_alignment: "",
  policy_areas: ["fiscal_openness"],
  sectors: ["public_services"],
  ogp_values: ["civic_participation", "public_accountability"],
  resources_secured: "partially",
};

const MILESTONE = {
  description: "First public budget hearing streamed",
  start_month: "2026-04",
  end_month: "2026-12",
  responsible_organization: "Finance Office",
};

/** The clock the commands read; steps move it forward where the rules need time to pass. */
let clock = new Date("2026-03-10T15:00:00Z");
let handle: DatabaseHandle;
let run: ReturnType<typeof commandRunner>;
const ids = {
  supportUnit: "",
  applicant: "",
  civilSociety: "",
  monitor: "",
  civicTrust: "",
  member: "",
  plan: "",
  commitment: "",
  milestone: "",
};

beforeAll(async () => {
  handle = await freshDatabase();
  run = commandRunner(handle.db, () => clock);
  // Only Dan and Wendy exist at first: Cara and Mo, with their organizations, are registered from
  // chat by the Support Unit (step 3a), then link their chat accounts with a code.
  const people = await handle.db
    .insert(persons)
    .values([
      { name: "Dan Support", email: "dan@ogp.example" },
      { name: "Wendy Applicant", email: WENDY_EMAIL },
    ])
    .returning();
  const [dan, wendy] = people.map((person) => person.id) as [string, string];
  Object.assign(ids, { supportUnit: dan, applicant: wendy });
  await handle.db.insert(roleAssignments).values({ personId: dan, role: "support_unit", scope: "global" });
  await handle.db.insert(chatIdentities).values(
    (["supportUnit", "applicant"] as const).map((who) => ({
      personId: ids[who],
      platform: "slack",
      workspaceId: TEAM,
      userId: SLACK[who],
    })),
  );
});
afterAll(() => handle.close());

function formOf(result: CommandResult): FormDefinition {
  if (result.kind !== "form") throw new Error(`expected a form, got ${result.kind}: ${said(result)}`);
  return result.form;
}

/** Opens the form a command answers with, then submits these answers, as the platform would. */
async function fill(userId: string, command: string, answers: Record<string, string | string[]>) {
  const form = formOf(await run(userId, command));
  const input: CommandInput = { kind: "form", formId: form.formId, context: form.context, values: answers };
  return run(userId, input);
}

const plan = async () => (await handle.db.select().from(actionPlans).where(eq(actionPlans.id, ids.plan)))[0]!;
const commitment = async () =>
  (await handle.db.select().from(commitments).where(eq(commitments.id, ids.commitment)))[0]!;

describe("the demo's full cycle, from chat alone", () => {
  it("1. the applicant applies with the form (APPLY-1, APPLY-2): the application is pending", async () => {
    const result = await fill(SLACK.applicant, "apply", APPLICATION);
    expect(result.status, said(result)).toBe("ok");
    const rows = await handle.db.select().from(applications);
    expect(rows).toMatchObject([
      {
        jurisdictionName: "Wellington",
        country: "NZ",
        timeZone: "Pacific/Auckland",
        submittedOn: "2026-03-11",
        mandateEnd: "2028-12-31",
        letterPages: 2,
        signedByHeadOfGovernment: true,
        nonGovernmentSignatories: [{ name: "Cara Civic", organization: "Kiwi Civic Trust" }],
        contactEmail: WENDY_EMAIL,
        appliedBy: ids.applicant,
        outcome: "pending",
        memberId: null,
      },
    ]);
    expect(said(result)).toContain(
      `The application of Wellington (NZ) to join OGP Local is recorded, reference ${rows[0]!.id.slice(0, 8)}.`,
    );
    expect(await handle.db.select().from(members)).toEqual([]);
  });

  it("2. the Support Unit accepts it: the member is created with the applicant as point of contact", async () => {
    const [application] = await handle.db.select().from(applications);
    const ref = application!.id.slice(0, 8);
    const result = await run(SLACK.supportUnit, `application accept ${ref}`);
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toContain(
      `Application ${ref} of Wellington (NZ) is accepted by Dan Support, 11 Mar 2026, 04:00 GMT+13: the member wellington (code nzwel) is created, with Wendy Applicant as its point of contact.`,
    );
    const [member] = await handle.db.select().from(members);
    expect(member).toMatchObject({
      slug: "wellington",
      code: "nzwel",
      name: "Wellington",
      timeZone: "Pacific/Auckland",
      joinedOn: "2026-03-11",
      mandateEnd: "2028-12-31",
      status: "active",
    });
    ids.member = member!.id;
    // No second Wendy: the applicant's own person holds the point of contact role.
    expect(await handle.db.$count(persons)).toBe(2);
    expect(
      await handle.db.select().from(roleAssignments).where(eq(roleAssignments.memberId, member!.id)),
    ).toEqual([
      expect.objectContaining({ personId: ids.applicant, role: "point_of_contact", scope: "member" }),
    ]);
    expect((await handle.db.select().from(applications))[0]).toMatchObject({
      outcome: "accepted",
      memberId: member!.id,
      decidedBy: ids.supportUnit,
    });
    const told = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, "application.decided"));
    expect(told).toMatchObject([{ platform: "slack", target: SLACK.applicant, isDirectMessage: true }]);
  });

  it("3a. the Support Unit registers Kiwi Civic Trust and Wellington Watch, then Cara and Mo with them", async () => {
    const unknown = await run(
      SLACK.supportUnit,
      "register person Cara Civic cara@kiwicivic.example en Kiwi Civic Trust",
    );
    expect(said(unknown)).toContain("Register it first with /ogp register organization KIND NAME");
    expect(await handle.db.$count(persons)).toBe(2);

    const trust = await run(SLACK.supportUnit, "register organization civil_society_org Kiwi Civic Trust");
    expect(said(trust)).toContain(
      "Kiwi Civic Trust is registered as an organization (Civil society organization).",
    );
    const watch = await run(SLACK.supportUnit, "register organization monitoring_body Wellington Watch");
    expect(said(watch)).toContain("Wellington Watch is registered as an organization (Monitoring body).");
    const cara = await run(
      SLACK.supportUnit,
      "register person Cara Civic cara@kiwicivic.example en Kiwi Civic Trust",
    );
    expect(said(cara)).toContain("They speak for Kiwi Civic Trust (Civil society organization).");
    // Mo is first registered without one, then given Wellington Watch.
    await run(SLACK.supportUnit, "register person Mo Monitor mo@wellingtonwatch.example");
    const mo = await run(
      SLACK.supportUnit,
      "register person Mo Monitor mo@wellingtonwatch.example Wellington Watch",
    );
    expect(said(mo)).toBe(
      "Mo Monitor (mo@wellingtonwatch.example) now speaks for Wellington Watch (Monitoring body); nothing else about them changed.",
    );

    const registered = await handle.db
      .select({
        id: persons.id,
        email: persons.email,
        organization: organizations.name,
        kind: organizations.kind,
      })
      .from(persons)
      .innerJoin(organizations, eq(organizations.id, persons.organizationId))
      .orderBy(asc(persons.email));
    expect(registered.map(({ email, organization, kind }) => [email, organization, kind])).toEqual([
      ["cara@kiwicivic.example", "Kiwi Civic Trust", "civil_society_org"],
      ["mo@wellingtonwatch.example", "Wellington Watch", "monitoring_body"],
    ]);
    const [civicTrust] = await handle.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "Kiwi Civic Trust"));
    Object.assign(ids, {
      civilSociety: registered[0]!.id,
      monitor: registered[1]!.id,
      civicTrust: civicTrust!.id,
    });

    // Each links their Slack account with the code the Support Unit gives them (`link-code create`).
    for (const [who, email] of [
      ["civilSociety", "cara@kiwicivic.example"],
      ["monitor", "mo@wellingtonwatch.example"],
    ] as const) {
      const { code } = await createLinkCode(handle.db, email, 24, systemActor("cli"), clock);
      const linked = await run(SLACK[who], `link ${code}`);
      expect(linked.status, said(linked)).toBe("ok");
    }
    const identities = await handle.db.select().from(chatIdentities).orderBy(asc(chatIdentities.userId));
    expect(identities.filter((row) => [ids.civilSociety, ids.monitor].includes(row.personId))).toHaveLength(
      2,
    );
  });

  it("3b. the Support Unit gives Wellington its civil society and monitoring body", async () => {
    const civil = await run(
      SLACK.supportUnit,
      "register role cara@kiwicivic.example civil_society wellington",
    );
    expect(said(civil)).toBe("Cara Civic now holds the role Civil society for Wellington.");
    const monitoring = await run(
      SLACK.supportUnit,
      "register role mo@wellingtonwatch.example monitoring_body nzwel",
    );
    expect(said(monitoring)).toBe("Mo Monitor now holds the role Monitoring body for Wellington.");
    const roles = await handle.db
      .select()
      .from(roleAssignments)
      .where(eq(roleAssignments.memberId, ids.member))
      .orderBy(asc(roleAssignments.role));
    expect(roles.map((row) => [row.role, row.personId])).toEqual([
      ["civil_society", ids.civilSociety],
      ["monitoring_body", ids.monitor],
      ["point_of_contact", ids.applicant],
    ]);
  });

  it("4a. the point of contact drafts the plan (Annex 1)", async () => {
    const result = await fill(SLACK.applicant, "plan draft", PLAN);
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toContain(
      "Plan 1 of Wellington, “Wellington Open Government Plan 2026–2028”, is recorded as a draft.",
    );
    const [row] = await handle.db.select().from(actionPlans);
    expect(row).toMatchObject({
      memberId: ids.member,
      number: 1,
      title: PLAN.title,
      periodStart: "2026-04-01",
      periodEnd: "2028-03-31",
      longTermVision: PLAN.long_term_vision,
      participationSpacesOnline: PLAN.participation_space,
      status: "draft",
      recordedOn: "2026-03-11",
      submittedOn: null,
    });
    ids.plan = row!.id;
  });

  it("4b. adds a commitment over the three-step Annex 2 form, then its milestone", async () => {
    const added = await fill(SLACK.applicant, "commitment add", COMMITMENT);
    expect(added.status, said(added)).toBe("ok");
    expect(said(added)).toContain(
      "Commitment nzwel0001, “Open budget hearings”, is added to “Wellington Open Government Plan 2026–2028”.",
    );
    expect(said(added)).toContain("Rule COMMIT-2 (Annex 2): a commitment has at least one milestone.");
    const [row] = await handle.db.select().from(commitments);
    expect(row).toMatchObject({
      planId: ids.plan,
      code: "nzwel0001",
      number: 1,
      title: "Open budget hearings",
      shortTitle: "Budget hearings",
      startDate: "2026-04-01",
      endDate: "2027-12-31",
      leadAgency: { office: "Finance Office" },
      problem: COMMITMENT.problem,
      action: COMMITMENT.action,
      resourcesSecured: "partially",
      status: "draft",
    });
    ids.commitment = row!.id;
    const classified = async (table: typeof commitmentPolicyAreas | typeof commitmentSectors) =>
      (await handle.db.select().from(table).where(eq(table.commitmentId, ids.commitment))).map(
        (entry) => entry.code,
      );
    expect(await classified(commitmentPolicyAreas)).toEqual(["fiscal_openness"]);
    expect(await classified(commitmentSectors)).toEqual(["public_services"]);
    expect(
      (
        await handle.db
          .select()
          .from(commitmentOgpValues)
          .where(eq(commitmentOgpValues.commitmentId, ids.commitment))
      )
        .map((entry) => entry.code)
        .sort(),
    ).toEqual(["civic_participation", "public_accountability"]);

    const milestone = await fill(SLACK.applicant, "milestone add nzwel0001", MILESTONE);
    expect(milestone.status, said(milestone)).toBe("ok");
    expect(said(milestone)).toContain("Milestone 1 of nzwel0001 is added (April 2026 – December 2026).");
    const [stored] = await handle.db.select().from(milestones);
    expect(stored).toMatchObject({
      commitmentId: ids.commitment,
      position: 1,
      description: MILESTONE.description,
      startMonth: "2026-04",
      endMonth: "2026-12",
      responsibleOrganization: "Finance Office",
      status: "not_started",
    });
    ids.milestone = stored!.id;
  });

  it("5. submitting without a civil-society endorsement is refused citing PLAN-5, and asks civil society", async () => {
    const result = await run(SLACK.applicant, "plan submit");
    expect(result.status).toBe("refused");
    expect(said(result)).toContain(
      "“Wellington Open Government Plan 2026–2028” cannot be submitted yet (1 problem(s)):",
    );
    expect(said(result)).toContain(
      "Rule PLAN-5 (§3.3.1): the plan needs at least 1 endorsement(s) by non-government organizations before it is submitted.",
    );
    // The endorsement was the only thing missing: the requests went out with the refusal.
    expect(said(result)).toContain("Asked by direct message: Cara Civic.");
    expect(await plan()).toMatchObject({ status: "co_creation", submittedOn: null });
    expect(await commitment()).toMatchObject({ status: "draft", submittedOn: null });
    const requests = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.kind, "PLAN-5"));
    expect(requests).toMatchObject([
      { platform: "slack", target: SLACK.civilSociety, isDirectMessage: true },
    ]);
    expect(JSON.stringify(requests[0]!.payload)).toContain(
      `"invoke":{"command":"endorse","args":["${ids.plan}"]}`,
    );
  });

  it("6. civil society endorses from the request, and the plan is submitted with its commitments active", async () => {
    const asked = await run(SLACK.applicant, "plan request-endorsement");
    expect(said(asked)).toContain("Asked before: Cara Civic.");

    const question = await run(SLACK.civilSociety, "endorse wellington");
    expect(said(question)).toContain(
      "Endorse “Wellington Open Government Plan 2026–2028” on behalf of Kiwi Civic Trust?",
    );
    expect(await handle.db.$count(endorsements)).toBe(0);
    const endorsed = await run(SLACK.civilSociety, control("endorse", "confirm", ids.plan));
    expect(endorsed.status, said(endorsed)).toBe("ok");
    expect(said(endorsed)).toContain(
      "Kiwi Civic Trust endorsed “Wellington Open Government Plan 2026–2028” — by Cara Civic",
    );
    expect(await handle.db.select().from(endorsements)).toMatchObject([
      {
        planId: ids.plan,
        organizationId: ids.civicTrust,
        personId: ids.civilSociety,
        source: "slack",
        withdrawnAt: null,
      },
    ]);

    const submitted = await run(SLACK.applicant, "plan submit");
    expect(submitted.status, said(submitted)).toBe("ok");
    expect(said(submitted)).toContain(
      "Wellington submitted the action plan “Wellington Open Government Plan 2026–2028” on 11 Mar 2026.",
    );
    expect(said(submitted)).toContain("Kiwi Civic Trust");
    expect(await plan()).toMatchObject({ status: "submitted", submittedOn: "2026-03-11" });
    expect(await commitment()).toMatchObject({ status: "active", submittedOn: "2026-03-11" });
  });

  it("7a. after the plan has started, the point of contact posts a progress update with the form", async () => {
    clock = new Date("2026-05-20T22:30:00Z"); // 21 May, 10:30 in Wellington
    const result = await fill(SLACK.applicant, "update nzwel0001", {
      milestone: ids.milestone,
      milestone_status: "in_progress",
      completion: "60",
      narrative: "Two budget hearings were streamed.",
      delay_reasons: "",
      next_steps: "Stream the committee hearings too.",
      challenges: [],
      evidence: "https://wellington.example/hearings",
    });
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toMatch(/Your update on nzwel0001 is posted \(reference [0-9a-f]{8}\)\./);
    expect(said(result)).toContain("Not started → In progress");
    expect(said(result)).toContain("Substantial (60 %)");
    expect(await handle.db.select().from(progressUpdates)).toMatchObject([
      {
        commitmentId: ids.commitment,
        milestoneId: ids.milestone,
        authorId: ids.applicant,
        source: "slack",
        postedAt: clock,
        narrative: "Two budget hearings were streamed.",
        completionPct: 60,
        nextSteps: "Stream the committee hearings too.",
      },
    ]);
  });

  // A plan submitted from chat is in implementation once its period has begun, as the rules engine
  // counts it: no one has to move it to `implementation` by hand.
  it("7b. marks the commitment completed, completed_on in Wellington's calendar", async () => {
    clock = new Date("2026-06-30T13:00:00Z"); // already 1 July, 01:00 in Wellington
    const result = await run(SLACK.applicant, "complete nzwel0001");
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toContain("nzwel0001 · Open budget hearings is marked completed on 1 Jul 2026.");
    expect(await commitment()).toMatchObject({ status: "completed", completedOn: "2026-07-01" });
  });

  it("8. the monitoring body submits the plan's initial assessment with the form", async () => {
    clock = new Date("2026-06-30T13:00:00Z"); // already 1 July, 01:00 in Wellington
    const form = formOf(await run(SLACK.monitor, "assessment submit"));
    expect(form.context).toEqual({ planId: ids.plan });
    // The date offered is today in Wellington's calendar.
    expect(form.steps[0]!.fields.find((field) => field.name === "submitted_on")).toMatchObject({
      initial: "2026-07-01",
    });
    const result = await run(SLACK.monitor, {
      kind: "form",
      formId: "assessment",
      context: form.context,
      values: {
        kind: "initial",
        commitment: "",
        report_url: "https://wellingtonwatch.example/initial",
        submitted_on: "2026-07-01",
      },
    });
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toContain(
      "Initial assessment of “Wellington Open Government Plan 2026–2028” recorded, submitted on 1 Jul 2026.",
    );
    // DUE-ASSESS-INITIAL: two months after the submission (11 Mar 2026).
    expect(said(result)).toContain("Rule DUE-ASSESS-INITIAL (§3.5.1): the item due on 11 May 2026 is done.");
    expect(await handle.db.select().from(assessments)).toMatchObject([
      {
        kind: "initial",
        planId: ids.plan,
        commitmentId: null,
        dueOn: "2026-05-11",
        submittedOn: "2026-07-01",
        reportUrl: "https://wellingtonwatch.example/initial",
      },
    ]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entity, "assessments"));
    expect(audit).toMatchObject([{ action: "insert", source: "slack", actorPersonId: ids.monitor }]);
  });

  it("8b. the monitoring body submits nzwel0001's end-of-commitment assessment after its completion", async () => {
    clock = new Date("2026-07-20T01:00:00Z");
    const form = formOf(await run(SLACK.monitor, "assessment submit wellington"));
    const result = await run(SLACK.monitor, {
      kind: "form",
      formId: "assessment",
      context: form.context,
      values: {
        kind: "end_of_commitment",
        commitment: ids.commitment,
        report_url: "https://wellingtonwatch.example/end",
        submitted_on: "2026-07-20",
      },
    });
    expect(result.status, said(result)).toBe("ok");
    // DUE-ASSESS-END (§3.5.2): one month after the completion on 1 July.
    expect(said(result)).toContain("DUE-ASSESS-END");
    expect(
      await handle.db.select().from(assessments).where(eq(assessments.kind, "end_of_commitment")),
    ).toMatchObject([
      { planId: ids.plan, commitmentId: ids.commitment, submittedOn: "2026-07-20", dueOn: "2026-08-01" },
    ]);
  });
});
