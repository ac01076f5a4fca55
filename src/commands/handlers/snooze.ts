import { writeAudited } from "../../db/audit.js";
import { findMembersByIds } from "../../db/repositories/member-lookup.js";
import {
  findOutboxAlert,
  findOutboxAlertByKey,
  type OutboxAlertRow,
} from "../../db/repositories/outbox-alerts.js";
import type { Platform } from "../../domain/vocabularies.js";
import { formatInstant } from "../../messages/format.js";
import { isActionButton, type Post, postSchema, type ReplyBlock } from "../../messages/model.js";
import { enqueueAlerts, snoozeKey } from "../../outbox/index.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
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
  if (row.copyKind === "snooze") throw refuse("cmd.snooze.once");
  const [member] = await findMembersByIds(context.db, row.memberId ? [row.memberId] : []);
  const timeZone = member?.timeZone ?? "UTC";
  const { text, language } = context;

  const parsed = postSchema.safeParse(row.payload);
  if (!parsed.success) throw refuse("cmd.snooze.not_reminder");
  const until = new Date(context.now.getTime() + SNOOZE_DAYS * DAY_MS);
  const dedupeKey = snoozeKey(row.dedupeKey);
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
            alertKey: row.alertKey ?? row.dedupeKey,
            subject: row.subjectKind && row.subjectId ? { kind: row.subjectKind, id: row.subjectId } : null,
            deadlineKey: row.deadlineKey,
            step: row.step,
            copy: { kind: "snooze", of: row.id },
            post: snoozedCopy(parsed.data, text("cmd.snooze.note", { name: context.caller.name })),
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
