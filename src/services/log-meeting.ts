import { writeAudited } from "../db/audit.js";
import { type MeetingDescription, type MeetingRow, recordMeeting } from "../db/repositories/meetings.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import { findCurrentPlans } from "../db/repositories/plans.js";
import { listMemberUpdateChannels } from "../db/repositories/subscriptions.js";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { meetingBlocks } from "./announcements/meeting.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { refuse } from "./errors.js";
import { canPostUpdatesFor } from "./permissions.js";

/** Who logs a member's meetings (§3.3.1): those who post its updates. */
export function authorizeMeeting(person: PersonWithRoles, member: MemberRow): void {
  if (!canPostUpdatesFor(person, [member.id]))
    throw refuse("cmd.meeting.not_allowed", { member: member.name });
}

/**
 * Logs a co-creation or implementation meeting (§3.3.1: regularity, multi-stakeholder) against the
 * member's current plan, and announces it in the member's channels in the same transaction.
 */
export async function logMeeting(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
  record: MeetingDescription,
): Promise<MeetingRow> {
  authorizeMeeting(acting.person, member);
  const plan = (await findCurrentPlans(deps.db, [member.id])).get(member.id) ?? null;
  const language = member.language as Language;
  return writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      const meeting = await recordMeeting(writer, {
        memberId: member.id,
        planId: plan?.id ?? null,
        ...record,
        source: acting.source,
        recordedBy: acting.person.id,
      });
      await enqueueChannelPost(
        writer.tx,
        {
          key: `meeting:${meeting.id}`,
          kind: "meeting.logged",
          subject: { kind: "meeting", id: meeting.id },
          language,
          memberId: member.id,
          channels: await listMemberUpdateChannels(writer.tx, [member.id]),
          summary: t(language, "cmd.meeting.channel_summary", { member: member.name }),
          blocks: meetingBlocks(member, meeting, language),
        },
        deps.now,
      );
      return meeting;
    },
    deps.now,
  );
}
