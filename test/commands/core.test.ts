import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandResult } from "../../src/commands/index.js";
import { systemActor } from "../../src/db/audit.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { createLinkCode } from "../../src/db/repositories/link-codes.js";
import {
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  chatIdentities,
  commitments,
  endorsements,
  evidence,
  meetings,
  milestoneStatusChanges,
  milestones,
  modificationApprovals,
  modifications,
  progressUpdateRevisions,
  progressUpdates,
  updateChallenges,
} from "../../src/db/schema/index.js";
import { decodeInvocation, encodeInvocation } from "../../src/messages/invocation.js";
import { LIMITS } from "../../src/messages/limits.js";
import { freshDatabase } from "../support/database.js";
import { invocationOf, postView } from "../support/posts.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { CHANNEL, commandRunner, control, said } from "./harness.js";

let handle: DatabaseHandle;
let data: Seeded;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

/** Rows a refused command must leave untouched. */
async function writeCounts() {
  const { db } = handle;
  return {
    audit: await db.$count(auditLog),
    updates: await db.$count(progressUpdates),
    endorsements: await db.$count(endorsements),
    modifications: await db.$count(modifications),
    meetings: await db.$count(meetings),
    evidence: await db.$count(evidence),
    subscriptions: await db.$count(channelSubscriptions),
    outbox: await db.$count(alertsOutbox),
  };
}

function formOf(result: CommandResult) {
  if (result.kind !== "form") throw new Error(`expected a form, got ${result.kind}: ${said(result)}`);
  return result.form;
}

const updateValues = {
  milestone: "",
  milestone_status: "",
  completion: "60",
  narrative: "The budget dataset is published on the open data portal.",
  delay_reasons: "",
  next_steps: "Build the portal.",
  challenges: [] as string[],
  evidence: "https://data.springfield.example/budget-2026\nhttps://news.example/portal",
};

async function followSpringfield(channelId = CHANNEL) {
  await handle.db.insert(channelSubscriptions).values({
    platform: "slack",
    workspaceId: TEAM,
    channelId,
    kind: "member_updates",
    memberId: data.springfield,
    subjectKey: data.springfield,
  });
}

describe("command parsing", () => {
  it("answers an unknown command with a suggestion and writes nothing", async () => {
    const before = await writeCounts();
    const result = await run(USERS.poc, "endorce springfield");
    expect(result.status).toBe("unknown_command");
    expect(said(result)).toContain("Did you mean /ogp endorse?");
    expect(await writeCounts()).toEqual(before);
  });

  it("treats empty text as help", async () => {
    expect(said(await run(USERS.poc, "  "))).toContain("OGP Local commands");
  });

  it("round-trips invocations within Discord's custom_id limit and rejects foreign values", () => {
    const invocation = { command: "approve" as const, args: [crypto.randomUUID()] };
    expect(decodeInvocation(encodeInvocation(invocation))).toEqual(invocation);
    expect(decodeInvocation("drop table")).toBeNull();
    expect(() => encodeInvocation({ command: "evidence", args: ["has space"] })).toThrow();
  });
});

describe("help (§1 roles)", () => {
  it("tells an unlinked user how to get linked", async () => {
    const result = await run(USERS.unlinked, "help");
    expect(said(result)).toContain("/ogp link CODE");
    expect(said(result)).not.toContain("/ogp update");
  });

  it("lists what each role may do, in the person's language", async () => {
    const poc = said(await run(USERS.poc, "help"));
    expect(poc).toContain("Point of contact of Springfield");
    expect(poc).toContain("/ogp update");
    expect(poc).toContain("/ogp modify");
    expect(poc).not.toContain("/ogp endorse");

    const civilSociety = said(await run(USERS.civilSociety, "help"));
    expect(civilSociety).toContain("Société civile de Springfield");
    expect(civilSociety).toContain("/ogp endorse PLAN");
    expect(civilSociety).toContain("/ogp approve");
    expect(civilSociety).not.toContain("/ogp update [");
  });
});

