import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHomeView, type CommandResult } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  actionPlans,
  alertsOutbox,
  assessments,
  auditLog,
  channelSubscriptions,
  commitments,
} from "../../src/db/schema/index.js";
import { createLogger } from "../../src/logging/logger.js";
import type { ReplyBlock, ReplyButton } from "../../src/messages/model.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";
import { postView } from "../support/posts.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { CHANNEL, commandRunner, control, said } from "./harness.js";
import { addMonitoringBody, dueLine, MONITOR, springfieldDueItems } from "./lifecycle-fixtures.js";

const logger = createLogger("silent");
let handle: DatabaseHandle;
let data: Seeded;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  await addMonitoringBody(handle.db, data);
  // The channel the commands run in follows Springfield, so completions are announced there.
  await handle.db.insert(channelSubscriptions).values({
    platform: "slack",
    workspaceId: TEAM,
    channelId: CHANNEL,
    kind: "member_updates",
    memberId: data.springfield,
    subjectKey: data.springfield,
  });
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

/** Rows a refused command must leave untouched. */
async function writes() {
  const { db } = handle;
  return {
    audit: await db.$count(auditLog),
    outbox: await db.$count(alertsOutbox),
    assessments: await db.select().from(assessments),
    commitments: await db
      .select({ code: commitments.code, status: commitments.status, completedOn: commitments.completedOn })
      .from(commitments),
  };
}

function formOf(result: CommandResult) {
  if (result.kind !== "form") throw new Error(`expected a form, got ${result.kind}: ${said(result)}`);
  return result.form;
}

function buttonsOf(result: CommandResult | ReplyBlock[]): ReplyButton[] {
  const blocks = Array.isArray(result)
    ? result
    : result.kind === "messages"
      ? result.messages.flatMap((message) => message.blocks)
      : [];
  return blocks.flatMap((block) => (block.kind === "buttons" ? block.buttons : []));
}

const invocationsOf = (result: CommandResult | ReplyBlock[]) =>
  buttonsOf(result).flatMap((button) => ("invoke" in button ? [button.invoke] : []));

const budgetPortalCompletedOn = async () =>
  (await handle.db.select().from(commitments).where(eq(commitments.id, data.budgetPortal)))[0];

