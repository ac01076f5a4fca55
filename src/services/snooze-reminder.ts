import { writeAudited } from "../db/audit.js";
import { findMembersByIds } from "../db/repositories/member-lookup.js";
import {
  findOutboxAlert,
  findOutboxAlertByKey,
  type OutboxAlertRow,
} from "../db/repositories/outbox-alerts.js";
import type { Platform } from "../domain/vocabularies.js";
import { isActionButton, type Post, postSchema, type ReplyBlock } from "../messages/model.js";
import { enqueueAlerts, snoozeKey } from "../outbox/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { notFound, refuse } from "./errors.js";
import { isSupportUnit } from "./permissions.js";

/** A snoozed reminder returns after this many days (the button says so: "Snooze 3 days"). */
export const SNOOZE_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Who may snooze a reminder: the person it was sent to, for a direct message; for a channel post,
 * anyone holding a role for its member, or the Support Unit.
 */
function mayActOn(
  acting: Acting,
  identity: { platform: Platform; userId: string },
  row: OutboxAlertRow,
): boolean {
  if (row.isDirectMessage) return row.platform === identity.platform && row.target === identity.userId;
  return (
    isSupportUnit(acting.person) ||
    acting.person.roles.some((grant) => grant.memberId !== null && grant.memberId === row.memberId)
  );
}

/** The copy that comes back: the same reminder without its snooze button, saying who snoozed it. */
function snoozedCopy(post: Post, snoozedBy: string): Post {
  const blocks = post.blocks.flatMap((block): ReplyBlock[] => {
    if (block.kind !== "buttons") return [block];
    const buttons = block.buttons.filter(
      (button) => !(isActionButton(button) && button.invoke.command === "snooze"),
    );
    return buttons.length > 0 ? [{ kind: "buttons", buttons }] : [];
  });
  return { ...post, blocks: [...blocks, { kind: "context", text: snoozedBy }] };
}

export interface Snoozed {
  /** False when the reminder had been snoozed already: `until` is then when it comes back. */
  created: boolean;
  until: Date;
  /** The member's time zone, to show `until` in. */
  timeZone: string;
}

/**
 * A deadline reminder comes back once, three days later, to the same person or channel
 * (chat-platforms.md: snooze). The copy's outbox key is the reminder's own plus a suffix, so a second
 * snooze of the same reminder finds it; a copy itself cannot be snoozed again. `note` is the line the
 * copy carries about who snoozed it, in the reminder's language.
 */
export async function snoozeReminder(
  deps: ServiceDeps,
  acting: Acting,
  identity: { platform: Platform; userId: string },
  alertId: string,
  note: (language: Post["language"]) => string,
): Promise<Snoozed> {
  const row = await findOutboxAlert(deps.db, alertId);
  if (!row) throw notFound("cmd.snooze.not_found", { ref: alertId.slice(0, 40) });
  if (!row.kind.startsWith("DUE-")) throw refuse("cmd.snooze.not_reminder");
  if (!mayActOn(acting, identity, row)) throw refuse("cmd.snooze.not_yours");
  if (row.copyKind === "snooze") throw refuse("cmd.snooze.once");
  const parsed = postSchema.safeParse(row.payload);
  if (!parsed.success) throw refuse("cmd.snooze.not_reminder");
  const [member] = await findMembersByIds(deps.db, row.memberId ? [row.memberId] : []);
  const timeZone = member?.timeZone ?? "UTC";
  const until = new Date(deps.now.getTime() + SNOOZE_DAYS * DAY_MS);
  const dedupeKey = snoozeKey(row.dedupeKey);
  const created = await writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const id = crypto.randomUUID();
      const inserted = await enqueueAlerts(
        writer.tx,
        [
          {
            id,
            dedupeKey,
            kind: row.kind,
            alertKey: row.alertKey ?? row.dedupeKey,
            subject: row.subjectKind && row.subjectId ? { kind: row.subjectKind, id: row.subjectId } : null,
            deadlineKey: row.deadlineKey,
            step: row.step,
            copy: { kind: "snooze", of: row.id },
            memberId: row.memberId,
            platform: row.platform as Platform,
            workspaceId: row.workspaceId,
            target: row.target,
            isDirectMessage: row.isDirectMessage,
            post: snoozedCopy(parsed.data, note(parsed.data.language)),
            notBefore: until,
          },
        ],
        deps.now,
      );
      if (inserted === 1)
        writer.record("alerts_outbox", id, "insert", { snoozeOf: row.id, notBefore: until.toISOString() });
      return inserted === 1;
    },
    deps.now,
  );
  if (created) return { created, until, timeZone };
  const existing = await findOutboxAlertByKey(deps.db, dedupeKey);
  return { created, until: existing?.nextAttemptAt ?? until, timeZone };
}
