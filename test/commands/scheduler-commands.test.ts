import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  auditLog,
  channelSubscriptions,
  memberStatusHistory,
  members,
  persons,
  statusDecisions,
} from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { tick } from "../../src/scheduler/index.js";
import {
  demoWithSubscriptions,
  describeOutbox,
  memberIds,
  PEOPLE,
  runAs,
  TARGET,
} from "../scheduler/demo.js";
import { postView } from "../support/posts.js";
import { said } from "./harness.js";

let handle: DatabaseHandle;
let id: Record<string, string>;

beforeEach(async () => {
  handle = await demoWithSubscriptions();
  id = await memberIds(handle.db);
});
afterEach(() => handle.close());

const REFERENCE_NOW = new Date("2026-11-15T20:00:00Z");
/** The day after Santa Clara's REVOKE-1 fell due (probation since 2026-10-01, 4 months to rectify). */
const REVOCATION_NOW = new Date("2027-02-02T16:00:00Z");

describe("REVOKE-1: revoke confirm MEMBER (Support Unit only)", () => {
  const santaClara = () => id["santa-clara-de-los-pinos"]!;
  const recorded = async () =>
    (await handle.db.select().from(members).where(eq(members.id, santaClara())))[0];

  it("is refused to anyone but the Support Unit, and writes nothing", async () => {
    const result = await runAs(
      handle.db,
      PEOPLE.diego,
      "revoke confirm santa-clara-de-los-pinos",
      REVOCATION_NOW,
    );
    expect(result).toMatchObject({ status: "refused" });
    expect(said(result)).toBe("Solo la Unidad de Apoyo confirma una revocación (regla REVOKE-1, §4.2).");
    expect(await handle.db.$count(statusDecisions, eq(statusDecisions.kind, "revocation_confirmed"))).toBe(0);
  });

  it("is refused while the revocation is not due", async () => {
    const result = await runAs(
      handle.db,
      PEOPLE.amara,
      "revoke confirm santa-clara-de-los-pinos",
      REFERENCE_NOW,
    );
    expect(result).toMatchObject({ status: "refused" });
    expect(said(result)).toBe(
      "The revocation of Santa Clara de los Pinos is not due: its status is On probation. Rule REVOKE-1 (§4.2) applies 4 months into probation.",
    );
    expect((await recorded())?.status).toBe("probation");
  });

  it("records the decision, the status and its history row, audited, once however often it is clicked", async () => {
    const result = await runAs(
      handle.db,
      PEOPLE.amara,
      "revoke confirm santa-clara-de-los-pinos No response to three letters",
      REVOCATION_NOW,
    );
    expect(result).toMatchObject({ status: "ok" });
    expect(said(result)).toBe(
      "Revocation of Santa Clara de los Pinos confirmed by Amara Nwosu, effective 2 Feb 2027 (rule REVOKE-1, §4.2). The draft revocation letter follows in the Support Unit's channel.",
    );
    expect(await recorded()).toMatchObject({ status: "revoked", statusSince: "2027-02-02" });
    const [amara] = await handle.db
      .select()
      .from(persons)
      .where(eq(persons.email, "amara.nwosu@ogp-support.example"));
    expect(
      await handle.db.select().from(statusDecisions).where(eq(statusDecisions.kind, "revocation_confirmed")),
    ).toMatchObject([
      {
        memberId: santaClara(),
        startsOn: "2027-02-02",
        reason: "No response to three letters",
        decidedBy: amara!.id,
      },
    ]);
    const [history] = await handle.db
      .select()
      .from(memberStatusHistory)
      .where(and(eq(memberStatusHistory.memberId, santaClara()), eq(memberStatusHistory.status, "revoked")));
    expect(history).toMatchObject({
      effectiveOn: "2027-02-02",
      ruleId: "REVOKE-1",
      actor: "person",
      actorPersonId: amara!.id,
      reason:
        "Rule REVOKE-1 (§4.2): revocation confirmed by the Support Unit on 2027-02-02: No response to three letters",
    });
    const audited = await handle.db.select().from(auditLog).where(eq(auditLog.source, "slack"));
    expect(audited.map((entry) => entry.entity).sort()).toEqual([
      "member_status_history",
      "members",
      "status_decisions",
    ]);

    const twice = await runAs(
      handle.db,
      PEOPLE.amara,
      "revoke confirm santa-clara-de-los-pinos",
      REVOCATION_NOW,
    );
    expect(said(twice)).toBe(
      "The membership of Santa Clara de los Pinos is already revoked, since 2 Feb 2027.",
    );
    expect(await handle.db.$count(statusDecisions, eq(statusDecisions.kind, "revocation_confirmed"))).toBe(1);
  });

  it("is listed in help for the Support Unit only", async () => {
    expect(said(await runAs(handle.db, PEOPLE.amara, "help", REFERENCE_NOW))).toContain(
      "/ogp revoke confirm MEMBER [REASON]",
    );
    expect(said(await runAs(handle.db, PEOPLE.aroha, "help", REFERENCE_NOW))).not.toContain("revoke");
  });
});