describe("link", () => {
  it("links a chat identity with a single-use code, then the person's roles apply", async () => {
    const { code } = await createLinkCode(handle.db, "ana@springfield.example", 24, systemActor("cli"), NOW);
    await handle.db.delete(chatIdentities).where(eq(chatIdentities.userId, USERS.poc));
    const result = await run("U0ANANEW", `link ${code.toLowerCase()}`);
    expect(result.status).toBe("ok");
    expect(said(result)).toContain("you are Ana Poc");
    const [identity] = await handle.db
      .select()
      .from(chatIdentities)
      .where(eq(chatIdentities.userId, "U0ANANEW"));
    expect(identity?.personId).toBe(data.persons.poc);
    expect(said(await run("U0ANANEW", "help"))).toContain("Point of contact of Springfield");
    expect((await run("U0OTHER", `link ${code}`)).status).toBe("invalid");
  });

  it("refuses a wrong code or a missing one and writes nothing", async () => {
    const before = await writeCounts();
    expect((await run(USERS.unlinked, "link NOPE-NOPE")).status).toBe("invalid");
    expect(said(await run(USERS.unlinked, "link"))).toContain("/ogp link CODE");
    expect(await writeCounts()).toEqual(before);
  });

  it("answers every other command of an unlinked user with how to get linked", async () => {
    for (const text of ["status", "due", "update", "endorse springfield", "subscribe"]) {
      const result = await run(USERS.unlinked, text);
      expect(result.status).toBe("unlinked");
      expect(said(result)).toContain("/ogp link CODE");
    }
  });
});

describe("status", () => {
  it("shows the member's status with rule IDs, its plan, commitments with progress and next due items", async () => {
    const text = said(await run(USERS.civilSociety, "status springfield"));
    expect(text).toContain("Springfield —");
    expect(text).toMatch(/Règle [A-Z]+-\d/);
    expect(text).toContain("Springfield Open Government Plan 2025–2027");
    expect(text).toContain("sprfd0001 · Open budget portal");
    expect(text).toContain("jalons terminés 0/2");
    expect(text).toContain("Prochaines échéances");
  });

  it("asks which member when the caller follows several, and uses the channel's member", async () => {
    const choice = await run(USERS.supportUnit, "status");
    const select =
      choice.kind === "messages" ? choice.messages[0]?.blocks.find((b) => b.kind === "select") : undefined;
    expect(select?.kind === "select" && select.select.options.map((o) => o.invoke.args[0])).toEqual([
      "shelbyville",
      "springfield",
    ]);
    await followSpringfield();
    expect(said(await run(USERS.supportUnit, "status"))).toContain("Springfield —");
  });

  it("names an unknown member", async () => {
    const result = await run(USERS.poc, "status atlantis");
    expect(result.status).toBe("not_found");
    expect(said(result)).toContain("atlantis");
  });
});

describe("due", () => {
  it("lists the caller's own due items across their members, soonest first", async () => {
    const text = said(await run(USERS.poc, "due"));
    expect(text).toContain("Due for you");
    expect(text).toContain("Springfield: ");
    expect(text).toMatch(/Springfield: 31 Mar 2026: .*sprfd0001/);
    // The monitoring body's assessment is not the PoC's to do.
    expect(text).not.toContain("initial assessment");
  });
});

