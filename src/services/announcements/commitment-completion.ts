import type { CommitmentInContext } from "../../db/repositories/commitments.js";
import type { Language } from "../../domain/vocabularies.js";
import { formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { truncate } from "../../messages/limits.js";
import type { ReplyBlock } from "../../messages/model.js";

export interface CompletionNotice {
  commitment: CommitmentInContext;
  memberNames: string[];
  completedOn: string;
  /** DUE-ASSESS-END's due date the completion starts, when the rules find one. */
  assessmentDueOn: string | null;
  markedBy: string;
}

/** A commitment completed, as the member's channels and its point of contact read it. */
export function commitmentCompletionBlocks(notice: CompletionNotice, language: Language): ReplyBlock[] {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const { commitment } = notice.commitment;
  return [
    {
      kind: "heading",
      text: truncate(
        text("cmd.complete.post.heading", {
          members: notice.memberNames.join(", "),
          code: commitment.code,
          title: commitment.title,
        }),
        150,
      ),
    },
    {
      kind: "fields",
      fields: [
        {
          label: text("cmd.complete.post.completed_on"),
          value: formatCivilDate(notice.completedOn, language),
        },
        { label: text("cmd.complete.post.marked_by"), value: notice.markedBy },
      ],
    },
    {
      kind: "context",
      text: notice.assessmentDueOn
        ? text("cmd.complete.post.next_assessment", {
            date: formatCivilDate(notice.assessmentDueOn, language),
          })
        : text("cmd.complete.post.no_more_updates"),
    },
  ];
}