describe("letter sent MEMBER [DATE]: the Support Unit records a status letter as sent (§4.1, §4.2)", () => {
  it("records the letter of the latest transition once, from the draft's button", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, { now: () => REFERENCE_NOW });
    const [row] = await handle.db
      .select()
      .from(alertsOutbox)
      .where(and(eq(alertsOutbox.kind, "INACT-4"), eq(alertsOutbox.target, "C0SUALL")));
    const [button] = postView(row!.payload).buttons ?? [];
    const action = button && "action" in button ? button.action : "";
    expect(action).toBe("letter sent kowhai-coast 2026-10-01");

    const done = await runAs(handle.db, PEOPLE.amara, action, REFERENCE_NOW);
    expect(done).toMatchObject({ status: "ok", messages: [{ target: { kind: "replace" } }] });
    expect(said(done)).toBe(
      "Letter to Kōwhai Coast District (Inactive since 1 Oct 2026) recorded as sent by Amara Nwosu on 16 Nov 2026.",
    );
    expect(await handle.db.select().from(auditLog).where(eq(auditLog.entity, "status_letter"))).toMatchObject(
      [
        {
          action: "insert",
          changes: { status: "inactive", effectiveOn: "2026-10-01", sentOn: "2026-11-16" },
        },
      ],
    );
    const twice = await runAs(handle.db, PEOPLE.amara, "letter sent kowhai-coast", REFERENCE_NOW);
    expect(said(twice)).toMatch(
      /^The letter to Kōwhai Coast District \(Inactive since 1 Oct 2026\) was already recorded as sent by amara\.nwosu@ogp-support\.example via slack/,
    );
    expect(await handle.db.$count(auditLog, eq(auditLog.entity, "status_letter"))).toBe(1);
  });

  it("refuses others, an unknown transition and a malformed call", async () => {
    expect(said(await runAs(handle.db, PEOPLE.aroha, "letter sent kowhai-coast", REFERENCE_NOW))).toBe(
      "Only the Support Unit records the letters it sends (§4.1, §4.2).",
    );
    expect(
      said(await runAs(handle.db, PEOPLE.amara, "letter sent kowhai-coast 2025-01-01", REFERENCE_NOW)),
    ).toBe(
      "Kōwhai Coast District has no inactivity, probation or revocation on record that began on 1 Jan 2025.",
    );
    expect(said(await runAs(handle.db, PEOPLE.amara, "letter sent villa-encinar", REFERENCE_NOW))).toBe(
      "Villa Encinar has no inactivity, probation or revocation on record that calls for a letter.",
    );
    expect(said(await runAs(handle.db, PEOPLE.amara, "letter kowhai-coast", REFERENCE_NOW))).toBe(
      "Usage: /ogp letter sent MEMBER [YYYY-MM-DD]",
    );
    expect(await handle.db.$count(auditLog, eq(auditLog.entity, "status_letter"))).toBe(0);
  });
});