describe("complete COMMITMENT (§2 Commitment; DUE-UPDATE, DUE-ASSESS-END)", () => {
  it("marks the commitment completed on the member's day, audited and announced in its channels", async () => {
    // 03:00 UTC on 11 March is still 10 March in Springfield (America/New_York).
    const lateEvening = commandRunner(handle.db, () => new Date("2026-03-11T03:00:00Z"));
    const result = await lateEvening(USERS.poc, "complete sprfd0001");
    expect(result.status).toBe("ok");
    expect(said(result)).toContain("sprfd0001 · Open budget portal is marked completed on 10 Mar 2026.");
    expect(said(result)).toContain("due by 10 Apr 2026 (rule DUE-ASSESS-END, §3.5.2)");
    expect(await budgetPortalCompletedOn()).toMatchObject({ status: "completed", completedOn: "2026-03-10" });

    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entity, "commitments"));
    expect(audit).toMatchObject([
      {
        entityId: data.budgetPortal,
        action: "update",
        actorPersonId: data.persons.poc,
        source: "slack",
        changes: { status: "completed", completedOn: "2026-03-10" },
      },
    ]);
    const [announced] = await handle.db.select().from(alertsOutbox);
    expect(announced).toMatchObject({ kind: "commitment.completed", target: CHANNEL, state: "pending" });
    const post = postView(announced!.payload);
    expect(post.title).toBe("Springfield: sprfd0001 · Open budget portal — completed");
    expect(post.fields).toEqual([
      { label: "Completed on", value: "10 Mar 2026" },
      { label: "Marked by", value: "Ana Poc" },
    ]);
    expect(post.footer).toContain("No more quarterly updates are due on it (rule DUE-UPDATE)");
  });

  it("stops DUE-UPDATE for the commitment and starts DUE-ASSESS-END from the completion", async () => {
    const portal = `commitment:${data.budgetPortal}`;
    const before = (await springfieldDueItems(handle.db, data, NOW)).map(dueLine);
    expect(before).toContain(`DUE-UPDATE ${portal} 2026-03-31`);
    expect(before.filter((line) => line.startsWith("DUE-ASSESS-END"))).toEqual([]);

    await run(USERS.poc, "complete sprfd0001");

    const after = (await springfieldDueItems(handle.db, data, NOW)).map(dueLine);
    expect(after.filter((line) => line.includes(portal))).toEqual([`DUE-ASSESS-END ${portal} 2026-04-10`]);
    // The other commitment still owes its quarterly update.
    expect(after).toContain(`DUE-UPDATE commitment:${data.oldCommitment} 2026-03-31`);
  });

  it("lets an official the point of contact allowed complete too", async () => {
    expect((await run(USERS.allowedOfficial, "complete sprfd0002")).status).toBe("ok");
    expect(
      (await handle.db.select().from(commitments).where(eq(commitments.code, "sprfd0002")))[0],
    ).toMatchObject({ status: "completed", completedOn: "2026-03-10" });
  });

  it.each([
    [
      "civil society",
      USERS.civilSociety,
      "complete sprfd0001",
      "refused",
      "Seul le point de contact de Springfield",
    ],
    ["an official without posting rights", USERS.official, "complete sprfd0001", "refused", "handbook §1"],
    [
      "another member's point of contact",
      USERS.shelbyvillePoc,
      "complete sprfd0001",
      "refused",
      "Springfield",
    ],
    ["the monitoring body", MONITOR.slackUserId, "complete sprfd0001", "refused", "Springfield"],
    ["a plan still in co-creation", USERS.shelbyvillePoc, "complete shlby0001", "refused", "DUE-ASSESS-END"],
    ["an unknown commitment", USERS.poc, "complete sprfd0099", "not_found", "sprfd0099"],
    ["no commitment", USERS.poc, "complete", "invalid", "/ogp complete COMMITMENT"],
  ])("refuses %s and writes nothing", async (_, user, text, status, phrase) => {
    const before = await writes();
    const result = await run(user, text);
    expect(result.status).toBe(status);
    expect(said(result)).toContain(phrase);
    expect(await writes()).toEqual(before);
  });

  it("refuses a commitment already completed, naming DUE-ASSESS-END, and changes nothing", async () => {
    await run(USERS.poc, "complete sprfd0001");
    const before = await writes();
    const again = await run(USERS.poc, control("complete", "sprfd0001"));
    expect(again.status).toBe("refused");
    expect(said(again)).toBe(
      "sprfd0001 was already completed on 10 Mar 2026; nothing changed. Its end-of-commitment assessment follows (rule DUE-ASSESS-END, §3.5.2).",
    );
    expect(await writes()).toEqual(before);
  });

  it("refuses a withdrawn commitment (MOD-2) and one that has not started (COMMIT-1)", async () => {
    await handle.db.update(commitments).set({ status: "withdrawn" }).where(eq(commitments.code, "sprfd0002"));
    const before = await writes();
    const withdrawn = await run(USERS.poc, "complete sprfd0002");
    expect(withdrawn.status).toBe("refused");
    expect(said(withdrawn)).toContain("rule MOD-2");
    const early = await commandRunner(handle.db, () => new Date("2026-01-20T15:00:00Z"))(
      USERS.poc,
      "complete sprfd0001",
    );
    expect(early.status).toBe("refused");
    expect(said(early)).toBe(
      "Rule COMMIT-1 (§3.2.1.2): sprfd0001 starts on 1 Feb 2026; it can be completed once it has started.",
    );
    expect(await writes()).toEqual(before);
  });

  it("completes a commitment of a plan submitted from chat once its period has begun, as the rules engine implements it", async () => {
    await handle.db
      .update(actionPlans)
      .set({ status: "submitted", submittedOn: "2024-12-01" })
      .where(eq(actionPlans.id, data.springfieldPlan));
    const result = await run(USERS.poc, "complete sprfd0001");
    expect(result.status).toBe("ok");
    const [completed] = await handle.db.select().from(commitments).where(eq(commitments.code, "sprfd0001"));
    expect(completed).toMatchObject({ status: "completed", completedOn: "2026-03-10" });
  });

  it("refuses a commitment whose plan is submitted but whose period has not begun", async () => {
    await handle.db
      .update(actionPlans)
      .set({ status: "submitted", periodStart: "2026-04-01" })
      .where(eq(actionPlans.id, data.springfieldPlan));
    const before = await writes();
    const result = await run(USERS.poc, "complete sprfd0001");
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("its plan the status Submitted");
    expect(await writes()).toEqual(before);
  });

  it("refuses a commitment whose plan is no longer in implementation", async () => {
    await handle.db
      .update(actionPlans)
      .set({ status: "ended" })
      .where(eq(actionPlans.id, data.springfieldPlan));
    const result = await run(USERS.poc, "complete sprfd0001");
    expect(said(result)).toBe(
      "sprfd0001 has the status Active and its plan the status Ended: a commitment is completed while it is active in a plan in implementation (rules DUE-UPDATE and DUE-ASSESS-END, §3.5).",
    );
  });
});

