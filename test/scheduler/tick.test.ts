import { and, eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  auditLog,
  chatIdentities,
  memberStatusHistory,
  members,
  persons,
  statusDecisions,
} from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { decodeInvocation } from "../../src/messages/invocation.js";
import { tick } from "../../src/scheduler/index.js";
import { invocationOf, postView } from "../support/posts.js";
import { demoWithSubscriptions, describeOutbox, memberIds, PEOPLE, runAs, TARGET } from "./demo.js";

const NOW = new Date("2026-11-15T20:00:00Z");
const options = { now: () => NOW, publicBaseUrl: "https://ogp.example.org" };

let handle: DatabaseHandle;
let id: Record<string, string>;

beforeEach(async () => {
  handle = await demoWithSubscriptions();
  id = await memberIds(handle.db);
});
afterEach(() => handle.close());

const to = (line: string, ...targets: string[]) => targets.map((target) => `${line} → ${target}`);

/**
 * The demo at its reference date (spec §6): every overdue item reaches the PoC by DM on their
 * preferred platform, the member's channel and the Support Unit's channels that want it (Mexico's
 * only for Mexican members, the letters channel only for status rules); the Lomas–Encinar
 * coalition's shared milestone reaches its shared PoC once; a PoC without a chat identity (Santa
 * Clara's) gets nothing directly. Letters go to the Support Unit; digests to member channels and
 * Mexico's country digest channel.
 */
const AT_REFERENCE_DATE = [
  ...to(
    "DUE-MILESTONE mxstl0001/2026-09 2026-09-30 overdue",
    TARGET.diego,
    TARGET.lomasChannel,
    TARGET.supportAll,
    TARGET.supportMexico,
  ),
  ...to("DUE-MILESTONE frvdb0001/2026-06 2026-06-30 overdue", TARGET.camille, TARGET.supportAll),
  ...to("DUE-MILESTONE frvdb0002/2026-06 2026-06-30 overdue", TARGET.camille, TARGET.supportAll),
  ...to("DUE-UPDATE mxscp0001 2026Q3 overdue", TARGET.supportAll, TARGET.supportMexico),
  ...to("DUE-UPDATE mxscp0002 2026Q3 overdue", TARGET.supportAll, TARGET.supportMexico),
  ...to("DUE-MILESTONE mxscp0001/2026-03 2026-03-31 overdue", TARGET.supportAll, TARGET.supportMexico),
  ...to("DUE-MILESTONE mxscp0002/2025-09 2025-09-30 overdue", TARGET.supportAll, TARGET.supportMexico),
  ...to(
    "PROB-1 santa-clara-de-los-pinos 2026-10-01 letter",
    TARGET.supportAll,
    TARGET.supportMexico,
    TARGET.supportLetters,
  ),
  ...to("DUE-UPDATE nzkwc0003 2026Q3 overdue", TARGET.aroha, TARGET.kowhaiChannel, TARGET.supportAll),
  ...to("DUE-UPDATE nzkwc0004 2026Q3 overdue", TARGET.aroha, TARGET.kowhaiChannel, TARGET.supportAll),
  ...to(
    "DUE-MILESTONE nzkwc0003/2026-06 2026-06-30 overdue",
    TARGET.aroha,
    TARGET.kowhaiChannel,
    TARGET.supportAll,
  ),
  ...to(
    "DUE-MILESTONE nzkwc0004/2025-12 2025-12-31 overdue",
    TARGET.aroha,
    TARGET.kowhaiChannel,
    TARGET.supportAll,
  ),
  ...to("DUE-MEETINGS kowhai-coast:2 2026-03-20 m6", TARGET.aroha, TARGET.mere, TARGET.kowhaiChannel),
  ...to("INACT-4 kowhai-coast 2026-10-01 letter", TARGET.supportAll, TARGET.supportLetters),
  ...to("digest.weekly kowhai-coast 2026-W46", TARGET.kowhaiChannel),
  ...to("digest.weekly san-telmo-de-las-lomas 2026-W46", TARGET.lomasChannel),
  ...to("digest.country MX 2026-07-01", TARGET.mexicoDigest),
].sort();

