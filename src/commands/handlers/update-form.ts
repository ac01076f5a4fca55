import type { CommitmentInContext, MilestoneRow } from "../../db/repositories/commitments.js";
import {
  movesMilestoneForward,
  type ProgressUpdateContent,
  type ProgressUpdateDetails,
} from "../../db/repositories/progress-updates.js";
import {
  CHALLENGES,
  type Challenge,
  completionLevel,
  type Language,
  MILESTONE_STATUSES,
  type MilestoneStatus,
} from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { checkFormFields, type FieldErrors, parseUrlList, readChoices, readText } from "../forms.js";

const NARRATIVE_MAX = 3000;
const NOTE_MAX = 1500;
const MAX_EVIDENCE_LINKS = 10;
/** The select value meaning "the commitment as a whole, no milestone". */
const WHOLE_COMMITMENT = "none";

/** Milestones offered in the select: unfinished ones first, within the select's option limit. */
function milestoneOptions(milestones: MilestoneRow[], language: Language) {
  const ordered = [
    ...milestones.filter((milestone) => milestone.status !== "complete"),
    ...milestones.filter((milestone) => milestone.status === "complete"),
  ].slice(0, LIMITS.selectOptions - 1);
  return [
    { label: t(language, "cmd.update.whole_commitment"), value: WHOLE_COMMITMENT },
    ...ordered
      .sort((a, b) => a.position - b.position)
      .map((milestone) => ({
        label: truncate(
          `${milestone.position}. ${milestone.description} (${t(language, `cmd.milestone_status.${milestone.status}`)})`,
          LIMITS.optionLabel,
        ),
        value: milestone.id,
      })),
  ];
}

/**
 * The progress update form (spec §2 Progress update, Annex 4): two steps of at most five fields, so a
 * Discord modal can show each step; Slack shows both in one modal.
 */
export function progressUpdateForm(
  commitment: CommitmentInContext,
  language: Language,
  current?: ProgressUpdateDetails,
): FormDefinition {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const editing = current !== undefined;
  const currentMilestone = current?.update.milestoneId ?? undefined;
  const currentStatus =
    current?.milestoneChange?.toStatus ??
    commitment.milestones.find((milestone) => milestone.id === currentMilestone)?.status;
  return {
    formId: editing ? "update_edit" : "update",
    title: truncate(text(editing ? "cmd.update.form_title_edit" : "cmd.update.form_title"), LIMITS.formTitle),
    submitLabel: text(editing ? "cmd.update.submit_edit" : "cmd.update.submit"),
    context: editing ? { updateId: current.update.id } : { commitmentId: commitment.commitment.id },
    steps: [
      {
        title: truncate(`${commitment.commitment.code} · ${commitment.commitment.title}`, 150),
        fields: [
          editing
            ? {
                kind: "select",
                name: "milestone",
                label: text("cmd.update.field.milestone"),
                required: false,
                options: milestoneOptions(
                  commitment.milestones.filter((milestone) => milestone.id === currentMilestone),
                  language,
                ),
                initial: currentMilestone ?? WHOLE_COMMITMENT,
                hint: text("cmd.update.hint.milestone_fixed"),
              }
            : {
                kind: "select",
                name: "milestone",
                label: text("cmd.update.field.milestone"),
                required: false,
                options: milestoneOptions(commitment.milestones, language),
              },
          {
            kind: "select",
            name: "milestone_status",
            label: text("cmd.update.field.milestone_status"),
            required: false,
            options: MILESTONE_STATUSES.map((code) => ({
              label: text(`cmd.milestone_status.${code}`),
              value: code,
            })),
            ...(currentStatus ? { initial: currentStatus } : {}),
          },
          {
            kind: "number",
            name: "completion",
            label: text("cmd.update.field.completion"),
            required: false,
            min: 0,
            max: 100,
            hint: text("cmd.update.hint.completion"),
            ...(current?.update.completionPct != null ? { initial: current.update.completionPct } : {}),
          },
          {
            kind: "text",
            name: "narrative",
            label: text("cmd.update.field.narrative"),
            required: true,
            multiline: true,
            maxLength: NARRATIVE_MAX,
            ...(current ? { initial: current.update.narrative } : {}),
          },
        ],
      },
      {
        title: text("cmd.update.step_context"),
        fields: [
          {
            kind: "text",
            name: "delay_reasons",
            label: text("cmd.update.field.delay_reasons"),
            required: false,
            multiline: true,
            maxLength: NOTE_MAX,
            ...(current?.update.delayReasons ? { initial: current.update.delayReasons } : {}),
          },
          {
            kind: "text",
            name: "next_steps",
            label: text("cmd.update.field.next_steps"),
            required: false,
            multiline: true,
            maxLength: NOTE_MAX,
            ...(current?.update.nextSteps ? { initial: current.update.nextSteps } : {}),
          },
          {
            kind: "multi_select",
            name: "challenges",
            label: text("cmd.update.field.challenges"),
            required: false,
            options: CHALLENGES.map((code) => ({ label: text(`cmd.challenge.${code}`), value: code })),
            hint: text("cmd.update.hint.challenges"),
            ...(current && current.challenges.length > 0 ? { initial: current.challenges } : {}),
          },
          {
            kind: "text",
            name: "evidence",
            label: text("cmd.update.field.evidence"),
            required: false,
            multiline: true,
            maxLength: 3000,
            placeholder: "https://…",
            ...(current && current.evidenceUrls.length > 0
              ? { initial: current.evidenceUrls.join("\n") }
              : {}),
          },
        ],
      },
    ],
  };
}

