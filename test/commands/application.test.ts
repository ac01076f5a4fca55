import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHomeView, type CommandInput, type CommandResult } from "../../src/commands/index.js";
import { systemActor } from "../../src/db/audit.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  applications,
  auditLog,
  members,
  persons,
  roleAssignments,
} from "../../src/db/schema/index.js";
import { createLogger } from "../../src/logging/logger.js";
import type { Post } from "../../src/messages/model.js";
import { submitApplications } from "../../src/services/submit-application.js";
import { createApp } from "../../src/web/app.js";
import { messageText, SUPPORT_CHANNEL, subscribeSupportUnit } from "../services/public-comment-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { commandRunner, control, said } from "./harness.js";

/** The apply form as a person fills it in (NOW is 2026-03-10): every answer APPLY-1 and APPLY-2 accept. */
const PORTO_ALEGRE = {
  name: "Porto Alegre",
  country: "BR",
  jurisdiction_type: "city",
  mandate_end: "2028-12-31",
  time_zone: "America/Sao_Paulo",
  letter_url: "https://poa.example/letter.pdf",
  letter_pages: "2",
  letter_language: "en",
  signed_by: "head_of_government",
  signatories: "Maria Silva, Cidade Aberta\nJoão Souza, Observatório Social, Porto Alegre",
  contact_name: "Lúcia Prefeitura",
  contact_email: "Lucia@POA.example",
  language: "en",
};

const applyForm = (values: Record<string, string>): CommandInput => ({
  kind: "form",
  formId: "apply",
  context: {},
  values,
});

const formErrors = (result: CommandResult): Record<string, string> => {
  if (result.kind !== "form_errors")
    throw new Error(`expected form errors, got ${result.kind}: ${said(result)}`);
  return result.errors;
};

/** Everything that says a write happened: the rows a refusal must leave as they were. */
async function writes(handle: DatabaseHandle) {
  const { db } = handle;
  return {
    applications: (await db.select().from(applications)).map((row) => row.outcome),
    members: (await db.select().from(members)).length,
    persons: (await db.select().from(persons)).length,
    roles: (await db.select().from(roleAssignments)).length,
    audit: (await db.select().from(auditLog)).length,
    outbox: (await db.select().from(alertsOutbox)).length,
  };
}

