import type { CommitmentInContext } from "../../db/repositories/commitments.js";
import {
  type ModificationRow,
  type ModificationVerdictRow,
  modificationRef,
} from "../../db/repositories/modifications.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate, formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { ReplyBlock, ReplyField } from "../../messages/model.js";

/** A proposed modification as civil society and the Support Unit see it (§3.2.1.3). */
export function modificationBlocks(
  modification: ModificationRow,
  commitment: CommitmentInContext,
  proposerName: string,
  language: Language,
): ReplyBlock[] {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const { before, after } = modification.proposedChange;
  const fields: ReplyField[] = [
    { label: text("cmd.modify.field.kind"), value: text(`cmd.modification_kind.${modification.kind}`) },
    {
      label: text("cmd.modify.proposed_by"),
      value: `${proposerName}, ${formatCivilDate(modification.proposedOn, language)}`,
    },
  ];
  if (typeof before.endDate === "string" && typeof after.endDate === "string")
    fields.push({
      label: text("cmd.modify.field.new_end_date"),
      value: `${formatCivilDate(before.endDate, language)} → ${formatCivilDate(after.endDate, language)}`,
    });
  const blocks: ReplyBlock[] = [
    {
      kind: "heading",
      text: truncate(
        text("cmd.modify.heading", {
          ref: modificationRef(modification.id),
          code: commitment.commitment.code,
          title: commitment.commitment.title,
        }),
        150,
      ),
    },
    { kind: "fields", fields },
  ];
  if (typeof after.description === "string")
    blocks.push({ kind: "text", text: text("cmd.modify.change_text", { text: after.description }) });
  blocks.push({ kind: "text", text: text("cmd.modify.rationale_text", { text: modification.rationale }) });
  return blocks;
}

/** The proposal with Approve and Reject buttons for the member's civil society (MOD-2). */
export function consentRequest(
  modification: ModificationRow,
  commitment: CommitmentInContext,
  proposerName: string,
  language: Language,
): ReplyBlock[] {
  const ref = modificationRef(modification.id);
  return [
    ...modificationBlocks(modification, commitment, proposerName, language),
    { kind: "text", text: t(language, "cmd.modify.ask_consent", { ref }) },
    {
      kind: "buttons",
      buttons: [
        {
          label: t(language, "cmd.modify.approve_button"),
          style: "primary",
          invoke: { command: "approve", args: [modification.id] },
        },
        {
          label: t(language, "cmd.modify.reject_button"),
          style: "danger",
          invoke: { command: "reject", args: [modification.id] },
          confirm: {
            title: t(language, "cmd.modify.reject_confirm_title"),
            text: t(language, "cmd.modify.reject_confirm_text", { ref }),
            confirm: t(language, "cmd.modify.reject_button"),
            deny: t(language, "cmd.modify.cancel"),
          },
        },
      ],
    },
  ];
}

/** The decision as text: who decided, when, and that MOD-2 applies. */
export function outcomeOf(
  modification: ModificationRow,
  verdicts: (ModificationVerdictRow & { personName: string })[],
  commitment: CommitmentInContext,
  language: Language,
): ReplyBlock[] {
  const ref = modificationRef(modification.id);
  const decisive = verdicts.find((row) =>
    modification.decision === "rejected" ? row.verdict === "reject" : row.verdict === "approve",
  );
  const text =
    modification.decision === "pending" || !decisive
      ? t(language, "cmd.decide.pending", { ref })
      : t(language, `cmd.decide.${modification.decision}`, {
          ref,
          code: commitment.commitment.code,
          name: decisive.personName,
          when: formatInstant(decisive.at, language, commitment.plan.timeZone),
        });
  return [
    { kind: "text", text, tone: modification.decision === "rejected" ? "warning" : "success" },
    { kind: "context", text: t(language, "cmd.decide.rule") },
  ];
}
