import { writeAudited } from "../../db/audit.js";
import { type MeetingRow, recordMeeting } from "../../db/repositories/meetings.js";
import { findMembersByIds, type MemberRow } from "../../db/repositories/member-lookup.js";
import { findCurrentPlans } from "../../db/repositories/plans.js";
import { listMemberUpdateChannels } from "../../db/repositories/subscriptions.js";
import { type Language, MEETING_PHASES, type MeetingPhase } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues, ReplyBlock } from "../../messages/model.js";
import { enqueueChannelPost } from "../channel-posts.js";
import { actorOf, type CommandContext, type LinkedContext, requireLinked } from "../context.js";
import { checkFormFields, parseWebUrl, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import { canPostUpdatesFor, membersWithPostingRights } from "../permissions.js";
import { invalid, notFound, refuse } from "../refusal.js";
import type { CommandResult } from "../reply.js";
import { chooseMember } from "../resolve.js";
import { shortRef } from "./update-post.js";

const MAX_PARTICIPANTS = 100_000;

function authorizeMeeting(context: LinkedContext, member: MemberRow): void {
  if (!canPostUpdatesFor(context.caller, [member.id]))
    throw refuse("cmd.meeting.not_allowed", { member: member.name });
}

function meetingForm(member: MemberRow, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  const count = (name: string, label: string) =>
    ({ kind: "number", name, label: text(label), required: true, min: 0, max: MAX_PARTICIPANTS }) as const;
  return {
    formId: "meeting",
    title: truncate(text("cmd.meeting.form_title"), LIMITS.formTitle),
    submitLabel: text("cmd.meeting.submit"),
    context: { memberId: member.id },
    steps: [
      {
        title: member.name,
        fields: [
          { kind: "date", name: "held_on", label: text("cmd.meeting.field.held_on"), required: true },
          {
            kind: "select",
            name: "phase",
            label: text("cmd.meeting.field.phase"),
            required: true,
            options: MEETING_PHASES.map((code) => ({
              label: text(`cmd.meeting_phase.${code}`),
              value: code,
            })),
          },
          {
            kind: "text",
            name: "title",
            label: text("cmd.meeting.field.title"),
            required: true,
            multiline: false,
            maxLength: 200,
          },
          count("government", "cmd.meeting.field.government"),
          count("non_government", "cmd.meeting.field.non_government"),
        ],
      },
      {
        title: text("cmd.meeting.step_records"),
        fields: [
          {
            kind: "text",
            name: "organizations",
            label: text("cmd.meeting.field.organizations"),
            required: false,
            multiline: true,
            maxLength: 2000,
            hint: text("cmd.meeting.hint.organizations"),
          },
          {
            kind: "text",
            name: "minutes_url",
            label: text("cmd.meeting.field.minutes_url"),
            required: false,
            multiline: false,
            maxLength: 1000,
            placeholder: "https://…",
          },
        ],
      },
    ],
  };
}

/** `meeting [MEMBER]`: the PoC or an allowed official logs a meeting (§3.3.1). */
export async function meeting(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  if (args.length > 1) throw invalid("cmd.meeting.usage");
  const candidates = membersWithPostingRights(context.caller);
  if (!args[0] && candidates.length === 0) throw refuse("cmd.meeting.no_rights");
  const choice = await chooseMember(context, args[0], candidates, "meeting");
  if ("reply" in choice) return choice.reply;
  authorizeMeeting(context, choice.member);
  return { kind: "form", status: "ok", form: meetingForm(choice.member, context.language) };
}

export async function submitMeeting(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const [member] = await findMembersByIds(context.db, [formContext.memberId ?? ""]);
  if (!member) throw notFound("cmd.member.not_found", { ref: formContext.memberId ?? "" });
  authorizeMeeting(context, member);
  const form = meetingForm(member, context.language);
  const errors = checkFormFields(form, values, context.language);
  const heldOn = readText(values, "held_on");
  if (!errors.held_on && heldOn > civilDateIn(context.now, member.timeZone))
    errors.held_on = context.text("cmd.meeting.error.future");
  const minutesText = readText(values, "minutes_url");
  const minutesUrl = minutesText ? parseWebUrl(minutesText) : null;
  if (minutesText && !minutesUrl)
    errors.minutes_url = context.text("cmd.form.links", { entries: minutesText });
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const plan = (await findCurrentPlans(context.db, [member.id])).get(member.id) ?? null;
  const memberLanguage = member.language as Language;
  const recorded = await writeAudited(
    context.db,
    actorOf(context),
    async (writer) => {
      const meeting = await recordMeeting(writer, {
        memberId: member.id,
        planId: plan?.id ?? null,
        heldOn,
        phase: readText(values, "phase") as MeetingPhase,
        title: readText(values, "title"),
        governmentParticipants: Number(readText(values, "government")),
        nonGovernmentParticipants: Number(readText(values, "non_government")),
        organizations: readText(values, "organizations")
          .split(/[\n;,]+/)
          .map((name) => name.trim())
          .filter((name) => name !== "")
          .slice(0, 100),
        minutesUrl,
        source: context.request.platform,
        recordedBy: context.caller.id,
      });
      await enqueueChannelPost(
        writer.tx,
        {
          key: `meeting:${meeting.id}`,
          kind: "meeting.logged",
          subject: { kind: "meeting", id: meeting.id },
          language: memberLanguage,
          memberId: member.id,
          channels: await listMemberUpdateChannels(writer.tx, [member.id]),
          summary: t(memberLanguage, "cmd.meeting.channel_summary", { member: member.name }),
          blocks: meetingBlocks(member, meeting, memberLanguage),
        },
        context.now,
      );
      return meeting;
    },
    context.now,
  );
  const confirmation = context.text("cmd.meeting.recorded", {
    member: member.name,
    ref: shortRef(recorded.id),
  });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      ...meetingBlocks(member, recorded, context.language),
    ]),
  );
}

/** A logged meeting, and whether it counts as multi-stakeholder for PROB-2 (§3.3.1). */
function meetingBlocks(member: MemberRow, meeting: MeetingRow, language: Language): ReplyBlock[] {
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