async function outboxRow(descriptor: string) {
  const rows = await handle.db.select().from(alertsOutbox);
  for (const row of rows) {
    const [line] = await describeOutbox(handle.db, [row]);
    if (line === descriptor) return { ...row, message: postView(row.payload) };
  }
  throw new Error(
    `no outbox row ${descriptor}; rows:\n${(await describeOutbox(handle.db, rows)).join("\n")}`,
  );
}

/** Makes Kōwhai Coast's recorded status `active` again, as it was before its INACT-4 transition. */
async function recordKowhaiActive() {
  await handle.db
    .update(members)
    .set({ status: "active", statusSince: "2022-09-01" })
    .where(eq(members.id, id["kowhai-coast"]!));
  await handle.db
    .delete(memberStatusHistory)
    .where(
      and(eq(memberStatusHistory.memberId, id["kowhai-coast"]!), eq(memberStatusHistory.status, "inactive")),
    );
}

describe("tick over the demo: reminders once per step and target (spec §6, DUE-*)", () => {
  it("writes exactly the expected alerts at the reference date", async () => {
    const report = await tick(handle.db, DEMO_REFERENCE_DATE, options);
    expect(await describeOutbox(handle.db)).toEqual(AT_REFERENCE_DATE);
    expect(report).toMatchObject({ evaluated: 5, failures: [], transitions: [] });
    expect(report.alerts.created).toBe(AT_REFERENCE_DATE.length);
    // The coalition's shared milestone was addressed through both members: one row per target.
    expect(report.alerts.routed).toBe(AT_REFERENCE_DATE.length + 3);
    expect(report.skippedRecipients.map((skipped) => `${skipped.person} (${skipped.role})`)).toEqual(
      expect.arrayContaining([
        "Rosa Elena Campos (point_of_contact)",
        "Tomás Aguilar (civil_society)",
        "Sione Fifita (civil_society)",
        "Julien Moreau (civil_society)",
        "Lucía Herrera Quiroga (national_coordinator)",
      ]),
    );
  });

  it("writes nothing more when it runs again at the same date", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const again = await tick(handle.db, DEMO_REFERENCE_DATE, options);
    expect(again.alerts.created).toBe(0);
    expect(await describeOutbox(handle.db)).toEqual(AT_REFERENCE_DATE);
  });

  it("writes the next reminder steps when the date advances", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const before = new Set((await handle.db.select().from(alertsOutbox)).map((row) => row.id));
    await tick(handle.db, "2026-12-20", options);
    const added = (await handle.db.select().from(alertsOutbox)).filter((row) => !before.has(row.id));
    expect(await describeOutbox(handle.db, added)).toEqual(
      [
        ...to("DUE-UPDATE mxven0001 2026Q4 d-14", TARGET.diego),
        ...to("DUE-MILESTONE mxven0001/2026-12 2026-12-31 d-14", TARGET.diego),
        ...to("DUE-MILESTONE frvdb0001/2026-12 2026-12-31 d-14", TARGET.camille),
        // Probation's own deadline also concerns the Support Unit (spec §6 DUE-PROBATION).
        ...to(
          "DUE-PROBATION santa-clara-de-los-pinos 2027-02-01 d-60",
          TARGET.supportAll,
          TARGET.supportMexico,
        ),
        ...to("DUE-UPDATE nzkwc0003 2026Q4 d-14", TARGET.aroha, TARGET.kowhaiChannel),
        ...to("DUE-UPDATE nzkwc0004 2026Q4 d-14", TARGET.aroha, TARGET.kowhaiChannel),
        ...to("DUE-UPDATE kowhai-coast 2026Q4 inact4-risk", TARGET.aroha, TARGET.kowhaiChannel),
        ...to("DUE-MILESTONE nzkwc0003/2026-12 2026-12-31 d-14", TARGET.aroha, TARGET.kowhaiChannel),
        ...to("digest.weekly kowhai-coast 2026-W51", TARGET.kowhaiChannel),
        ...to("digest.weekly san-telmo-de-las-lomas 2026-W51", TARGET.lomasChannel),
      ].sort(),
    );
  });

  it("computes the same alerts in a dry run and writes nothing", async () => {
    await recordKowhaiActive();
    const audit = await handle.db.$count(auditLog);
    const report = await tick(handle.db, DEMO_REFERENCE_DATE, { ...options, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.transitions).toMatchObject([{ member: "kowhai-coast", from: "active", to: "inactive" }]);
    expect(report.alerts.created).toBe(AT_REFERENCE_DATE.length);
    expect(report.planned).toHaveLength(AT_REFERENCE_DATE.length);
    expect(report.planned.find((alert) => alert.kind === "INACT-4")?.title).toBe(
      "Draft letter: Kōwhai Coast District is inactive",
    );
    expect(await handle.db.$count(alertsOutbox)).toBe(0);
    expect(await handle.db.$count(auditLog)).toBe(audit);
    const [kowhai] = await handle.db.select().from(members).where(eq(members.id, id["kowhai-coast"]!));
    expect(kowhai?.status).toBe("active");
  });
});

