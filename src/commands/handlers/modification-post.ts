import type { CommitmentInContext } from "../../db/repositories/commitments.js";
import { type ModificationRow, modificationRef } from "../../db/repositories/modifications.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
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
