import type { MemberRow } from "../../db/repositories/member-lookup.js";
import type { PlanCommitment } from "../../db/repositories/plan-authoring.js";
import type { PlanRow } from "../../db/repositories/plans.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { ReplyBlock } from "../../messages/model.js";

/** A plan's period, in a reader's language. */
export const planPeriod = (plan: PlanRow, language: Language): string =>
  `${formatCivilDate(plan.periodStart, language)} – ${formatCivilDate(plan.periodEnd, language)}`;

/** A plan's commitments, one line each: code and title. */
export const commitmentLines = (commitments: readonly PlanCommitment[]): string[] =>
  commitments.map(({ commitment }) => truncate(`${commitment.code} · ${commitment.title}`, 200));

/** A submitted plan (§3.2), with the organizations that endorse it (PLAN-5) and its commitments. */
export function planSubmittedBlocks(
  member: MemberRow,
  plan: PlanRow,
  endorsers: readonly string[],
  commitments: readonly PlanCommitment[],
  language: Language,
): { summary: string; blocks: ReplyBlock[] } {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const summary = text("plans.submitted.summary", {
    member: member.name,
    plan: plan.title,
    date: formatCivilDate(plan.submittedOn ?? plan.periodStart, language),
  });
  return {
    summary,
    blocks: [
      { kind: "heading", text: truncate(plan.title, 150) },
      { kind: "text", text: summary, tone: "success" },
      {
        kind: "fields",
        fields: [
          { label: text("plans.field.member"), value: member.name },
          { label: text("plans.field.period"), value: planPeriod(plan, language) },
          { label: text("plans.field.endorsed_by"), value: endorsers.join(", ") },
          { label: text("plans.field.commitments"), value: String(commitments.length) },
        ],
      },
      { kind: "list", items: commitmentLines(commitments) },
      { kind: "context", text: text("plans.submitted.rule") },
    ],
  };
}

/**
 * PLAN-5 (§3.3.1): a civil-society person is asked to endorse a plan before it is submitted; the
 * button runs `endorse`, which asks them to confirm for their organization.
 */
export function endorsementRequestBlocks(
  member: MemberRow,
  plan: PlanRow,
  commitments: readonly PlanCommitment[],
  requestedBy: string,
  language: Language,
): { summary: string; blocks: ReplyBlock[] } {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const summary = text("plans.endorsement_request.summary", { member: member.name, plan: plan.title });
  return {
    summary,
    blocks: [
      { kind: "heading", text: truncate(plan.title, 150) },
      {
        kind: "text",
        text: text("plans.endorsement_request.text", { member: member.name, name: requestedBy }),
      },
      {
        kind: "fields",
        fields: [
          { label: text("plans.field.member"), value: member.name },
          { label: text("plans.field.period"), value: planPeriod(plan, language) },
          { label: text("plans.field.commitments"), value: String(commitments.length) },
        ],
      },
      ...(commitments.length > 0 ? [{ kind: "list" as const, items: commitmentLines(commitments) }] : []),
      ...(plan.longTermVision ? [{ kind: "text" as const, text: truncate(plan.longTermVision, 1500) }] : []),
      {
        kind: "buttons",
        buttons: [
          {
            label: text("plans.endorsement_request.button"),
            style: "primary",
            invoke: { command: "endorse", args: [plan.id] },
          },
        ],
      },
      { kind: "context", text: text("plans.endorsement_request.rule") },
    ],
  };
}
