import type { Executor } from "../db/client.js";
import {
  listSupportUnitSubscriptions,
  loadMemberAudiences,
  loadMemberProfiles,
} from "../db/repositories/alert-audiences.js";
import { SUPPORT_UNIT_LANGUAGE } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { postSchema } from "../messages/model.js";
import {
  enqueueAlerts,
  FAILURE_NOTICE_KIND,
  type NewAlert,
  type OutboxRow,
  type PermanentFailureHook,
  routedKey,
} from "../outbox/index.js";
import { alertPost } from "./render.js";
import { channelRoute, supportUnitRoutes } from "./routing.js";

/** Discord's "Cannot send messages to this user": the person refuses DMs (chat-platforms.md). */
const DISCORD_DM_REFUSED = /\b50007\b/;

const refusedDiscordDirectMessage = (row: OutboxRow): boolean =>
  row.platform === "discord" && row.isDirectMessage && DISCORD_DM_REFUSED.test(row.lastError ?? "");

/**
 * The delivery's `onPermanentFailure`: runs in the transaction that marks a row failed. A Discord DM
 * the person refuses (50007) is posted in the member's channels instead (under the same key a
 * channel copy of that alert has, so a channel that already got it does not get it twice); and the
 * Support Unit's alert channels are told, except the failed channel itself.
 */
export function createFailureNoticeHook(now: () => Date = () => new Date()): PermanentFailureHook {
  return async (row: OutboxRow, tx: Executor) => {
    if (row.kind === FAILURE_NOTICE_KIND) return;
    const at = now();
    const member = row.memberId
      ? (await loadMemberProfiles(tx, [row.memberId])).get(row.memberId)
      : undefined;
    const notes: string[] = [];
    if (refusedDiscordDirectMessage(row)) {
      const channels = member
        ? ((await loadMemberAudiences(tx, [member.id])).get(member.id)?.channels ?? [])
        : [];
      const post = postSchema.parse(row.payload);
      // The alert's own key: a channel that already got this alert as a channel copy does not get it twice.
      const alertKey = row.alertKey ?? `${row.dedupeKey}|fallback`;
      const fallbacks: NewAlert[] = channels.map((channel) => {
        const route = channelRoute(channel, "member_channel", member?.language ?? SUPPORT_UNIT_LANGUAGE);
        return {
          dedupeKey: routedKey(alertKey, route),
          kind: row.kind,
          alertKey,
          subject: row.subjectKind && row.subjectId ? { kind: row.subjectKind, id: row.subjectId } : null,
          deadlineKey: row.deadlineKey,
          step: row.step,
          copy: { kind: "fallback", of: row.id },
          memberId: row.memberId,
          platform: route.platform,
          workspaceId: route.workspaceId,
          target: route.target,
          post,
        };
      });
      await enqueueAlerts(tx, fallbacks, at);
      notes.push(
        t(
          SUPPORT_UNIT_LANGUAGE,
          fallbacks.length > 0 ? "scheduler.failure.fallback" : "scheduler.failure.no_fallback",
        ),
      );
    }
    const routes = supportUnitRoutes(
      await listSupportUnitSubscriptions(tx),
      FAILURE_NOTICE_KIND,
      member?.country ?? "",
    ).filter(
      (route) =>
        !(
          route.platform === row.platform &&
          route.workspaceId === row.workspaceId &&
          route.target === row.target
        ),
    );
    const text = [
      t(SUPPORT_UNIT_LANGUAGE, "scheduler.failure.text", {
        kind: row.kind,
        member: member?.name ?? t(SUPPORT_UNIT_LANGUAGE, "scheduler.failure.unknown_member"),
        target: row.isDirectMessage ? `@${row.target}` : `#${row.target}`,
        platform: row.platform,
        reason: row.lastError ?? "—",
      }),
      ...notes,
    ].join("\n\n");
    const alertKey = `${FAILURE_NOTICE_KIND}:alert:${row.id}`;
    const post = alertPost({
      language: SUPPORT_UNIT_LANGUAGE,
      title: t(SUPPORT_UNIT_LANGUAGE, "scheduler.failure.title"),
      text,
      footer: `outbox ${row.id}`,
    });
    await enqueueAlerts(
      tx,
      routes.map((route) => ({
        dedupeKey: routedKey(alertKey, route),
        kind: FAILURE_NOTICE_KIND,
        alertKey,
        subject: { kind: "alert", id: row.id },
        memberId: row.memberId,
        platform: route.platform,
        workspaceId: route.workspaceId,
        target: route.target,
        post,
      })),
      at,
    );
  };
}