describe("a progress update at 100 % offers to complete the commitment", () => {
  const values = (completion: string) => ({
    milestone: "",
    milestone_status: "",
    completion,
    narrative: "The portal is live and the budget data is published.",
    delay_reasons: "",
    next_steps: "",
    challenges: [] as string[],
    evidence: "",
  });
  const postUpdate = async (completion: string) => {
    const form = formOf(await run(USERS.poc, "update sprfd0001"));
    return run(USERS.poc, {
      kind: "form",
      formId: "update",
      context: form.context,
      values: values(completion),
    });
  };

  it("shows Mark complete at 100 %, which completes the commitment", async () => {
    const posted = await postUpdate("100");
    expect(posted.status).toBe("ok");
    const markComplete = buttonsOf(posted).find((button) => button.label === "Mark complete");
    expect(markComplete && "invoke" in markComplete ? markComplete.invoke : null).toEqual({
      command: "complete",
      args: ["sprfd0001"],
    });
    const clicked = await run(USERS.poc, control("complete", "sprfd0001"));
    expect(clicked.status).toBe("ok");
    expect(await budgetPortalCompletedOn()).toMatchObject({ status: "completed" });
  });

  it("does not below 100 %", async () => {
    const posted = await postUpdate("90");
    expect(invocationsOf(posted).map((invocation) => invocation.command)).toContain("update");
    expect(invocationsOf(posted).map((invocation) => invocation.command)).not.toContain("complete");
  });
});

