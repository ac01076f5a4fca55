import type { MemberProfile } from "../db/repositories/alert-audiences.js";
import type { Reason, Subject } from "../domain/rules/index.js";
import type { Language, MemberStatus, Role } from "../domain/vocabularies.js";
import { formatCivilDate } from "../messages/format.js";
import { type MessageParams, t } from "../messages/i18n/index.js";
import type { Invocation } from "../messages/invocation.js";
import type { ActionButton, LinkButton, Post, ReplyButton, ReplyField } from "../messages/model.js";
import { localizedParams } from "../messages/rules-text.js";
import type { Route } from "./routing.js";

/**
 * Alerts as posts: translated when written (the outbox stores final text), dates shown in the
 * reader's language as the member's civil days, every message naming its rule and section, and
 * reminders carrying the button that does what they ask (one click from reminder to form).
 */

/** The parts every alert has, in the order they are shown. */
export interface AlertParts {
  language: Language;
  title: string;
  /** The body, also the notification preview. */
  text: string;
  fields?: ReplyField[];
  buttons?: ReplyButton[];
  /** Small print: which rule, which deadline. */
  footer?: string;
}

export function alertPost(parts: AlertParts): Post {
  return {
    language: parts.language,
    summary: parts.text,
    blocks: [
      { kind: "heading", text: parts.title },
      { kind: "text", text: parts.text },
      ...(parts.fields?.length ? [{ kind: "fields" as const, fields: parts.fields }] : []),
      ...(parts.buttons?.length ? [{ kind: "buttons" as const, buttons: parts.buttons }] : []),
      ...(parts.footer ? [{ kind: "context" as const, text: parts.footer }] : []),
    ],
  };
}

/** What the scheduler sends: a rules-engine alert, or one of its own (an endorsement request, PLAN-5). */
export interface ScheduledAlert {
  /** The alert's identity before routing: `rule:subjectKind:subjectId:period:step`. */
  key: string;
  /** The deadline it is a step of: `rule:subjectKind:subjectId:period`. */
  deadlineKey: string;
  /** A rule ID: the outbox kind, and what Support Unit subscriptions filter on. */
  kind: string;
  section: string;
  subject: Subject;
  step: string;
  dueOn: string | null;
  audience: readonly Role[];
  messageKey: string;
  params: MessageParams;
}

/** What a message about one member is rendered with. */
export interface MemberMessageContext {
  member: MemberProfile;
  route: Route;
  publicBaseUrl: string | undefined;
  /** The id the outbox row will have, which the snooze button names. */
  alertId: string;
}

/** What a status letter says about the transition it announces. */
export interface LetterContext extends MemberMessageContext {
  status: MemberStatus;
  since: string;
  reasons: readonly Reason[];
  /** PROB-1: months inactive before probation, quoted in the inactivity letter. */
  monthsBeforeProbation: number;
}

/** The public page of a member, or of one of its commitments (spec §8), when the site's address is known. */
export function publicPageUrl(
  baseUrl: string | undefined,
  memberSlug: string,
  commitmentCode?: string,
): string | undefined {
  if (!baseUrl) return undefined;
  const path = `/members/${encodeURIComponent(memberSlug)}${
    commitmentCode ? `/commitments/${encodeURIComponent(commitmentCode)}` : ""
  }`;
  return new URL(path, baseUrl).toString();
}

function stepLabel(step: string, language: Language): string {
  const daysBefore = /^d-(\d+)$/.exec(step);
  if (daysBefore) {
    const days = Number(daysBefore[1]);
    return days === 0
      ? t(language, "scheduler.step.on_the_day")
      : t(language, "scheduler.step.days_before", { days });
  }
  const checkpoint = /^m(\d+)$/.exec(step);
  if (checkpoint) return t(language, "scheduler.step.checkpoint", { months: Number(checkpoint[1]) });
  if (step === "inact4-risk") return t(language, "scheduler.step.risk");
  return t(language, `scheduler.step.${step}`);
}

function footer(
  kind: string,
  section: string,
  step: string,
  member: MemberProfile,
  language: Language,
): string {
  return t(language, "scheduler.footer", {
    rule: kind,
    section,
    step: stepLabel(step, language),
    timeZone: member.timeZone,
  });
}

const button = (label: string, invoke: Invocation, style?: "primary" | "danger"): ActionButton => ({
  label,
  invoke,
  ...(style ? { style } : {}),
});

function linkButton(context: MemberMessageContext, commitmentCode?: string): LinkButton[] {
  const url = publicPageUrl(context.publicBaseUrl, context.member.slug, commitmentCode);
  return url ? [{ label: t(context.route.language, "scheduler.button.public_page"), url }] : [];
}

const textParam = (params: MessageParams, name: string): string | undefined => {
  const value = params[name];
  return typeof value === "string" && value !== "" && !/\s/.test(value) ? value : undefined;
};

/**
 * The button that does what the reminder asks, for a reader who may do it: the PoC (by direct
 * message or in the member's channel, §1) posts updates and logs meetings, civil society endorses.
 * The command re-checks the clicker's rights on the server.
 */