describe("status transitions recorded with their alerts (spec §5, §2 status history)", () => {
  it("records a transition with its rule, reason and audit, and drafts its letter (INACT-4)", async () => {
    await recordKowhaiActive();
    const report = await tick(handle.db, "2026-10-01", options);
    expect(report.transitions).toEqual([
      {
        member: "kowhai-coast",
        from: "active",
        to: "inactive",
        since: "2026-10-01",
        ruleId: "INACT-4",
        reason: "Rule INACT-4 (§4.1.4): no progress update was posted from 2026Q2 to 2026Q3.",
      },
    ]);
    const [kowhai] = await handle.db.select().from(members).where(eq(members.id, id["kowhai-coast"]!));
    expect(kowhai).toMatchObject({ status: "inactive", statusSince: "2026-10-01" });
    const history = await handle.db
      .select()
      .from(memberStatusHistory)
      .where(
        and(
          eq(memberStatusHistory.memberId, id["kowhai-coast"]!),
          eq(memberStatusHistory.status, "inactive"),
        ),
      );
    expect(history).toMatchObject([
      { effectiveOn: "2026-10-01", ruleId: "INACT-4", actor: "rules", actorPersonId: null },
    ]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.source, "scheduler"));
    expect(audit.map((entry) => `${entry.entity} ${entry.action}`).sort()).toEqual([
      "member_status_history insert",
      "members update",
    ]);
    expect(await describeOutbox(handle.db)).toEqual(
      expect.arrayContaining(
        to("INACT-4 kowhai-coast 2026-10-01 letter", TARGET.supportAll, TARGET.supportLetters),
      ),
    );
    // Recorded once: the next tick finds the recorded status equal to the computed one.
    expect((await tick(handle.db, "2026-10-02", options)).transitions).toEqual([]);
  });

  it("leaves a recorded status dated after the evaluated day alone (a tick run for a past day)", async () => {
    // Kōwhai Coast is recorded inactive since 2026-10-01; on 2026-09-15 the rules still find it active.
    const report = await tick(handle.db, "2026-09-15", options);
    expect(report.transitions).toEqual([]);
    const [kowhai] = await handle.db.select().from(members).where(eq(members.id, id["kowhai-coast"]!));
    expect(kowhai).toMatchObject({ status: "inactive", statusSince: "2026-10-01" });
  });

  it("writes a transition and its alerts together or not at all", async () => {
    await recordKowhaiActive();
    // A failure inside the transition's transaction, after the status update has run.
    await handle.client.execute(`
      create trigger refuse_kowhai_alerts before insert on alerts_outbox
      when new.member_id = '${id["kowhai-coast"]}'
      begin select raise(abort, 'forced failure'); end`);
    const failed = await tick(handle.db, "2026-10-01", options);
    expect(failed.failures).toEqual([{ member: "kowhai-coast", stage: "write", error: expect.any(String) }]);
    expect(failed.transitions).toEqual([]);
    const [kowhai] = await handle.db.select().from(members).where(eq(members.id, id["kowhai-coast"]!));
    expect(kowhai).toMatchObject({ status: "active", statusSince: "2022-09-01" });
    const rows = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.memberId, id["kowhai-coast"]!));
    expect(rows).toEqual([]);
    expect(await handle.db.$count(auditLog, eq(auditLog.source, "scheduler"))).toBe(0);
    // Other members' alerts were written in their own transaction.
    expect(await handle.db.$count(alertsOutbox)).toBeGreaterThan(0);

    await handle.client.execute("drop trigger refuse_kowhai_alerts");
    const retried = await tick(handle.db, "2026-10-01", options);
    expect(retried.transitions.map((transition) => transition.member)).toEqual(["kowhai-coast"]);
    expect(
      await handle.db.$count(alertsOutbox, eq(alertsOutbox.memberId, id["kowhai-coast"]!)),
    ).toBeGreaterThan(0);
  });

  it("never records a revocation itself: REVOKE-1 waits for the Support Unit's confirmation", async () => {
    const due = await tick(handle.db, "2027-02-02", options);
    expect(due.transitions).toEqual([]);
    const santaClara = id["santa-clara-de-los-pinos"]!;
    const recorded = async () =>
      (await handle.db.select().from(members).where(eq(members.id, santaClara)))[0]?.status;
    expect(await recorded()).toBe("probation");
    const request = await outboxRow(
      `REVOKE-1 santa-clara-de-los-pinos 2027-02-01 confirm → ${TARGET.supportLetters}`,
    );
    expect(request.message.title).toBe("Revocation due: Santa Clara de los Pinos");
    // The draft letter is in the member's language (Spanish), the frame in the Support Unit's.
    expect(request.message.text).toContain(
      "The revocation takes effect only when you confirm it (rule REVOKE-1)",
    );
    expect(request.message.text).toContain("Estimadas y estimados colegas de Santa Clara de los Pinos");
    const [confirm] = request.message.buttons ?? [];
    expect(confirm).toMatchObject({ label: "Confirm revocation", style: "danger" });
    const invocation = decodeInvocation(confirm && "action" in confirm ? confirm.action : "");
    expect(invocation).toEqual({ command: "revoke", args: ["confirm", "santa-clara-de-los-pinos"] });

    const at = new Date("2027-02-02T16:00:00Z");
    await runAs(handle.db, PEOPLE.amara, { kind: "control", invocation: invocation! }, at);
    expect(await recorded()).toBe("revoked");
    expect(await handle.db.$count(statusDecisions, eq(statusDecisions.kind, "revocation_confirmed"))).toBe(1);

    const after = await tick(handle.db, "2027-02-02", options);
    expect(after.transitions).toEqual([]);
    expect(await describeOutbox(handle.db)).toEqual(
      expect.arrayContaining(
        to(
          "REVOKE-1 santa-clara-de-los-pinos 2027-02-02 letter",
          TARGET.supportAll,
          TARGET.supportMexico,
          TARGET.supportLetters,
        ),
      ),
    );
  });

  it("drafts each letter in the member's language", async () => {
    await recordKowhaiActive();
    await handle.db.update(members).set({ language: "fr" }).where(eq(members.id, id["kowhai-coast"]!));
    await tick(handle.db, "2026-10-01", options);
    const letter = await outboxRow(`INACT-4 kowhai-coast 2026-10-01 letter → ${TARGET.supportAll}`);
    expect(letter.message.text).toContain("Draft letter to send to the member, in French.");
    expect(letter.message.text).toContain("Chères et chers collègues de Kōwhai Coast District");
    expect(letter.message.text).toContain("votre adhésion est inactive depuis le 1 oct. 2026");
    expect(letter.message.text).toContain("Règle INACT-4 (§4.1.4)");
    expect(letter.message.buttons?.[0]).toEqual({
      label: "Mark letter sent",
      action: "letter sent kowhai-coast 2026-10-01",
    });

    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const spanish = await outboxRow(
      `PROB-1 santa-clara-de-los-pinos 2026-10-01 letter → ${TARGET.supportAll}`,
    );
    expect(spanish.message.text).toContain("Estimadas y estimados colegas de Santa Clara de los Pinos");
    expect(spanish.message.text).toContain("Regla PROB-1 (§4.2)");
  });
});