export interface ProgressBaseline {
  /** The milestone's status before this update. */
  milestoneFrom: MilestoneStatus | null;
  /** The commitment's completion before this update. */
  previousPct: number | null;
}

/**
 * Reads and checks a submitted update form. Besides the generic field checks: a milestone status needs
 * a milestone, links must be web links, and an update that shows no progress, or leaves the
 * commitment not started or limited, names its challenges (spec §2 Progress update).
 */
export function readProgressUpdate(
  form: FormDefinition,
  values: FormValues,
  commitment: CommitmentInContext,
  baseline: (milestoneId: string | null) => ProgressBaseline,
  language: Language,
): { content: ProgressUpdateContent } | { errors: FieldErrors } {
  const errors = checkFormFields(form, values, language);
  const milestoneValue = readText(values, "milestone");
  const milestoneId = milestoneValue && milestoneValue !== WHOLE_COMMITMENT ? milestoneValue : null;
  if (milestoneId && !commitment.milestones.some((milestone) => milestone.id === milestoneId))
    errors.milestone = t(language, "cmd.form.choice");
  const statusValue = readText(values, "milestone_status");
  const milestoneStatus = statusValue ? (statusValue as MilestoneStatus) : null;
  if (milestoneStatus && !milestoneId)
    errors.milestone = t(language, "cmd.update.error.status_needs_milestone");
  const completionText = readText(values, "completion");
  const completionPct = completionText === "" ? null : Number(completionText);
  const { urls, invalid } = parseUrlList(readText(values, "evidence"));
  if (invalid.length > 0)
    errors.evidence = t(language, "cmd.form.links", { entries: invalid.slice(0, 3).join(", ") });
  else if (urls.length > MAX_EVIDENCE_LINKS)
    errors.evidence = t(language, "cmd.form.too_many_links", { max: MAX_EVIDENCE_LINKS });
  const challenges = readChoices(values, "challenges").filter((code): code is Challenge =>
    (CHALLENGES as readonly string[]).includes(code),
  );
  if (Object.keys(errors).length === 0 && challenges.length === 0) {
    const { milestoneFrom, previousPct } = baseline(milestoneId);
    const forward =
      milestoneFrom !== null &&
      milestoneStatus !== null &&
      movesMilestoneForward(milestoneFrom, milestoneStatus);
    const raised = completionPct !== null && completionPct > (previousPct ?? 0);
    const level = completionLevel(completionPct ?? previousPct);
    if ((!forward && !raised) || level === "not_started" || level === "limited")
      errors.challenges = t(language, "cmd.update.error.challenges_needed");
  }
  if (Object.keys(errors).length > 0) return { errors };
  const optional = (name: string) => readText(values, name) || null;
  return {
    content: {
      milestoneId,
      milestoneStatus,
      completionPct,
      narrative: readText(values, "narrative"),
      delayReasons: optional("delay_reasons"),
      nextSteps: optional("next_steps"),
      challenges,
      evidenceUrls: urls,
    },
  };
}