function actionButton(alert: ScheduledAlert, context: MemberMessageContext): ActionButton | null {
  const { route, member } = context;
  const language = route.language;
  const forPointOfContact = route.audience === "member_channel" || route.role === "point_of_contact";
  const code = textParam(alert.params, "commitment");
  switch (alert.kind) {
    case "DUE-UPDATE":
    case "DUE-PROGRESS":
    case "DUE-MILESTONE":
      // DUE-UPDATE / DUE-MILESTONE: the update form of that commitment directly; else the choice of commitments.
      return forPointOfContact
        ? button(
            t(language, "scheduler.button.update"),
            { command: "update", args: code ? [code] : [] },
            "primary",
          )
        : null;
    case "DUE-MEETINGS":
      return forPointOfContact
        ? button(
            t(language, "scheduler.button.meeting"),
            { command: "meeting", args: [member.slug] },
            "primary",
          )
        : null;
    case "DUE-MOD-WINDOW":
      return forPointOfContact && code
        ? button(t(language, "scheduler.button.modify"), { command: "modify", args: [code] })
        : null;
    case "PLAN-5":
      return route.role === "civil_society"
        ? button(
            t(language, "scheduler.button.endorse"),
            { command: "endorse", args: [alert.subject.id] },
            "primary",
          )
        : null;
    default:
      return null;
  }
}

/** Deadline reminders (spec §6) may be snoozed by whoever receives them in person or in the member's channel. */
const isSnoozable = (alert: ScheduledAlert, route: Route): boolean =>
  alert.kind.startsWith("DUE-") && route.audience !== "support_unit";

/** A deadline reminder, a risk warning or an endorsement request. */
export function renderReminder(alert: ScheduledAlert, context: MemberMessageContext): Post {
  const { member, route } = context;
  const language = route.language;
  const what = t(language, `scheduler.kind.${alert.kind}`);
  const titleKey = alert.step === "overdue" ? "scheduler.title.overdue" : "scheduler.title";
  const action = actionButton(alert, context);
  const buttons: ReplyButton[] = [
    ...(action ? [action] : []),
    ...(isSnoozable(alert, route)
      ? [button(t(language, "scheduler.button.snooze"), { command: "snooze", args: [context.alertId] })]
      : []),
    ...linkButton(context, textParam(alert.params, "commitment")),
  ];
  return alertPost({
    language,
    title: t(language, titleKey, { what, member: member.name }),
    text: t(language, alert.messageKey, localizedParams(alert.params, language)),
    fields: [
      { label: t(language, "scheduler.field.member"), value: `${member.name} (${member.country})` },
      ...(alert.dueOn
        ? [{ label: t(language, "scheduler.field.due"), value: formatCivilDate(alert.dueOn, language) }]
        : []),
    ],
    buttons,
    footer: footer(alert.kind, alert.section, alert.step, member, language),
  });
}

function reasonLines(reasons: readonly Reason[], language: Language): string {
  return reasons
    .filter((reason) => reason.ruleId !== "REVOKE-1")
    .map((reason) => `• ${t(language, reason.messageKey, localizedParams(reason.params, language))}`)
    .join("\n");
}

/**
 * §4.1, §4.2: the draft letter announcing a transition to inactive, probation or revoked, in the
 * member's language, framed for the Support Unit (which sends it) with a button to record it sent.
 */
export function renderLetter(alert: ScheduledAlert, context: LetterContext): Post {
  const { member, route, status, since } = context;
  const frame = route.language;
  const letterLanguage = member.language;
  const revocationDue = context.reasons.find((reason) => reason.dueOn !== null)?.dueOn ?? null;
  const body = t(letterLanguage, `scheduler.letter.body.${status}`, {
    member: member.name,
    since: formatCivilDate(since, letterLanguage),
    reasons: reasonLines(context.reasons, letterLanguage),
    months: context.monthsBeforeProbation,
    deadline: revocationDue ? formatCivilDate(revocationDue, letterLanguage) : "—",
  });
  return alertPost({
    language: frame,
    title: t(frame, `scheduler.letter.title.${status}`, { member: member.name }),
    text: `${t(frame, "scheduler.letter.intro", { language: t(frame, `scheduler.language.${letterLanguage}`) })}\n\n${body}`,
    fields: [
      { label: t(frame, "scheduler.field.member"), value: `${member.name} (${member.country})` },
      { label: t(frame, "scheduler.field.since"), value: formatCivilDate(since, frame) },
    ],
    buttons: [
      button(t(frame, "scheduler.button.letter_sent"), {
        command: "letter",
        args: ["sent", member.slug, since],
      }),
      ...linkButton(context),
    ],
    footer: footer(alert.kind, alert.section, alert.step, member, frame),
  });
}

/**
 * REVOKE-1 (§4.2): revocation fell due. The Support Unit decides; the draft letter shows what the
 * member will receive, and the button records the confirmation that makes it take effect.
 */
export function renderRevocationRequest(alert: ScheduledAlert, context: MemberMessageContext): Post {
  const { member, route } = context;
  const frame = route.language;
  const letterLanguage = member.language;
  const body = t(letterLanguage, "scheduler.letter.body.revocation", {
    member: member.name,
    probationSince: formatCivilDate(String(alert.params.probationSince ?? ""), letterLanguage),
  });
  const intro = t(frame, "scheduler.revocation.intro", {
    language: t(frame, `scheduler.language.${letterLanguage}`),
  });
  return alertPost({
    language: frame,
    title: t(frame, "scheduler.revocation.title", { member: member.name }),
    text: `${t(frame, alert.messageKey, localizedParams(alert.params, frame))}\n\n${intro}\n\n${body}`,
    fields: [
      { label: t(frame, "scheduler.field.member"), value: `${member.name} (${member.country})` },
      ...(alert.dueOn
        ? [{ label: t(frame, "scheduler.field.due"), value: formatCivilDate(alert.dueOn, frame) }]
        : []),
    ],
    buttons: [
      button(
        t(frame, "scheduler.button.confirm_revocation"),
        { command: "revoke", args: ["confirm", member.slug] },
        "danger",
      ),
      ...linkButton(context),
    ],
    footer: footer(alert.kind, alert.section, alert.step, member, frame),
  });
}