describe("apply (§1)", () => {
  let handle: DatabaseHandle;
  let run: ReturnType<typeof commandRunner>;
  let data: Seeded;

  beforeEach(async () => {
    handle = await freshDatabase();
    data = await seed(handle.db);
    await subscribeSupportUnit(handle.db, {
      platform: "slack",
      workspaceId: TEAM,
      channelId: SUPPORT_CHANNEL,
    });
    run = commandRunner(handle.db);
  });
  afterEach(() => handle.close());

  it("opens a form in steps a Discord modal holds, the caller proposed as point of contact", async () => {
    const result = await run(USERS.official, "apply");
    if (result.kind !== "form") throw new Error(`expected a form, got ${result.kind}`);
    expect(result.form.formId).toBe("apply");
    expect(result.form.steps.map((step) => step.title)).toEqual([
      "The locality",
      "Letter of commitment",
      "Point of contact",
    ]);
    for (const step of result.form.steps) expect(step.fields.length).toBeLessThanOrEqual(5);
    const contact = result.form.steps[2]!.fields;
    expect(contact.find((field) => field.name === "contact_name")).toMatchObject({ initial: "Bea Official" });
    expect(contact.find((field) => field.name === "contact_email")).toMatchObject({
      initial: "bea@springfield.example",
    });
  });

  it("asks an unlinked person to link first", async () => {
    expect((await run(USERS.unlinked, "apply")).status).toBe("unlinked");
  });

  it("records a pending application, audited, and asks the Support Unit's channels in the same transaction", async () => {
    const result = await run(USERS.official, applyForm(PORTO_ALEGRE));
    expect(result.status).toBe("ok");
    const [row] = await handle.db.select().from(applications);
    expect(row).toMatchObject({
      jurisdictionName: "Porto Alegre",
      country: "BR",
      jurisdictionType: "city",
      timeZone: "America/Sao_Paulo",
      submittedOn: "2026-03-10",
      mandateEnd: "2028-12-31",
      letterPages: 2,
      letterLanguage: "en",
      signedByHeadOfGovernment: true,
      nonGovernmentSignatories: [
        { name: "Maria Silva", organization: "Cidade Aberta" },
        { name: "João Souza", organization: "Observatório Social, Porto Alegre" },
      ],
      contactEmail: "lucia@poa.example",
      appliedBy: data.persons.official,
      outcome: "pending",
      decidedAt: null,
    });
    const ref = row!.id.slice(0, 8);
    expect(said(result)).toContain(
      `The application of Porto Alegre (BR) to join OGP Local is recorded, reference ${ref}.`,
    );

    const audit = await handle.db.select().from(auditLog);
    expect(audit).toEqual([
      expect.objectContaining({
        entity: "applications",
        entityId: row!.id,
        action: "insert",
        source: "slack",
        actorPersonId: data.persons.official,
      }),
    ]);
    const outbox = await handle.db.select().from(alertsOutbox);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: "application.review",
      target: SUPPORT_CHANNEL,
      isDirectMessage: false,
    });
    const post = outbox[0]!.payload as Post;
    expect(post.summary).toBe("Porto Alegre (BR) applies to join OGP Local");
    expect(messageText(post)).toContain("Maria Silva (Cidade Aberta)");
    expect(messageText(post)).toContain("2 page(s), in English, signed by the head of government");
    expect(post.blocks.flatMap((block) => (block.kind === "buttons" ? block.buttons : []))).toEqual([
      expect.objectContaining({
        label: "Accept",
        invoke: { command: "application", args: ["accept", row!.id] },
      }),
      expect.objectContaining({
        label: "Reject",
        invoke: { command: "application", args: ["reject", row!.id] },
      }),
    ]);
  });

  it("asks only the Support Unit channels that take applications of that country", async () => {
    const only = (channelId: string, filter: { country?: string; alertKinds?: string[] }) =>
      subscribeSupportUnit(handle.db, { platform: "slack", workspaceId: TEAM, channelId }, filter);
    await only("C0BRAZIL", { country: "BR" });
    await only("C0FRANCE", { country: "FR" });
    await only("C0INACT", { alertKinds: ["INACT-4"] });
    await only("C0APPLY", { alertKinds: ["application.review"] });
    // The kind is one a channel can be subscribed to by name, as it is typed.
    expect((await run(USERS.supportUnit, "subscribe alerts all APPLICATION.REVIEW", "C0TYPED")).status).toBe(
      "ok",
    );
    await run(USERS.official, applyForm(PORTO_ALEGRE));
    const targets = (await handle.db.select().from(alertsOutbox)).map((row) => row.target).sort();
    expect(targets).toEqual(["C0APPLY", "C0BRAZIL", "C0TYPED", SUPPORT_CHANNEL].sort());
  });

  it("refuses a mandate ending too soon, citing APPLY-1, and writes nothing", async () => {
    const before = await writes(handle);
    const errors = formErrors(
      await run(USERS.official, applyForm({ ...PORTO_ALEGRE, mandate_end: "2027-07-08" })),
    );
    expect(errors).toEqual({
      mandate_end:
        "Rule APPLY-1 (§1.1): at least 16 months must remain in the mandate, until 9 Jul 2027; it ends on 8 Jul 2027.",
    });
    expect(await writes(handle)).toEqual(before);
  });

  it("accepts a mandate ending on the last day APPLY-1 needs, and a jurisdiction without elections", async () => {
    expect(
      (await run(USERS.official, applyForm({ ...PORTO_ALEGRE, mandate_end: "2027-07-09" }))).status,
    ).toBe("ok");
    const withoutElections = { ...PORTO_ALEGRE, name: "Canoas", mandate_end: "" };
    expect((await run(USERS.official, applyForm(withoutElections))).status).toBe("ok");
    expect((await handle.db.select().from(applications)).map((row) => row.mandateEnd).sort()).toEqual([
      "2027-07-09",
      null,
    ]);
  });

  it("refuses a letter APPLY-2 does not accept, field by field, in the caller's language", async () => {
    const before = await writes(handle);
    const letter = { letter_pages: "4", letter_language: "fr", signed_by: "none", signatories: "" };
    const errors = formErrors(await run(USERS.civilSociety, applyForm({ ...PORTO_ALEGRE, ...letter })));
    expect(errors).toEqual({
      letter_pages: "Règle APPLY-2 (§1.2) : la lettre de soutien compte de 1 à 3 pages, pas 4.",
      letter_language: "Règle APPLY-2 (§1.2) : la lettre de soutien est rédigée en anglais.",
      signed_by:
        "Règle APPLY-2 (§1.2) : la lettre de soutien est signée par le chef du gouvernement ou un haut fonctionnaire délégué.",
      signatories:
        "Règle APPLY-2 (§1.2) : la lettre de soutien est signée par au moins 1 acteur(s) non gouvernemental(aux).",
    });
    expect(await writes(handle)).toEqual(before);
  });

  it("says what is wrong with the country, time zone, signatories and email", async () => {
    const result = await run(
      USERS.official,
      applyForm({
        ...PORTO_ALEGRE,
        country: "XX",
        time_zone: "Mars/Olympus_Mons",
        signatories: "Maria Silva",
        contact_email: "lucia",
      }),
    );
    expect(formErrors(result)).toEqual({
      country: "Type the country's two-letter ISO code, e.g. MX.",
      time_zone: "Type a time zone such as America/Mexico_City, or leave it empty for UTC.",
      signatories: "Write one signatory per line, as: name, organization.",
      contact_email: "Type the point of contact's email address.",
    });
    expect(await handle.db.select().from(applications)).toEqual([]);
  });

  it("refuses a second application of the same jurisdiction while one is pending", async () => {
    await run(USERS.official, applyForm(PORTO_ALEGRE));
    const [first] = await handle.db.select().from(applications);
    const errors = formErrors(await run(USERS.poc, applyForm({ ...PORTO_ALEGRE, name: "porto alegre " })));
    expect(errors.name).toBe(
      `Porto Alegre (BR) has an application waiting for the Support Unit already: reference ${first!.id.slice(0, 8)}, submitted on 10 Mar 2026.`,
    );
    expect(await handle.db.select().from(applications)).toHaveLength(1);
  });
});