describe("actionable reminders (one click from reminder to form)", () => {
  it("gives the PoC the update form of the commitment, a snooze and the public page; the Support Unit neither button", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const direct = await outboxRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.aroha}`);
    expect(direct.isDirectMessage).toBe(true);
    expect(direct.message).toMatchObject({
      title: "Overdue: Quarterly progress update · Kōwhai Coast District",
      text: "The Q3 2026 progress update for commitment nzkwc0003 was due on 30 Sept 2026.",
      buttons: [
        { label: "Post the update", action: "update nzkwc0003", style: "primary" },
        { label: "Snooze 3 days", action: `snooze ${direct.id}` },
        { label: "Public page", url: "https://ogp.example.org/members/kowhai-coast/commitments/nzkwc0003" },
      ],
      footer: "Rule DUE-UPDATE (§3.5, §3.5.4) · overdue · dates in Pacific/Auckland",
    });
    const form = await runAs(
      handle.db,
      PEOPLE.aroha,
      { kind: "control", invocation: decodeInvocation("update nzkwc0003")! },
      NOW,
    );
    expect(form).toMatchObject({ kind: "form", form: { formId: "update" } });

    const support = await outboxRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.supportAll}`);
    expect(support.message.buttons).toEqual([
      { label: "Public page", url: "https://ogp.example.org/members/kowhai-coast/commitments/nzkwc0003" },
    ]);
  });

  it("opens the meeting form from a DUE-MEETINGS reminder for the PoC, not for civil society", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const channel = await outboxRow(`DUE-MEETINGS kowhai-coast:2 2026-03-20 m6 → ${TARGET.kowhaiChannel}`);
    expect(channel.message.buttons?.[0]).toEqual({
      label: "Log a meeting",
      action: "meeting kowhai-coast",
      style: "primary",
    });
    const civilSociety = await outboxRow(`DUE-MEETINGS kowhai-coast:2 2026-03-20 m6 → ${TARGET.mere}`);
    expect(civilSociety.message.buttons?.map((button) => button.label)).toEqual([
      "Snooze 3 days",
      "Public page",
    ]);
    const form = await runAs(
      handle.db,
      PEOPLE.aroha,
      { kind: "control", invocation: decodeInvocation("meeting kowhai-coast")! },
      NOW,
    );
    expect(form).toMatchObject({ kind: "form", form: { formId: "meeting" } });
  });

  it("asks civil society to endorse a plan in co-creation, in its language, opening the endorse confirmation (PLAN-5)", async () => {
    const [julien] = await handle.db
      .select()
      .from(persons)
      .where(eq(persons.email, "julien.moreau@brumecitoyenne.example"));
    await handle.db
      .insert(chatIdentities)
      .values({ personId: julien!.id, platform: "discord", workspaceId: "", userId: "815500000000000009" });
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const request = await outboxRow(
      "PLAN-5 val-de-brume:2 co_creation request → discord::815500000000000009",
    );
    expect(request.message.title).toBe("Approbation demandée · Val-de-Brume");
    expect(request.message.text).toContain("Règle PLAN-5 (§3.3.1)");
    const [endorse] = request.message.buttons ?? [];
    const invocation = decodeInvocation(endorse && "action" in endorse ? endorse.action : "");
    expect(invocation?.command).toBe("endorse");
    const confirmation = await runAs(
      handle.db,
      { platform: "discord", workspaceId: "", userId: "815500000000000009" },
      { kind: "control", invocation: invocation! },
      NOW,
    );
    expect(confirmation.kind).toBe("messages");
    const buttons =
      confirmation.kind === "messages"
        ? confirmation.messages.flatMap((message) =>
            message.blocks.flatMap((block) => (block.kind === "buttons" ? block.buttons : [])),
          )
        : [];
    expect(buttons.map((button) => invocationOf(button)?.args[0])).toContain("confirm");
  });
});

describe("reminders made moot are cancelled", () => {
  it("cancels a pending reminder whose deadline is no longer open when it comes due", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, options);
    const reminder = await outboxRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.aroha}`);
    // Still waiting for delivery (say, snoozed) when the next quarter ends: Q3's report is no longer asked for.
    await handle.db
      .update(alertsOutbox)
      .set({ nextAttemptAt: new Date("2027-01-05T00:00:00Z") })
      .where(eq(alertsOutbox.id, reminder.id));
    const kept = await tick(handle.db, "2026-12-01", options);
    expect(kept.alerts.cancelled).toBe(0);
    const report = await tick(handle.db, "2027-01-02", options);
    const [row] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.id, reminder.id));
    expect(row?.state).toBe("cancelled");
    expect(report.alerts.cancelled).toBeGreaterThan(0);
    // Digests and letters are never cancelled by this: only rule reminders whose deadline closed.
    const states = await handle.db
      .select({ state: alertsOutbox.state, count: sql<number>`count(*)` })
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, "digest.weekly"))
      .groupBy(alertsOutbox.state);
    expect(states).toEqual([{ state: "pending", count: expect.any(Number) }]);
  });
});
