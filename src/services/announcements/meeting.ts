import type { MeetingRow } from "../../db/repositories/meetings.js";
import type { MemberRow } from "../../db/repositories/member-lookup.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { ReplyBlock } from "../../messages/model.js";

/** A logged meeting, and whether it counts as multi-stakeholder for PROB-2 (§3.3.1). */
export function meetingBlocks(member: MemberRow, meeting: MeetingRow, language: Language): ReplyBlock[] {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const multiStakeholder = meeting.governmentParticipants >= 1 && meeting.nonGovernmentParticipants >= 1;
  return [
    {
      kind: "heading",
      text: truncate(text("cmd.meeting.heading", { member: member.name, title: meeting.title }), 150),
    },
    {
      kind: "fields",
      fields: [
        { label: text("cmd.meeting.field.held_on"), value: formatCivilDate(meeting.heldOn, language) },
        { label: text("cmd.meeting.field.phase"), value: text(`cmd.meeting_phase.${meeting.phase}`) },
        { label: text("cmd.meeting.field.government"), value: String(meeting.governmentParticipants) },
        { label: text("cmd.meeting.field.non_government"), value: String(meeting.nonGovernmentParticipants) },
      ],
    },
    ...(meeting.organizations.length > 0
      ? [
          {
            kind: "text" as const,
            text: text("cmd.meeting.organizations_text", { list: meeting.organizations.join(", ") }),
          },
        ]
      : []),
    ...(meeting.minutesUrl
      ? [{ kind: "links" as const, links: [{ label: text("cmd.meeting.minutes"), url: meeting.minutesUrl }] }]
      : []),
    {
      kind: "context",
      text: multiStakeholder
        ? text("cmd.meeting.multi_stakeholder")
        : text("cmd.meeting.not_multi_stakeholder"),
    },
  ];
}