describe("update (§1, §3.5.4)", () => {
  it("offers the commitments the caller may report on, then a form of steps that fit a Discord modal", async () => {
    const choose = await run(USERS.poc, "update");
    expect(said(choose)).toContain("sprfd0001 · Open budget portal");
    const form = formOf(await run(USERS.poc, control("update", "sprfd0001")));
    expect(form.formId).toBe("update");
    expect(form.context).toEqual({ commitmentId: data.budgetPortal });
    expect(form.title.length).toBeLessThanOrEqual(LIMITS.formTitle);
    expect(JSON.stringify(form.context).length).toBeLessThanOrEqual(LIMITS.formContext);
    for (const step of form.steps) expect(step.fields.length).toBeLessThanOrEqual(LIMITS.fieldsPerStep);
    const milestone = form.steps[0]?.fields.find((field) => field.name === "milestone");
    expect(milestone?.kind === "select" && milestone.options.map((o) => o.label)).toEqual([
      "The commitment as a whole",
      "1. Publish the budget dataset (In progress)",
      "2. Launch the portal (Not started)",
    ]);
  });

  it("stores a submitted update with its milestone change, evidence and challenges, and queues the channel post", async () => {
    await followSpringfield();
    const result = await run(USERS.poc, {
      kind: "form",
      formId: "update",
      context: { commitmentId: data.budgetPortal },
      values: { ...updateValues, milestone: data.publishDataset, milestone_status: "complete" },
    });
    expect(result.status).toBe("ok");
    const [update] = await handle.db.select().from(progressUpdates);
    expect(update).toMatchObject({
      commitmentId: data.budgetPortal,
      milestoneId: data.publishDataset,
      authorId: data.persons.poc,
      source: "slack",
      completionPct: 60,
      noProgress: false,
      nextSteps: "Build the portal.",
      revision: 1,
    });
    expect(await handle.db.select().from(milestoneStatusChanges)).toMatchObject([
      { updateId: update!.id, fromStatus: "in_progress", toStatus: "complete" },
    ]);
    const [milestone] = await handle.db
      .select()
      .from(milestones)
      .where(eq(milestones.id, data.publishDataset));
    expect(milestone?.status).toBe("complete");
    expect((await handle.db.select().from(evidence)).map((row) => row.url)).toEqual([
      "https://data.springfield.example/budget-2026",
      "https://news.example/portal",
    ]);
    expect(await handle.db.$count(auditLog, eq(auditLog.entityId, update!.id))).toBeGreaterThan(0);

    const [queued] = await handle.db.select().from(alertsOutbox);
    expect(queued).toMatchObject({
      platform: "slack",
      workspaceId: TEAM,
      target: CHANNEL,
      kind: "update.posted",
    });
    expect(JSON.stringify(queued?.payload)).toContain("The budget dataset is published");

    const confirmation = result.kind === "messages" ? result.messages[0] : undefined;
    expect(confirmation?.visibility).toBe("ephemeral");
    const buttons = confirmation?.blocks.find((block) => block.kind === "buttons");
    expect(buttons?.kind === "buttons" && invocationOf(buttons.buttons[0])).toEqual({
      command: "update",
      args: ["edit", update!.id],
    });
  });

  it("asks for challenges when an update shows no progress, and refuses links that are not web links", async () => {
    const before = await writeCounts();
    const submit = (values: Record<string, unknown>) =>
      run(USERS.poc, {
        kind: "form",
        formId: "update",
        context: { commitmentId: data.budgetPortal },
        values: { ...updateValues, ...values } as never,
      });
    const stalled = await submit({ completion: "" });
    expect(stalled.kind === "form_errors" && Object.keys(stalled.errors)).toEqual(["challenges"]);
    const badLink = await submit({ evidence: "javascript:alert(1)" });
    expect(badLink.kind === "form_errors" && badLink.errors.evidence).toContain("javascript:alert(1)");
    const noNarrative = await submit({ narrative: "   " });
    expect(noNarrative.kind === "form_errors" && noNarrative.errors.narrative).toBe("Required.");
    expect(await writeCounts()).toEqual(before);

    const statusWithoutMilestone = await submit({ milestone_status: "complete" });
    expect(
      statusWithoutMilestone.kind === "form_errors" && Object.keys(statusWithoutMilestone.errors),
    ).toEqual(["milestone"]);
    expect(await writeCounts()).toEqual(before);

    const explicit = await submit({ completion: "", challenges: ["approval_delay"] });
    expect(explicit.status).toBe("ok");
    const [update] = await handle.db.select().from(progressUpdates);
    expect(update?.noProgress).toBe(true);
    expect(await handle.db.select().from(updateChallenges)).toMatchObject([{ code: "approval_delay" }]);
  });

  it("lets the author correct an update, keeping the previous version in the history and the audit log", async () => {
    await run(USERS.poc, {
      kind: "form",
      formId: "update",
      context: { commitmentId: data.budgetPortal },
      values: updateValues,
    });
    const [original] = await handle.db.select().from(progressUpdates);
    const form = formOf(await run(USERS.poc, "update edit"));
    expect(form.formId).toBe("update_edit");
    expect(form.steps[0]?.fields.find((field) => field.name === "narrative")).toMatchObject({
      initial: updateValues.narrative,
    });

    const corrected = await run(USERS.poc, {
      kind: "form",
      formId: "update_edit",
      context: { updateId: original!.id },
      values: {
        ...updateValues,
        narrative: "Corrected: the dataset went live on 2 March.",
        completion: "65",
      },
    });
    expect(said(corrected)).toContain("revision 2");
    const [update] = await handle.db.select().from(progressUpdates);
    expect(update).toMatchObject({
      revision: 2,
      completionPct: 65,
      narrative: "Corrected: the dataset went live on 2 March.",
    });
    expect(update?.editedAt?.getTime()).toBe(NOW.getTime());
    const [revision] = await handle.db.select().from(progressUpdateRevisions);
    expect(revision).toMatchObject({ updateId: original!.id, revision: 1, replacedBy: data.persons.poc });
    expect(revision?.snapshot).toMatchObject({ narrative: updateValues.narrative, completionPct: 60 });
    const audited = await handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "progress_updates"), eq(auditLog.action, "update")));
    expect(audited.some((row) => JSON.stringify(row.changes).includes("Corrected: the dataset"))).toBe(true);
  });

  it("lets only the author correct an update", async () => {
    await run(USERS.poc, {
      kind: "form",
      formId: "update",
      context: { commitmentId: data.budgetPortal },
      values: updateValues,
    });
    const [original] = await handle.db.select().from(progressUpdates);
    const result = await run(USERS.allowedOfficial, control("update", "edit", original!.id));
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("Only the author");
  });

  it("lets an official post when the PoC allowed it", async () => {
    expect((await run(USERS.allowedOfficial, "update sprfd0001")).kind).toBe("form");
  });

  describe("refusals by role and scope (§1)", () => {
    it("refuses civil society, an official without the PoC's permission, and another member's PoC", async () => {
      const before = await writeCounts();
      const civilSociety = await run(USERS.civilSociety, "update sprfd0001");
      expect(civilSociety.status).toBe("refused");
      expect(said(civilSociety)).toContain("manuel §1");
      expect((await run(USERS.official, "update sprfd0001")).status).toBe("refused");
      const otherMember = await run(USERS.shelbyvillePoc, "update sprfd0001");
      expect(otherMember.status).toBe("refused");
      expect(said(otherMember)).toContain("Only the point of contact of Springfield");
      // A form submitted directly is authorized again, not trusted.
      const forged = await run(USERS.shelbyvillePoc, {
        kind: "form",
        formId: "update",
        context: { commitmentId: data.budgetPortal },
        values: updateValues,
      });
      expect(forged.status).toBe("refused");
      expect(await writeCounts()).toEqual(before);
    });
  });
});