describe("application accept|reject (§1)", () => {
  let handle: DatabaseHandle;
  let run: ReturnType<typeof commandRunner>;
  let data: Seeded;

  beforeEach(async () => {
    handle = await freshDatabase();
    data = await seed(handle.db);
    run = commandRunner(handle.db);
  });
  afterEach(() => handle.close());

  /** Bea (linked in Slack) applies; the application's id. */
  async function applied(values: Record<string, string> = PORTO_ALEGRE): Promise<string> {
    const result = await run(USERS.official, applyForm(values));
    expect(result.status, said(result)).toBe("ok");
    const rows = await handle.db.select().from(applications);
    return rows.find((row) => row.jurisdictionName === values.name)!.id;
  }
  const application = async (id: string) =>
    (await handle.db.select().from(applications).where(eq(applications.id, id)))[0]!;
  const directMessages = async () =>
    (await handle.db.select().from(alertsOutbox)).filter((row) => row.kind === "application.decided");

  it("refuses anyone but the Support Unit, and writes nothing", async () => {
    const id = await applied();
    const before = await writes(handle);
    for (const input of [control("application", "accept", id), `application reject ${id.slice(0, 8)} No.`]) {
      const result = await run(USERS.poc, input);
      expect(result.status).toBe("refused");
      expect(said(result)).toBe(
        "Only the Support Unit accepts or rejects applications to join OGP Local (handbook §1: the Support Unit registers members).",
      );
    }
    expect(await writes(handle)).toEqual(before);
  });

  it("accepts from the button: the member, its point of contact and the role, audited, and tells the applicant", async () => {
    const id = await applied();
    const ref = id.slice(0, 8);
    const result = await run(USERS.supportUnit, control("application", "accept", id));
    expect(result.status).toBe("ok");
    if (result.kind !== "messages") throw new Error("expected messages");
    expect(result.messages[0]).toMatchObject({ visibility: "public", target: { kind: "replace" } });
    expect(said(result)).toContain(
      `Application ${ref} of Porto Alegre (BR) is accepted by Dan Support, 10 Mar 2026, 12:00 GMT-3: the member porto-alegre (code brpao) is created, with Lúcia Prefeitura as its point of contact.`,
    );
    expect(said(result)).toContain("The applicant is told in a direct message.");

    const [member] = await handle.db.select().from(members).where(eq(members.slug, "porto-alegre"));
    expect(member).toMatchObject({
      code: "brpao",
      name: "Porto Alegre",
      country: "BR",
      jurisdictionType: "city",
      language: "en",
      timeZone: "America/Sao_Paulo",
      joinedOn: "2026-03-10",
      mandateEnd: "2028-12-31",
      status: "active",
    });
    const [lucia] = await handle.db.select().from(persons).where(eq(persons.email, "lucia@poa.example"));
    expect(lucia).toMatchObject({ name: "Lúcia Prefeitura", language: "en" });
    expect(
      await handle.db.select().from(roleAssignments).where(eq(roleAssignments.personId, lucia!.id)),
    ).toEqual([expect.objectContaining({ role: "point_of_contact", scope: "member", memberId: member!.id })]);
    expect(await application(id)).toMatchObject({
      outcome: "accepted",
      memberId: member!.id,
      decidedBy: data.persons.supportUnit,
      decidedAt: NOW,
    });

    const audit = (await handle.db.select().from(auditLog)).filter(
      (row) => row.actorPersonId === data.persons.supportUnit,
    );
    expect(audit.map((row) => [row.entity, row.action, row.source]).sort()).toEqual([
      ["applications", "update", "slack"],
      ["members", "insert", "slack"],
      ["persons", "insert", "slack"],
      ["role_assignments", "insert", "slack"],
    ]);
    const [told] = await directMessages();
    expect(told).toMatchObject({ platform: "slack", target: USERS.official, isDirectMessage: true });
    expect(messageText(told!.payload as Post)).toBe(
      "The Support Unit accepted the application of Porto Alegre (BR) on 10 Mar 2026: it is now a member of OGP Local, with its public page at /members/porto-alegre, and Lúcia Prefeitura as its point of contact.",
    );

    // The new member is public at once: the site's revision moved with the rows.
    const site = createApp({ db: handle.db, logger: createLogger("silent"), now: () => NOW });
    expect(await (await site.request("/?q=Porto")).text()).toContain("Porto Alegre");
    expect((await site.request("/members/porto-alegre")).status).toBe(200);
  });

  it("sets the first-plan deadline given on acceptance (INACT-1), and says so to both sides", async () => {
    const id = await applied();
    const result = await run(USERS.supportUnit, `application accept ${id.slice(0, 8)} 2026-09-30`);
    expect(result.status, said(result)).toBe("ok");
    expect(said(result)).toContain(
      "First action plan due by 30 Sept 2026 (rule INACT-1, §4.1.1): the point of contact is reminded before it (DUE-PLAN-NEW).",
    );
    const [member] = await handle.db.select().from(members).where(eq(members.slug, "porto-alegre"));
    expect(member).toMatchObject({ firstPlanDue: "2026-09-30", joinedOn: "2026-03-10" });
    const [told] = await directMessages();
    expect(messageText(told!.payload as Post)).toContain("Its first action plan is due by 30 Sept 2026");
  });

  it("says when no first-plan deadline was set, and refuses one that is not a later date, writing nothing", async () => {
    const id = await applied();
    const before = await writes(handle);
    // Dates read as dates; what is not one is repeated as typed.
    for (const [typed, shown] of [
      ["2026-03-10", "10 Mar 2026"],
      ["2026-02-30", "2026-02-30"],
      ["soon", "soon"],
    ]) {
      const refused = await run(USERS.supportUnit, `application accept ${id.slice(0, 8)} ${typed}`);
      expect(refused.status).toBe("invalid");
      expect(said(refused)).toBe(
        `Rule INACT-1 (§4.1.1): the first-plan deadline is a date after today (10 Mar 2026), written YYYY-MM-DD; “${shown}” is not. Nothing was decided.`,
      );
    }
    expect(await writes(handle)).toEqual(before);
    const accepted = await run(USERS.supportUnit, control("application", "accept", id));
    expect(said(accepted)).toContain("No first-plan deadline was set, so rule INACT-1 (§4.1.1) cannot apply");
    const [member] = await handle.db.select().from(members).where(eq(members.slug, "porto-alegre"));
    expect(member?.firstPlanDue).toBeNull();
  });

  it("makes the person with the point of contact's email, when there is one, the point of contact", async () => {
    const id = await applied({
      ...PORTO_ALEGRE,
      contact_name: "Eve",
      contact_email: "EVE@shelbyville.example",
    });
    const before = await writes(handle);
    await run(USERS.supportUnit, `application accept ${id.slice(0, 8)}`);
    const after = await writes(handle);
    expect(after.persons).toBe(before.persons);
    const [member] = await handle.db.select().from(members).where(eq(members.slug, "porto-alegre"));
    expect(
      await handle.db.select().from(roleAssignments).where(eq(roleAssignments.memberId, member!.id)),
    ).toEqual([expect.objectContaining({ personId: data.persons.shelbyvillePoc, role: "point_of_contact" })]);
  });

  it("derives a free slug and code when the name is taken", async () => {
    const id = await applied({ ...PORTO_ALEGRE, name: "Springfield", country: "US", time_zone: "" });
    const result = await run(USERS.supportUnit, control("application", "accept", id));
    expect(said(result)).toContain("the member springfield-us (code usspr) is created");
    expect((await handle.db.select().from(members)).map((row) => row.slug).sort()).toEqual([
      "shelbyville",
      "springfield",
      "springfield-us",
    ]);
  });

  it("answers a second decision with the first, and writes nothing more", async () => {
    const id = await applied();
    await run(USERS.supportUnit, control("application", "accept", id));
    const before = await writes(handle);
    const again = await run(USERS.supportUnit, `application reject ${id} Changed my mind.`);
    expect(again.status).toBe("ok");
    expect(said(again)).toBe(
      `Application ${id.slice(0, 8)} of Porto Alegre (BR) was already accepted by Dan Support, 10 Mar 2026, 12:00 GMT-3 (member porto-alegre); nothing changed.`,
    );
    const clickedAgain = await run(USERS.supportUnit, control("application", "reject", id));
    expect(clickedAgain.kind, "no reason is asked for a decided application").toBe("messages");
    expect(await writes(handle)).toEqual(before);
  });

  it("asks the reason in a form when Reject is clicked, records it and tells the applicant", async () => {
    const id = await applied();
    const opened = await run(USERS.supportUnit, control("application", "reject", id));
    if (opened.kind !== "form") throw new Error(`expected a form, got ${opened.kind}`);
    expect(opened.form).toMatchObject({
      formId: "application_reject",
      context: { application: id, clicked: "1" },
    });
    expect(await application(id)).toMatchObject({ outcome: "pending" });

    const empty = await run(USERS.supportUnit, {
      kind: "form",
      formId: "application_reject",
      context: opened.form.context,
      values: { reason: "  " },
    });
    expect(formErrors(empty).reason).toBeDefined();

    const result = await run(USERS.supportUnit, {
      kind: "form",
      formId: "application_reject",
      context: opened.form.context,
      values: { reason: "The letter is not signed by a non-government stakeholder." },
    });
    if (result.kind !== "messages") throw new Error("expected messages");
    expect(result.messages[0]).toMatchObject({ target: { kind: "replace" } });
    expect(said(result)).toContain(
      `Application ${id.slice(0, 8)} of Porto Alegre (BR) is rejected by Dan Support, 10 Mar 2026, 12:00 GMT-3. Reason: The letter is not signed by a non-government stakeholder.`,
    );
    expect(await application(id)).toMatchObject({
      outcome: "rejected",
      decisionReason: "The letter is not signed by a non-government stakeholder.",
      decidedBy: data.persons.supportUnit,
      memberId: null,
    });
    expect((await handle.db.select().from(members)).length).toBe(2);
    const [told] = await directMessages();
    expect(messageText(told!.payload as Post)).toBe(
      "The Support Unit did not accept the application of Porto Alegre (BR) on 10 Mar 2026. Reason: The letter is not signed by a non-government stakeholder.",
    );
  });

  it("rejects typed with a reason, answering only the Support Unit member who typed it", async () => {
    const id = await applied();
    const result = await run(
      USERS.supportUnit,
      `application reject ${id.slice(0, 8)} The mandate is too short.`,
    );
    if (result.kind !== "messages") throw new Error("expected messages");
    expect(result.messages[0]).toMatchObject({ visibility: "ephemeral", target: { kind: "origin" } });
    expect((await application(id)).decisionReason).toBe("The mandate is too short.");
  });

  it("says so when the applicant cannot be reached in chat", async () => {
    const added = await submitApplications(
      { db: handle.db, now: NOW },
      { actor: systemActor("cli"), person: null },
      [
        {
          jurisdictionName: "Rosario",
          country: "AR",
          jurisdictionType: "city",
          language: "es",
          timeZone: "America/Argentina/Buenos_Aires",
          mandateEnd: "2029-12-10",
          letter: {
            url: "https://rosario.example/carta.pdf",
            pages: 1,
            language: "en",
            signedByHeadOfGovernment: false,
            signedByDelegatedSeniorOfficial: true,
            nonGovernmentSignatories: [{ name: "Ana Díaz", organization: "Rosario Abierta" }],
          },
          pointOfContact: { name: "Pablo Gómez", email: "pablo@rosario.example" },
          eligibilityAnswers: {},
        },
      ],
    );
    if (!added.ok) throw new Error("the application was refused");
    const result = await run(USERS.supportUnit, control("application", "accept", added.applications[0]!.id));
    expect(said(result)).toContain(
      "The applicant has no linked chat account: tell them by email (pablo@rosario.example).",
    );
    expect(await directMessages()).toEqual([]);
  });

  it("lists apply in help for everyone, accept and reject for the Support Unit only", async () => {
    const forBea = said(await run(USERS.official, "help"));
    expect(forBea).toContain("/ogp apply — apply for a locality to join OGP Local: a form (handbook §1)");
    expect(forBea).not.toContain("/ogp application");
    expect(said(await run(USERS.unlinked, "help"))).toContain("/ogp apply");
    const forDan = said(await run(USERS.supportUnit, "help"));
    expect(forDan).toContain("/ogp application accept APPLICATION [FIRST_PLAN_DUE] — accept an application");
    expect(forDan).toContain("/ogp application reject APPLICATION [REASON] — reject an application");
  });

  it("offers Apply on everyone's App Home, and the pending applications' buttons on the Support Unit's", async () => {
    const id = await applied();
    const homeButtons = async (userId: string) =>
      (
        await buildHomeView(
          { db: handle.db, logger: createLogger("silent"), now: () => NOW },
          { platform: "slack", workspaceId: TEAM, userId },
        )
      ).flatMap((block) =>
        block.kind === "buttons"
          ? block.buttons.flatMap((button) =>
              "invoke" in button && ["apply", "application"].includes(button.invoke.command)
                ? [[button.label, button.invoke.command, ...button.invoke.args].join(" ")]
                : [],
            )
          : [],
      );
    expect(await homeButtons(USERS.poc)).toEqual(["Apply apply"]);
    expect(await homeButtons(USERS.supportUnit)).toEqual([
      "Apply apply",
      `Accept application accept ${id}`,
      `Reject application reject ${id}`,
    ]);
    await run(USERS.supportUnit, control("application", "accept", id));
    expect(await homeButtons(USERS.supportUnit)).toEqual(["Apply apply"]);
  });

  it("says which application it could not find, and how to type the command", async () => {
    expect(said(await run(USERS.supportUnit, "application accept deadbeef"))).toBe(
      "No application “deadbeef”. Use the reference shown in the request (8 characters).",
    );
    expect((await run(USERS.supportUnit, "application approve deadbeef")).status).toBe("invalid");
  });
});
