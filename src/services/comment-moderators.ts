import type { Database } from "../db/client.js";
import {
  directMessageIdentity,
  listSupportUnitSubscriptions,
  loadMemberAudiences,
  loadMemberProfiles,
  type MemberProfile,
  supportUnitWants,
} from "../db/repositories/alert-audiences.js";
import type { Language } from "../domain/vocabularies.js";
import { SUPPORT_UNIT_LANGUAGE } from "../domain/vocabularies.js";
import type { RouteTarget } from "../outbox/index.js";

/**
 * The outbox kind of a moderation request (Annex 4), which Support Unit alert channels filter on
 * like the rule IDs.
 */
export const COMMENT_MODERATION_KIND = "comment.moderation";

/** One place a moderation request goes, and the language it is written in there. */
export interface ModerationTarget extends RouteTarget {
  isDirectMessage: boolean;
  language: Language;
}

/**
 * Who moderates public comments on a commitment of these members (Annex 4): each point of contact
 * by direct message, in their language, and the Support Unit alert channels that take this kind
 * about a member of their country. A point of contact without a linked chat account is not reached
 * in chat; the Support Unit still is.
 */
export async function loadCommentModerators(
  db: Database,
  memberIds: string[],
): Promise<{ members: MemberProfile[]; targets: ModerationTarget[] }> {
  const profiles = await loadMemberProfiles(db, memberIds);
  const members = memberIds.flatMap((id) => profiles.get(id) ?? []);
  const audiences = await loadMemberAudiences(db, memberIds);
  const targets = new Map<string, ModerationTarget>();
  const add = (target: ModerationTarget) => {
    const key = `${target.platform}:${target.workspaceId}:${target.target}`;
    if (!targets.has(key)) targets.set(key, target);
  };
  for (const memberId of memberIds) {
    for (const recipient of audiences.get(memberId)?.people.get("point_of_contact") ?? []) {
      const identity = directMessageIdentity(recipient);
      if (identity)
        add({
          platform: identity.platform,
          workspaceId: identity.workspaceId,
          target: identity.userId,
          isDirectMessage: true,
          language: recipient.language,
        });
    }
  }
  for (const subscription of await listSupportUnitSubscriptions(db)) {
    if (!members.some((member) => supportUnitWants(subscription, COMMENT_MODERATION_KIND, member.country)))
      continue;
    add({
      platform: subscription.channel.platform,
      workspaceId: subscription.channel.workspaceId,
      target: subscription.channel.channelId,
      isDirectMessage: false,
      language: SUPPORT_UNIT_LANGUAGE,
    });
  }
  return { members, targets: [...targets.values()] };
}