describe("PLAN-5 endorsement (§3.3.1)", () => {
  it("asks civil society to confirm, records the endorsement once however often the button is clicked", async () => {
    const ask = await run(USERS.civilSociety, "endorse shelbyville");
    const buttons =
      ask.kind === "messages" ? ask.messages[0]?.blocks.find((block) => block.kind === "buttons") : undefined;
    const confirm = invocationOf(buttons?.kind === "buttons" ? buttons.buttons[0] : undefined);
    expect(confirm).toEqual({ command: "endorse", args: ["confirm", data.shelbyvillePlan] });
    expect(await handle.db.$count(endorsements)).toBe(0);

    // A double click: the second delivery finds the standing endorsement.
    const clicks = [
      await run(USERS.civilSociety, { kind: "control", invocation: confirm! }),
      await run(USERS.civilSociety, { kind: "control", invocation: confirm! }),
    ];
    expect(await handle.db.select().from(endorsements)).toMatchObject([
      {
        planId: data.shelbyvillePlan,
        organizationId: data.civicLab,
        personId: data.persons.civilSociety,
        source: "slack",
      },
    ]);
    for (const click of clicks) {
      const outcome = click.kind === "messages" ? click.messages[0] : undefined;
      expect(outcome?.target).toEqual({ kind: "replace" });
      expect(outcome?.summary).toContain(
        "Civic Lab a approuvé « Shelbyville Action Plan 2026–2028 » — par Carla Civic",
      );
    }
  });

  it("refuses government roles, and civil society of another member", async () => {
    const before = await writeCounts();
    const poc = await run(USERS.poc, "endorse springfield");
    expect(poc.status).toBe("refused");
    expect(said(poc)).toContain("Government roles cannot endorse: rule PLAN-5");
    const forged = await run(USERS.shelbyvillePoc, control("endorse", "confirm", data.shelbyvillePlan));
    expect(forged.status).toBe("refused");
    expect(await writeCounts()).toEqual(before);
  });

  it("refuses an endorsement after submission, and allows a withdrawal before it", async () => {
    const submitted = await run(USERS.civilSociety, "endorse springfield");
    expect(submitted.status).toBe("refused");
    expect(said(submitted)).toContain("PLAN-5");

    await run(USERS.civilSociety, control("endorse", "confirm", data.shelbyvillePlan));
    const withdrawn = await run(USERS.civilSociety, "endorse withdraw shelbyville");
    expect(withdrawn.status).toBe("ok");
    const [row] = await handle.db.select().from(endorsements);
    expect(row?.withdrawnAt?.getTime()).toBe(NOW.getTime());
    expect((await run(USERS.civilSociety, "endorse withdraw shelbyville")).status).toBe("not_found");
  });
});

