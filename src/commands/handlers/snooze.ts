import { writeAudited } from "../../db/audit.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  findOutboxAlert,
  findOutboxAlertByKey,
  type OutboxAlertRow,
} from "../../db/repositories/outbox-alerts.js";
import type { Platform } from "../../domain/vocabularies.js";
import { enqueueAlerts, type OutboxMessage, outboxMessageSchema } from "../../notify/index.js";
import { isSnoozeCopy, SNOOZE_SUFFIX } from "../../scheduler/keys.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { formatInstant } from "../format.js";
import { notice } from "../messages.js";
import { isSupportUnit } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";

/** A snoozed reminder returns after this many days (the button says so: "Snooze 3 days"). */
const SNOOZE_DAYS = 3;
const DAY_MS = 86_400_000;

/**
 * Who may snooze a reminder: the person it was sent to, for a direct message; for a channel post,
 * anyone holding a role for its member, or the Support Unit.
 */
function mayActOn(context: LinkedContext, row: OutboxAlertRow): boolean {
  const { request, caller } = context;
  if (row.isDirectMessage) return row.platform === request.platform && row.target === request.userId;
  return (
    isSupportUnit(caller) ||
    caller.roles.some((grant) => grant.memberId !== null && grant.memberId === row.memberId)
  );
}

/** The copy that comes back: the same reminder without its snooze button, saying who snoozed it. */
function snoozedCopy(message: OutboxMessage, snoozedBy: string): OutboxMessage {
  const buttons = message.buttons?.filter(
    (button) => !("action" in button && button.action.startsWith("snooze ")),
  );
  const { buttons: _dropped, ...rest } = message;
  return {
    ...rest,
    ...(buttons && buttons.length > 0 ? { buttons } : {}),
    footer: message.footer ? `${message.footer} · ${snoozedBy}` : snoozedBy,
  };
}

/**
 * `snooze ALERT` (the button of a deadline reminder): the reminder comes back once, three days
 * later, to the same person or channel (chat-platforms.md: snooze). The copy's outbox key is the
 * reminder's own plus a suffix, so a second snooze of the same reminder finds it and is refused.
 */
export async function snooze(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [ref] = args;
  if (!ref || args.length > 1) throw invalid("cmd.snooze.usage");
  const row = await findOutboxAlert(context.db, ref);
  if (!row) throw notFound("cmd.snooze.not_found", { ref: ref.slice(0, 40) });
  if (!row.kind.startsWith("DUE-")) throw refuse("cmd.snooze.not_reminder");
  if (!mayActOn(context, row)) throw refuse("cmd.snooze.not_yours");
  if (isSnoozeCopy(row.dedupeKey)) throw refuse("cmd.snooze.once");
  const [member] = await findMembersByIds(context.db, row.memberId ? [row.memberId] : []);
  const timeZone = member?.timeZone ?? "UTC";
  const { text, language } = context;

  const parsed = outboxMessageSchema.safeParse(row.payload);
  if (!parsed.success) throw refuse("cmd.snooze.not_reminder");
  const until = new Date(context.now.getTime() + SNOOZE_DAYS * DAY_MS);
  const dedupeKey = `${row.dedupeKey}${SNOOZE_SUFFIX}`;
  const created = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      const id = crypto.randomUUID();
      const inserted = await enqueueAlerts(
        writer.tx,
        [
          {
            id,
            dedupeKey,
            kind: row.kind,
            memberId: row.memberId,
            platform: row.platform as Platform,
            workspaceId: row.workspaceId,
            target: row.target,
            isDirectMessage: row.isDirectMessage,
            message: snoozedCopy(parsed.data, text("cmd.snooze.note", { name: context.caller.name })),
            notBefore: until,
          },
        ],
        context.now,
      );
      if (inserted === 1)
        writer.record("alerts_outbox", id, "insert", { snoozeOf: row.id, notBefore: until.toISOString() });
      return inserted === 1;
    },
    context.now,
  );
  if (!created) {
    const existing = await findOutboxAlertByKey(context.db, dedupeKey);
    const when = formatInstant(existing?.nextAttemptAt ?? until, language, timeZone);
    throw refuse("cmd.snooze.already", { when });
  }
  return notice("ok", text("cmd.snooze.done", { when: formatInstant(until, language, timeZone) }), "success");
}
