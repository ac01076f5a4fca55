import { type ApplicationRow, applicationRef } from "../../db/repositories/applications.js";
import type { Language } from "../../domain/vocabularies.js";
import { civilDateIn, countryName, formatCivilDate, formatInstant } from "../../messages/format.js";
import { hasMessage, type MessageParams, t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { Message, ReplyBlock, ReplyField } from "../../messages/model.js";

/** Who submitted an application: a linked person's name, or null when it came from the CLI. */
export type ApplicantName = string | null;

/** The letter's signer as the handbook asks for it (APPLY-2): the head of government or a delegate. */
function signerOf(application: ApplicationRow, text: (key: string) => string): string {
  if (application.signedByHeadOfGovernment) return text("cmd.application.signer.head_of_government");
  if (application.signedByDelegatedSeniorOfficial)
    return text("cmd.application.signer.delegated_senior_official");
  return text("cmd.application.signer.none");
}

/** What the Support Unit decides on (§1): the jurisdiction, its mandate, its letter, its point of contact. */
export function applicationFields(
  application: ApplicationRow,
  appliedBy: ApplicantName,
  language: Language,
): ReplyField[] {
  const text = (key: string, params?: MessageParams) => t(language, key, params);
  const signatories = application.nonGovernmentSignatories
    .map((signatory) => text("cmd.application.signatory", signatory))
    .join(", ");
  return [
    { label: text("cmd.application.field.country"), value: countryName(application.country, language) },
    {
      label: text("cmd.application.field.jurisdiction_type"),
      value: text(`cmd.application.jurisdiction_type.${application.jurisdictionType}`),
    },
    {
      label: text("cmd.application.field.mandate_end"),
      value: application.mandateEnd
        ? formatCivilDate(application.mandateEnd, language)
        : text("cmd.application.no_mandate_end"),
    },
    {
      label: text("cmd.application.field.submitted_on"),
      value: formatCivilDate(application.submittedOn, language),
    },
    {
      label: text("cmd.application.field.letter"),
      value: text("cmd.application.letter_summary", {
        pages: application.letterPages,
        language: hasMessage(`cmd.apply.letter_language.${application.letterLanguage}`)
          ? text(`cmd.apply.letter_language.${application.letterLanguage}`)
          : application.letterLanguage,
        signer: signerOf(application, text),
      }),
    },
    {
      label: text("cmd.application.field.signatories"),
      value: truncate(signatories || text("cmd.application.none"), 500),
    },
    {
      label: text("cmd.application.field.contact"),
      value: text("cmd.application.contact", {
        name: application.contactName,
        email: application.contactEmail,
      }),
    },
    {
      label: text("cmd.application.field.applied_by"),
      value: appliedBy ?? text("cmd.application.applied_from_cli"),
    },
  ];
}

/**
 * §1: the request the Support Unit's alert channels receive for a new application, with the buttons
 * that run `application accept|reject`. Reject asks for the reason in a form.
 */
export function applicationReviewRequest(
  application: ApplicationRow,
  appliedBy: ApplicantName,
  language: Language,
): Message {
  const text = (key: string, params?: MessageParams) => t(language, key, params);
  const ref = applicationRef(application.id);
  const jurisdiction = { name: application.jurisdictionName, country: application.country };
  return {
    summary: text("cmd.application.request_summary", jurisdiction),
    blocks: [
      { kind: "heading", text: truncate(text("cmd.application.request_heading", jurisdiction), 150) },
      { kind: "fields", fields: applicationFields(application, appliedBy, language) },
      { kind: "links", links: [{ label: text("cmd.application.letter_link"), url: application.letterUrl }] },
      {
        kind: "buttons",
        buttons: [
          {
            label: text("cmd.application.accept_button"),
            style: "primary",
            invoke: { command: "application", args: ["accept", application.id] },
            confirm: {
              title: text("cmd.application.accept_confirm_title"),
              text: text("cmd.application.accept_confirm_text", jurisdiction),
              confirm: text("cmd.application.accept_button"),
              deny: text("cmd.application.cancel"),
            },
          },
          {
            label: text("cmd.application.reject_button"),
            style: "danger",
            invoke: { command: "application", args: ["reject", application.id] },
          },
        ],
      },
      { kind: "context", text: text("cmd.application.rule", { ref }) },
    ],
  };
}

/** A decision on an application, or the earlier one when it had been decided already. */
export interface ApplicationDecision {
  application: ApplicationRow;
  /** The member an acceptance created. */
  member: { id: string; slug: string; code: string } | null;
  deciderName: string;
  /** The first-plan deadline an acceptance set (INACT-1), or null. */
  firstPlanDue: string | null;
  /** False when the application had been decided before: nothing was written. */
  applied: boolean;
  /** Whether the applicant hears of it in chat (they are linked). */
  applicantTold: boolean;
}

/** The decision as its decider reads it: who, when, what it created, whether the applicant was told. */
export function applicationDecisionBlocks(decision: ApplicationDecision, language: Language): ReplyBlock[] {
  const { application, member, deciderName, applied } = decision;
  const accepted = application.outcome === "accepted";
  const params = {
    ref: applicationRef(application.id),
    name: application.jurisdictionName,
    country: application.country,
    by: deciderName,
    when: application.decidedAt ? formatInstant(application.decidedAt, language, application.timeZone) : "—",
    reason: application.decisionReason ?? "",
    slug: member?.slug ?? "",
    code: member?.code ?? "",
    contact: application.contactName,
  };
  const verdict = accepted ? "accepted" : "rejected";
  const blocks: ReplyBlock[] = [
    {
      kind: "text",
      text: t(
        language,
        applied ? `cmd.application.${verdict}` : `cmd.application.already_${verdict}`,
        params,
      ),
      tone: !applied ? "info" : accepted ? "success" : "warning",
    },
  ];
  if (applied && accepted)
    blocks.push({
      kind: "context",
      text: decision.firstPlanDue
        ? t(language, "cmd.application.first_plan_due", {
            date: formatCivilDate(decision.firstPlanDue, language),
          })
        : t(language, "cmd.application.no_first_plan_due"),
    });
  if (applied)
    blocks.push({
      kind: "context",
      text: decision.applicantTold
        ? t(language, "cmd.application.applicant_told")
        : t(language, "cmd.application.applicant_unreachable", { email: application.contactEmail }),
    });
  return blocks;
}

/** What the applicant reads in a direct message once the Support Unit has decided. */
export function applicantNotice(decision: ApplicationDecision, language: Language): Message {
  const { application, member } = decision;
  const params = {
    name: application.jurisdictionName,
    country: application.country,
    slug: member?.slug ?? "",
    contact: application.contactName,
    reason: application.decisionReason ?? "",
    on: application.decidedAt
      ? formatCivilDate(civilDateIn(application.decidedAt, application.timeZone), language)
      : "—",
  };
  const verdict = application.outcome === "accepted" ? "accepted" : "rejected";
  const text = [
    t(language, `cmd.application.notice_${verdict}`, params),
    ...(verdict === "accepted" && decision.firstPlanDue
      ? [
          t(language, "cmd.application.notice_first_plan_due", {
            date: formatCivilDate(decision.firstPlanDue, language),
          }),
        ]
      : []),
  ].join(" ");
  return {
    summary: t(language, `cmd.application.notice_summary_${verdict}`, params),
    blocks: [{ kind: "text", text, tone: verdict === "accepted" ? "success" : "info" }],
  };
}