describe("MOD-1 modification window (§3.2.1.3)", () => {
  it("opens the proposal form within 6 months of submission and refuses after, naming the rule", async () => {
    expect(formOf(await run(USERS.poc, "modify sprfd0001")).formId).toBe("modify");
    const late = await run(USERS.poc, "modify sprfd0002");
    expect(late.status).toBe("refused");
    expect(said(late)).toContain("Rule MOD-1 (§3.2.1.3)");
    expect(said(late)).toContain("10 Jul 2025");
  });

  it("lets only the PoC propose", async () => {
    expect((await run(USERS.allowedOfficial, "modify sprfd0001")).status).toBe("refused");
    expect((await run(USERS.civilSociety, "modify sprfd0001")).status).toBe("refused");
  });

  it("stores the proposal and asks civil society in the member's channels with approve and reject buttons", async () => {
    await followSpringfield();
    const invalidDate = await run(USERS.poc, {
      kind: "form",
      formId: "modify",
      context: { commitmentId: data.budgetPortal },
      values: { kind: "timeline", new_end_date: "2028-06-30", rationale: "Procurement took longer." },
    });
    expect(invalidDate.kind === "form_errors" && invalidDate.errors.new_end_date).toContain("COMMIT-1");

    const result = await run(USERS.poc, {
      kind: "form",
      formId: "modify",
      context: { commitmentId: data.budgetPortal },
      values: { kind: "timeline", new_end_date: "2027-09-30", rationale: "Procurement took longer." },
    });
    expect(result.status).toBe("ok");
    const [modification] = await handle.db.select().from(modifications);
    expect(modification).toMatchObject({
      commitmentId: data.budgetPortal,
      kind: "timeline",
      decision: "pending",
      proposedOn: "2026-03-10",
      proposedChange: { before: { endDate: "2027-06-30" }, after: { endDate: "2027-09-30" } },
    });
    const [queued] = await handle.db.select().from(alertsOutbox);
    expect(queued?.target).toBe(CHANNEL);
    expect(
      postView(queued!.payload).buttons.map((button) => ("action" in button ? button.action : button.url)),
    ).toEqual([`approve ${modification!.id}`, `reject ${modification!.id}`]);
  });
});