describe("assessment submit (§3.5; DUE-ASSESS-INITIAL, DUE-ASSESS-END, DUE-ASSESS-FINAL)", () => {
  const submit = (user: string, context: Record<string, string>, values: Record<string, string>) =>
    run(user, { kind: "form", formId: "assessment", context, values });
  const initial = {
    kind: "initial",
    commitment: "",
    report_url: "https://observatorio.example/springfield/inicial",
    submitted_on: "2026-03-02",
  };

  it("opens the form for the member's monitoring body: kind, commitment, report link, date", async () => {
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    expect(form).toMatchObject({
      formId: "assessment",
      title: "Presentar una evaluación",
      context: { planId: data.springfieldPlan },
    });
    const [fields] = form.steps.map((step) => step.fields);
    expect(fields?.map((field) => field.name)).toEqual(["kind", "commitment", "report_url", "submitted_on"]);
    expect(fields?.[1]).toMatchObject({
      required: false,
      options: [
        { label: "sprfd0001 · Open budget portal", value: data.budgetPortal },
        { label: "sprfd0002 · Participatory budgeting", value: data.oldCommitment },
      ],
    });
    // Today, in Springfield's time zone.
    expect(fields?.[3]).toMatchObject({ kind: "date", initial: "2026-03-10" });
  });

  it("records the initial assessment with the due date of DUE-ASSESS-INITIAL, which is then done", async () => {
    const plan = `plan:${data.springfieldPlan}`;
    expect((await springfieldDueItems(handle.db, data, NOW)).map(dueLine)).toContain(
      `DUE-ASSESS-INITIAL ${plan} 2025-03-10`,
    );
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit springfield"));
    const result = await submit(MONITOR.slackUserId, form.context, initial);
    expect(result.status).toBe("ok");
    expect(said(result)).toContain(
      "Registrado: Evaluación inicial de «Springfield Open Government Plan 2025–2027», presentación del 2 mar 2026.",
    );
    expect(said(result)).toContain(
      "Regla DUE-ASSESS-INITIAL (§3.5.1): el vencimiento del 10 mar 2025 está cumplido.",
    );
    expect(await handle.db.select().from(assessments)).toMatchObject([
      {
        kind: "initial",
        planId: data.springfieldPlan,
        commitmentId: null,
        dueOn: "2025-03-10",
        submittedOn: "2026-03-02",
        reportUrl: initial.report_url,
      },
    ]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entity, "assessments"));
    expect(audit).toMatchObject([{ action: "insert", source: "slack" }]);
    expect(
      (await springfieldDueItems(handle.db, data, NOW)).filter(
        (item) => item.ruleId === "DUE-ASSESS-INITIAL",
      ),
    ).toEqual([]);
  });

  it("records an end-of-commitment assessment after completion, which clears DUE-ASSESS-END", async () => {
    await run(USERS.poc, "complete sprfd0001");
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    const result = await submit(MONITOR.slackUserId, form.context, {
      kind: "end_of_commitment",
      commitment: data.budgetPortal,
      report_url: "https://observatorio.example/springfield/sprfd0001",
      submitted_on: "2026-03-10",
    });
    expect(said(result)).toContain("Regla DUE-ASSESS-END (§3.5.2)");
    expect(await handle.db.select().from(assessments)).toMatchObject([
      {
        kind: "end_of_commitment",
        commitmentId: data.budgetPortal,
        dueOn: "2026-04-10",
        submittedOn: "2026-03-10",
      },
    ]);
    expect(
      (await springfieldDueItems(handle.db, data, NOW)).filter((item) => item.ruleId === "DUE-ASSESS-END"),
    ).toEqual([]);
  });

  it("completes a record the Support Unit dated rather than adding a second one", async () => {
    await handle.db
      .insert(assessments)
      .values({ kind: "final_learning", planId: data.springfieldPlan, dueOn: "2028-02-29" });
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    await submit(MONITOR.slackUserId, form.context, { ...initial, kind: "final_learning" });
    expect(await handle.db.select().from(assessments)).toMatchObject([
      {
        kind: "final_learning",
        dueOn: "2028-02-29",
        submittedOn: "2026-03-02",
        reportUrl: initial.report_url,
      },
    ]);
  });

  it.each([
    ["an end-of-commitment assessment without its commitment", { kind: "end_of_commitment" }, "commitment"],
    ["a commitment on the plan's initial assessment", { commitment: "COMMITMENT" }, "commitment"],
    ["a link that is not a web link", { report_url: "javascript:alert(1)" }, "report_url"],
    ["a submission date in the future", { submitted_on: "2026-03-11" }, "submitted_on"],
    ["a submission date before the plan's", { submitted_on: "2025-01-09" }, "submitted_on"],
    ["an unknown kind", { kind: "midterm" }, "kind"],
  ])("answers %s field by field and writes nothing", async (_, change, field) => {
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    const values = { ...initial, ...change };
    if (values.commitment === "COMMITMENT") values.commitment = data.budgetPortal;
    const before = await writes();
    const result = await submit(MONITOR.slackUserId, form.context, values);
    expect(result.kind).toBe("form_errors");
    expect(result.kind === "form_errors" ? Object.keys(result.errors) : []).toEqual([field]);
    expect(await writes()).toEqual(before);
  });

  it.each([
    ["the point of contact", USERS.poc, "assessment submit springfield", "refused"],
    ["civil society", USERS.civilSociety, "assessment submit springfield", "refused"],
    ["another member's monitoring body", MONITOR.slackUserId, "assessment submit shelbyville", "refused"],
    ["a person with no monitoring role", USERS.official, "assessment submit", "refused"],
    ["a misspelt action", MONITOR.slackUserId, "assessment send", "invalid"],
  ])("refuses %s and writes nothing", async (_, user, text, status) => {
    const before = await writes();
    expect((await run(user, text)).status).toBe(status);
    expect(await writes()).toEqual(before);
  });

  it("refuses a submitted form from someone who is not the monitoring body", async () => {
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    const before = await writes();
    const result = await submit(USERS.poc, form.context, initial);
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("Only the monitoring body of Springfield, or the Support Unit");
    expect(await writes()).toEqual(before);
  });

  it("refuses a second submission of the same assessment, naming its rule", async () => {
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    await submit(MONITOR.slackUserId, form.context, initial);
    const before = await writes();
    const again = await submit(MONITOR.slackUserId, form.context, { ...initial, submitted_on: "2026-03-09" });
    expect(again.status).toBe("refused");
    expect(said(again)).toBe(
      "El informe «Evaluación inicial» del plan de acción «Springfield Open Government Plan 2025–2027» ya se presentó el 2 mar 2026 (regla DUE-ASSESS-INITIAL, §3.5.1); no se cambió nada.",
    );
    expect(await writes()).toEqual(before);
  });

  it("lets the Support Unit record an assessment too", async () => {
    const form = formOf(await run(USERS.supportUnit, "assessment submit springfield"));
    expect((await submit(USERS.supportUnit, form.context, initial)).status).toBe("ok");
    expect(await handle.db.$count(assessments)).toBe(1);
  });

  it("shows the new assessment and its report link on the member's public page", async () => {
    const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
    await submit(MONITOR.slackUserId, form.context, initial);
    const app = createApp({ db: handle.db, logger, now: () => NOW });
    const page = await (await app.request("/members/springfield")).text();
    const section = page.slice(page.indexOf('id="assessments"'));
    expect(section).toContain("Initial assessment: submitted on 2 Mar 2026");
    expect(section).toContain(`<a href="${initial.report_url}" rel="noopener">Read the report</a>`);
  });
});