describe("snooze ALERT: a reminder comes back once, 3 days later", () => {
  async function remindedRow(descriptor: string) {
    for (const row of await handle.db.select().from(alertsOutbox)) {
      const [line] = await describeOutbox(handle.db, [row]);
      if (line === descriptor) return row;
    }
    throw new Error(`no row ${descriptor}`);
  }

  it("re-queues the reminder to the same person without its snooze button, and refuses a second snooze", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, { now: () => REFERENCE_NOW });
    const reminder = await remindedRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.aroha}`);
    const snoozed = await runAs(handle.db, PEOPLE.aroha, `snooze ${reminder.id}`, REFERENCE_NOW);
    expect(snoozed).toMatchObject({ status: "ok" });
    // Dates in the member's time zone: 3 days after 2026-11-15 20:00 UTC is the 19th in Auckland.
    expect(said(snoozed)).toBe("Snoozed: this reminder comes back on 19 Nov 2026, 09:00 GMT+13.");

    const copy = await remindedRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.aroha} (snooze)`);
    expect(copy).toMatchObject({
      state: "pending",
      isDirectMessage: true,
      target: PEOPLE.aroha.userId,
      nextAttemptAt: new Date("2026-11-18T20:00:00Z"),
    });
    const message = postView(copy.payload);
    expect(message.buttons?.map((button) => button.label)).toEqual(["Post the update"]);
    expect(message.footer).toMatch(/· Snoozed by Aroha Ngata$/);

    const again = await runAs(handle.db, PEOPLE.aroha, `snooze ${reminder.id}`, REFERENCE_NOW);
    expect(again).toMatchObject({ status: "refused" });
    expect(said(again)).toBe(
      "This reminder is already snoozed: it comes back on 19 Nov 2026, 09:00 GMT+13. A reminder can be snoozed once.",
    );
    const ofCopy = await runAs(handle.db, PEOPLE.aroha, `snooze ${copy.id}`, REFERENCE_NOW);
    expect(said(ofCopy)).toBe("This reminder was already snoozed once; it cannot be snoozed again.");
    expect(await handle.db.$count(alertsOutbox)).toBe((await describeOutbox(handle.db)).length);
  });

  it("lets only the addressee snooze a direct message, and only reminders", async () => {
    await tick(handle.db, DEMO_REFERENCE_DATE, { now: () => REFERENCE_NOW });
    const reminder = await remindedRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.aroha}`);
    expect(said(await runAs(handle.db, PEOPLE.mere, `snooze ${reminder.id}`, REFERENCE_NOW))).toBe(
      "This reminder is not addressed to you.",
    );
    const letter = await remindedRow(`INACT-4 kowhai-coast 2026-10-01 letter → ${TARGET.supportAll}`);
    expect(said(await runAs(handle.db, PEOPLE.amara, `snooze ${letter.id}`, REFERENCE_NOW))).toBe(
      "Only deadline reminders can be snoozed.",
    );
    // In the member's channel, someone with a role for the member may snooze it for the channel.
    const channel = await remindedRow(`DUE-UPDATE nzkwc0003 2026Q3 overdue → ${TARGET.kowhaiChannel}`);
    expect(await runAs(handle.db, PEOPLE.mere, `snooze ${channel.id}`, REFERENCE_NOW)).toMatchObject({
      status: "ok",
    });
    expect(await runAs(handle.db, PEOPLE.camille, `snooze ${channel.id}`, REFERENCE_NOW)).toMatchObject({
      status: "refused",
    });
  });
});

describe("subscribe alerts [COUNTRY|all] [RULES]: Support Unit channels filtered by country and alert kind", () => {
  it("routes only the chosen kinds about the chosen country's members to the channel", async () => {
    const added = await runAs(
      handle.db,
      PEOPLE.amara,
      "subscribe alerts mx PROB-1,due-update",
      REFERENCE_NOW,
      "C0FILTER",
    );
    expect(said(added)).toBe("This channel now receives Support Unit alerts (MX, PROB-1, DUE-UPDATE).");
    const [row] = await handle.db
      .select()
      .from(channelSubscriptions)
      .where(eq(channelSubscriptions.channelId, "C0FILTER"));
    expect(row).toMatchObject({
      kind: "support_unit_alerts",
      country: "MX",
      alertKinds: ["PROB-1", "DUE-UPDATE"],
    });
    expect(said(await runAs(handle.db, PEOPLE.amara, "subscribe", REFERENCE_NOW, "C0FILTER"))).toContain(
      "Support Unit alerts (MX, PROB-1, DUE-UPDATE)",
    );

    await tick(handle.db, DEMO_REFERENCE_DATE, { now: () => REFERENCE_NOW });
    expect(
      (await describeOutbox(handle.db)).filter((line) => line.endsWith("slack:T0DEMOSU:C0FILTER")),
    ).toEqual([
      "DUE-UPDATE mxscp0001 2026Q3 overdue → slack:T0DEMOSU:C0FILTER",
      "DUE-UPDATE mxscp0002 2026Q3 overdue → slack:T0DEMOSU:C0FILTER",
      "PROB-1 santa-clara-de-los-pinos 2026-10-01 letter → slack:T0DEMOSU:C0FILTER",
    ]);

    expect(
      said(await runAs(handle.db, PEOPLE.amara, "unsubscribe alerts MX", REFERENCE_NOW, "C0FILTER")),
    ).toBe("This channel no longer receives Support Unit alerts (MX).");
  });

  it("refuses an unknown alert kind and a malformed country, writing nothing", async () => {
    const unknown = await runAs(
      handle.db,
      PEOPLE.amara,
      "subscribe alerts all DUE-UPDATES",
      REFERENCE_NOW,
      "C0FILTER",
    );
    expect(said(unknown)).toBe(
      "Unknown alert kind(s): DUE-UPDATES. Alerts are filtered by rule ID, e.g. DUE-UPDATE,INACT-4,REVOKE-1.",
    );
    expect(
      (await runAs(handle.db, PEOPLE.amara, "subscribe alerts Mexico", REFERENCE_NOW, "C0FILTER")).status,
    ).toBe("invalid");
    expect(await handle.db.$count(channelSubscriptions, eq(channelSubscriptions.channelId, "C0FILTER"))).toBe(
      0,
    );
  });
});