describe("MOD-2 consent (§3.2.1.3)", () => {
  async function propose(): Promise<string> {
    await run(USERS.poc, {
      kind: "form",
      formId: "modify",
      context: { commitmentId: data.budgetPortal },
      values: { kind: "timeline", new_end_date: "2027-09-30", rationale: "Procurement took longer." },
    });
    const [modification] = await handle.db.select().from(modifications);
    return modification!.id;
  }

  async function supportUnitChannel(
    channelId = "C0SUPPORT",
    filters: { country?: string; alertKinds?: string[] } = {},
  ) {
    await handle.db.insert(channelSubscriptions).values({
      platform: "slack",
      workspaceId: TEAM,
      channelId,
      kind: "support_unit_alerts",
      subjectKey: filters.country ?? "",
      ...filters,
    });
  }

  it("notifies only the Support Unit channels whose country and alert-kind filters take MOD-2", async () => {
    await supportUnitChannel("C0ALL");
    await supportUnitChannel("C0US", { country: "US" });
    await supportUnitChannel("C0FR", { country: "FR" });
    await supportUnitChannel("C0MOD", { alertKinds: ["MOD-2"] });
    await supportUnitChannel("C0INACT", { alertKinds: ["INACT-4"] });
    const id = await propose();
    await run(USERS.civilSociety, control("approve", id));
    const notified = await handle.db
      .select({ target: alertsOutbox.target })
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, "MOD-2"));
    expect(notified.map((row) => row.target).sort()).toEqual(["C0ALL", "C0MOD", "C0US"]);
  });

  it("approves with civil society's approval, applies the change and notifies the Support Unit, once", async () => {
    await supportUnitChannel();
    const id = await propose();
    const first = await run(USERS.civilSociety, control("approve", id));
    const again = await run(USERS.civilSociety, control("approve", id));
    for (const click of [first, again]) {
      const outcome = click.kind === "messages" ? click.messages[0] : undefined;
      expect(outcome?.target).toEqual({ kind: "replace" });
      expect(outcome?.summary).toContain("est approuvée par Carla Civic");
    }
    expect(await handle.db.$count(modificationApprovals)).toBe(1);
    const [decided] = await handle.db.select().from(modifications);
    expect(decided).toMatchObject({ decision: "approved" });
    expect(decided?.supportUnitNotifiedAt?.getTime()).toBe(NOW.getTime());
    const [commitment] = await handle.db
      .select()
      .from(commitments)
      .where(eq(commitments.id, data.budgetPortal));
    expect(commitment?.endDate).toBe("2027-09-30");
    const supportUnit = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.target, "C0SUPPORT"));
    expect(supportUnit).toHaveLength(1);
    expect(JSON.stringify(supportUnit[0]?.payload)).toContain("was decided (rule MOD-2");
  });

  it("rejects with one civil-society rejection: nothing changes on the commitment", async () => {
    const id = await propose();
    const result = await run(USERS.civilSociety, `reject ${id.slice(0, 8)}`);
    expect(said(result)).toContain("rejetée par Carla Civic");
    const [decided] = await handle.db.select().from(modifications);
    expect(decided?.decision).toBe("rejected");
    const [commitment] = await handle.db
      .select()
      .from(commitments)
      .where(eq(commitments.id, data.budgetPortal));
    expect(commitment?.endDate).toBe("2027-06-30");
    expect((await run(USERS.civilSociety, control("approve", id))).status).toBe("ok");
    expect((await handle.db.select().from(modifications))[0]?.decision).toBe("rejected");
  });

  it("refuses a government role's verdict", async () => {
    const id = await propose();
    const before = await writeCounts();
    const result = await run(USERS.poc, control("approve", id));
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("MOD-2");
    expect(await writeCounts()).toEqual(before);
  });
});