describe("help and the home view offer both to the right roles", () => {
  const usages = async (user: string) =>
    said(await run(user, "help"))
      .split("\n")
      .filter((line) => line.startsWith("/ogp "));

  it("lists complete for those who post updates and assessment submit for the monitoring body", async () => {
    expect(await usages(USERS.poc)).toContain(
      "/ogp complete COMMITMENT — mark a commitment completed: its quarterly updates stop, its end-of-commitment assessment falls due",
    );
    expect(await usages(MONITOR.slackUserId)).toContain(
      "/ogp assessment submit [MEMBER] — presentar una evaluación del plan de acción o de un compromiso (órgano de monitoreo; un formulario)",
    );
    expect((await usages(USERS.supportUnit)).some((line) => line.startsWith("/ogp assessment submit"))).toBe(
      true,
    );
    const civilSociety = await usages(USERS.civilSociety);
    expect(
      civilSociety.some((line) => line.startsWith("/ogp complete") || line.startsWith("/ogp assessment")),
    ).toBe(false);
  });

  /** What the home view offers to run of the two commands here (other parts of the home offer more). */
  const lifecycleInvocations = async (userId: string) =>
    invocationsOf(await home(userId)).filter((invocation) =>
      ["assessment", "complete"].includes(invocation.command),
    );
  const home = (userId: string) =>
    buildHomeView(
      { db: handle.db, logger, now: () => NOW },
      { platform: "slack", workspaceId: TEAM, userId },
    );

  it("offers the monitoring body to submit while an assessment is due (DUE-ASSESS-*)", async () => {
    expect(await lifecycleInvocations(MONITOR.slackUserId)).toEqual([
      { command: "assessment", args: ["submit", "springfield"] },
    ]);
    // The initial assessment is overdue and the final learning report due at the plan's end.
    for (const kind of ["initial", "final_learning"]) {
      const form = formOf(await run(MONITOR.slackUserId, "assessment submit"));
      await run(MONITOR.slackUserId, {
        kind: "form",
        formId: "assessment",
        context: form.context,
        values: { kind, report_url: `https://observatorio.example/${kind}`, submitted_on: "2026-03-02" },
      });
    }
    expect(await lifecycleInvocations(MONITOR.slackUserId)).toEqual([]);
  });

  it("offers the point of contact to complete a commitment reporting 100 %", async () => {
    expect(await lifecycleInvocations(USERS.poc)).toEqual([]);
    const form = formOf(await run(USERS.poc, "update sprfd0001"));
    await run(USERS.poc, {
      kind: "form",
      formId: "update",
      context: form.context,
      values: { completion: "100", narrative: "Done.", challenges: [] },
    });
    const blocks = await home(USERS.poc);
    expect(invocationsOf(blocks)).toContainEqual({ command: "complete", args: ["sprfd0001"] });
    expect(blocks).toContainEqual({
      kind: "list",
      items: [
        "sprfd0001 · Open budget portal reports 100 % completion: mark it completed once the work is done.",
      ],
    });
  });
});
