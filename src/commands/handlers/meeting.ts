import { findMembersByIds, type MemberRow } from "../../db/repositories/member-lookup.js";
import { type Language, MEETING_PHASES, type MeetingPhase } from "../../domain/vocabularies.js";
import { civilDateIn } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { meetingBlocks } from "../../services/announcements/meeting.js";
import { shortRef } from "../../services/announcements/progress-update.js";
import { invalid, notFound, refuse } from "../../services/errors.js";
import { authorizeMeeting, logMeeting } from "../../services/log-meeting.js";
import { membersWithPostingRights } from "../../services/permissions.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { checkFormFields, parseWebUrl, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";
import { chooseMember } from "../resolve.js";

const MAX_PARTICIPANTS = 100_000;

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
  authorizeMeeting(context.caller, choice.member);
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
  authorizeMeeting(context.caller, member);
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

  const recorded = await logMeeting(context, actingOf(context), member, {
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
  });
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
