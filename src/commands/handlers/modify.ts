import {
  type CommitmentInContext,
  findCommitmentByCode,
  findCommitmentById,
} from "../../db/repositories/commitments.js";
import { modificationRef } from "../../db/repositories/modifications.js";
import { addYears, parseIsoDate } from "../../domain/time/civil.js";
import { type Language, MODIFICATION_KINDS, type ModificationKind } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { FormDefinition, FormValues } from "../../messages/model.js";
import { invalid, notFound } from "../../services/errors.js";
import { authorizeProposal, proposeModification } from "../../services/propose-modification.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { checkFormFields, readText } from "../forms.js";
import { messages, toCaller } from "../messages.js";
import type { CommandResult } from "../reply.js";

const TEXT_MAX = 1500;

function modificationForm(commitment: CommitmentInContext, language: Language): FormDefinition {
  const text = (key: string) => t(language, key);
  return {
    formId: "modify",
    title: truncate(text("cmd.modify.form_title"), LIMITS.formTitle),
    submitLabel: text("cmd.modify.submit"),
    context: { commitmentId: commitment.commitment.id },
    steps: [
      {
        title: truncate(`${commitment.commitment.code} · ${commitment.commitment.title}`, 150),
        fields: [
          {
            kind: "select",
            name: "kind",
            label: text("cmd.modify.field.kind"),
            required: true,
            options: MODIFICATION_KINDS.map((code) => ({
              label: text(`cmd.modification_kind.${code}`),
              value: code,
            })),
          },
          {
            kind: "date",
            name: "new_end_date",
            label: text("cmd.modify.field.new_end_date"),
            required: false,
            hint: text("cmd.modify.hint.new_end_date"),
          },
          {
            kind: "text",
            name: "change",
            label: text("cmd.modify.field.change"),
            required: false,
            multiline: true,
            maxLength: TEXT_MAX,
          },
          {
            kind: "text",
            name: "rationale",
            label: text("cmd.modify.field.rationale"),
            required: true,
            multiline: true,
            maxLength: TEXT_MAX,
          },
        ],
      },
    ],
  };
}

/** `modify COMMITMENT`: the PoC proposes a change within the MOD-1 window. */
export async function modify(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [code] = args;
  if (!code || args.length > 1) throw invalid("cmd.modify.usage");
  const commitment = await findCommitmentByCode(context.db, code);
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: code });
  authorizeProposal(context.caller, commitment, context.now);
  return { kind: "form", status: "ok", form: modificationForm(commitment, context.language) };
}

export async function submitModification(
  base: CommandContext,
  formContext: Record<string, string>,
  values: FormValues,
): Promise<CommandResult> {
  const context = requireLinked(base);
  const commitment = await findCommitmentById(context.db, formContext.commitmentId ?? "");
  if (!commitment) throw notFound("cmd.commitment.not_found", { ref: formContext.commitmentId ?? "" });
  authorizeProposal(context.caller, commitment, context.now);
  const form = modificationForm(commitment, context.language);
  const errors = checkFormFields(form, values, context.language);
  const kind = readText(values, "kind") as ModificationKind;
  const newEndDate = readText(values, "new_end_date");
  const change = readText(values, "change");
  if (!errors.kind && !errors.new_end_date) {
    if (kind === "timeline") {
      const start = parseIsoDate(commitment.commitment.startDate);
      const end = parseIsoDate(newEndDate);
      if (end === null) errors.new_end_date = context.text("cmd.modify.error.end_date_needed");
      else if (start !== null && end < addYears(start, 1) - 1)
        errors.new_end_date = context.text("cmd.modify.error.commit1_duration");
      else if (newEndDate > commitment.plan.plan.periodEnd)
        errors.new_end_date = context.text("cmd.modify.error.commit1_plan_end", {
          end: formatCivilDate(commitment.plan.plan.periodEnd, context.language),
        });
    } else if (kind !== "delete" && !change) errors.change = context.text("cmd.modify.error.change_needed");
  }
  if (Object.keys(errors).length > 0) return { kind: "form_errors", status: "invalid", errors };

  const { modification, shared } = await proposeModification(context, actingOf(context), commitment, {
    kind,
    newEndDate,
    change,
    rationale: readText(values, "rationale"),
  });
  const ref = modificationRef(modification.id);
  const confirmation = context.text("cmd.modify.proposed", { code: commitment.commitment.code, ref });
  return messages(
    "ok",
    toCaller(confirmation, [
      { kind: "text", text: confirmation, tone: "success" },
      {
        kind: "context",
        text:
          shared > 0
            ? context.text("cmd.modify.shared", { count: shared })
            : context.text("cmd.modify.not_shared", { ref }),
      },
    ]),
  );
}
