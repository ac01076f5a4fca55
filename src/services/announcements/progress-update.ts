import type { CommitmentInContext } from "../../db/repositories/commitments.js";
import type { ProgressUpdateDetails } from "../../db/repositories/progress-updates.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCompletion, formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { ReplyBlock, ReplyField } from "../../messages/model.js";

export const shortRef = (id: string): string => id.slice(0, 8);

/** A progress update as everyone sees it: it is public (§3.5.4). */
export function progressUpdateBlocks(
  details: ProgressUpdateDetails,
  commitment: CommitmentInContext,
  memberNames: string[],
  authorName: string,
  language: Language,
): ReplyBlock[] {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const { update, milestoneChange } = details;
  const milestone = commitment.milestones.find((row) => row.id === update.milestoneId);
  const fields: ReplyField[] = [];
  if (milestone) {
    const status = milestoneChange
      ? `${text(`cmd.milestone_status.${milestoneChange.fromStatus}`)} → ${text(`cmd.milestone_status.${milestoneChange.toStatus}`)}`
      : text(`cmd.milestone_status.${milestone.status}`);
    fields.push({
      label: text("cmd.update.field.milestone"),
      value: truncate(`${milestone.position}. ${milestone.description} — ${status}`, 1000),
    });
  }
  fields.push(
    { label: text("cmd.update.post.completion"), value: formatCompletion(update.completionPct, language) },
    {
      label: text("cmd.update.post.posted"),
      value: text("cmd.update.post.by", {
        name: authorName,
        when: formatInstant(update.postedAt, language, commitment.plan.timeZone),
      }),
    },
  );
  const blocks: ReplyBlock[] = [
    {
      kind: "heading",
      text: truncate(
        text("cmd.update.post.heading", {
          members: memberNames.join(", "),
          code: commitment.commitment.code,
          title: commitment.commitment.title,
        }),
        150,
      ),
    },
    { kind: "fields", fields },
    { kind: "text", text: update.narrative },
  ];
  if (update.noProgress)
    blocks.push({ kind: "text", text: text("cmd.update.post.no_progress"), tone: "warning" });
  if (update.delayReasons)
    blocks.push({ kind: "text", text: text("cmd.update.post.delays", { text: update.delayReasons }) });
  if (update.nextSteps)
    blocks.push({ kind: "text", text: text("cmd.update.post.next_steps", { text: update.nextSteps }) });
  if (details.challenges.length > 0)
    blocks.push({
      kind: "context",
      text: text("cmd.update.post.challenges", {
        list: details.challenges.map((code) => text(`cmd.challenge.${code}`)).join(", "),
      }),
    });
  if (details.evidenceUrls.length > 0)
    blocks.push({ kind: "links", links: details.evidenceUrls.map((url) => ({ label: url, url })) });
  blocks.push({
    kind: "context",
    text:
      update.revision > 1 && update.editedAt
        ? text("cmd.update.post.footer_edited", {
            ref: shortRef(update.id),
            revision: update.revision,
            when: formatInstant(update.editedAt, language, commitment.plan.timeZone),
          })
        : text("cmd.update.post.footer", { ref: shortRef(update.id) }),
  });
  return blocks;
}