describe("meeting (§3.3.1)", () => {
  it("logs a meeting from its form and says whether it is multi-stakeholder (PROB-2)", async () => {
    const form = formOf(await run(USERS.poc, "meeting"));
    expect(form.steps.map((step) => step.fields.length)).toEqual([5, 2]);
    const values = {
      held_on: "2026-03-02",
      phase: "implementation",
      title: "Quarterly review",
      government: "3",
      non_government: "4",
      organizations: "Civic Lab\nSpringfield Youth Council",
      minutes_url: "https://springfield.example/minutes/2026-03-02",
    };
    const future = await run(USERS.poc, {
      kind: "form",
      formId: "meeting",
      context: form.context,
      values: { ...values, held_on: "2026-04-01" },
    });
    expect(future.kind).toBe("form_errors");
    const result = await run(USERS.poc, { kind: "form", formId: "meeting", context: form.context, values });
    expect(said(result)).toContain("Multi-stakeholder");
    expect(await handle.db.select().from(meetings)).toMatchObject([
      {
        memberId: data.springfield,
        planId: data.springfieldPlan,
        heldOn: "2026-03-02",
        governmentParticipants: 3,
        nonGovernmentParticipants: 4,
        organizations: ["Civic Lab", "Springfield Youth Council"],
        recordedBy: data.persons.poc,
      },
    ]);
  });

  it("refuses civil society", async () => {
    expect((await run(USERS.civilSociety, "meeting springfield")).status).toBe("refused");
  });
});

describe("evidence (Annex 5)", () => {
  it("attaches a link to a milestone, a commitment or a plan", async () => {
    const milestone = await run(
      USERS.poc,
      "evidence sprfd0001.2 https://springfield.example/tender.pdf budget_decision Tender award",
    );
    expect(said(milestone)).toContain("Tender award");
    await run(USERS.poc, "evidence springfield https://springfield.example/forum participation_space");
    expect(await handle.db.select().from(evidence)).toMatchObject([
      {
        milestoneId: data.launchPortal,
        kind: "budget_decision",
        title: "Tender award",
        addedBy: data.persons.poc,
      },
      {
        planId: data.springfieldPlan,
        kind: "participation_space",
        title: "https://springfield.example/forum",
      },
    ]);
  });

  it("refuses a link that is not a web link, an unknown subject and another member's PoC", async () => {
    const before = await writeCounts();
    expect((await run(USERS.poc, "evidence sprfd0001 ftp://files.example/x")).status).toBe("invalid");
    expect((await run(USERS.poc, "evidence nothing9999 https://example.org")).status).toBe("not_found");
    expect((await run(USERS.shelbyvillePoc, "evidence sprfd0001 https://example.org")).status).toBe(
      "refused",
    );
    expect(await writeCounts()).toEqual(before);
  });
});

describe("subscribe / unsubscribe (§1)", () => {
  it("routes a member's updates to this channel for its PoC, and lists and removes it", async () => {
    expect(said(await run(USERS.poc, "subscribe updates springfield"))).toContain(
      "now receives updates of Springfield",
    );
    expect(said(await run(USERS.poc, "subscribe updates springfield"))).toContain("already receives");
    expect(await handle.db.select().from(channelSubscriptions)).toMatchObject([
      {
        platform: "slack",
        workspaceId: TEAM,
        channelId: CHANNEL,
        kind: "member_updates",
        memberId: data.springfield,
      },
    ]);
    expect(said(await run(USERS.poc, "subscribe"))).toContain("updates of Springfield");
    expect(said(await run(USERS.poc, "unsubscribe updates springfield"))).toContain("no longer receives");
    expect(await handle.db.$count(channelSubscriptions)).toBe(0);
    expect(await handle.db.$count(auditLog, eq(auditLog.entity, "channel_subscriptions"))).toBe(2);
  });

  it("keeps Support Unit alerts to the Support Unit and a member's updates to its own PoC", async () => {
    expect((await run(USERS.poc, "subscribe alerts")).status).toBe("refused");
    expect((await run(USERS.shelbyvillePoc, "subscribe updates springfield")).status).toBe("refused");
    expect((await run(USERS.supportUnit, "subscribe alerts")).status).toBe("ok");
    expect((await run(USERS.supportUnit, "subscribe digest us")).status).toBe("ok");
    expect((await run(USERS.supportUnit, "subscribe", null)).status).toBe("invalid");
  });
});
