import type { CommitmentInContext } from "../../db/repositories/commitments.js";
import { type PublicCommentRow, publicCommentRef } from "../../db/repositories/public-comments.js";
import type { Language } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate, formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { LIMITS, truncate } from "../../messages/limits.js";
import type { Message, ReplyBlock, ReplyButton } from "../../messages/model.js";

/** A comment as its moderators see it, with what it is about. */
export interface CommentToModerate {
  comment: Pick<PublicCommentRow, "id" | "authorName" | "body">;
  commitment: CommitmentInContext;
  memberNames: string[];
  updatePostedAt: Date;
  /** PUBLIC_BASE_URL: the request links to the commitment page when the site's address is known. */
  publicBaseUrl?: string | undefined;
}

/** How long the quoted comment is under a decision that replaces the request. */
const QUOTE_LENGTH = 300;

const authorOf = (comment: Pick<PublicCommentRow, "authorName">, language: Language): string =>
  comment.authorName.trim() || t(language, "cmd.comment.anonymous");

function commitmentPageUrl(subject: CommentToModerate, language: Language): string | undefined {
  if (!subject.publicBaseUrl) return undefined;
  const code = encodeURIComponent(subject.commitment.commitment.code);
  return new URL(`/commitments/${code}?lang=${language}`, subject.publicBaseUrl).toString();
}

/**
 * Annex 4: the request to approve or reject a public comment, for the member's point of contact and
 * the Support Unit: who wrote what about which update, with the buttons that run `comment approve|reject`.
 */
export function moderationRequest(subject: CommentToModerate, language: Language): Message {
  const text = (key: string, params?: Record<string, string | number>) => t(language, key, params);
  const { comment, commitment } = subject;
  const ref = publicCommentRef(comment.id);
  const code = commitment.commitment.code;
  const buttons: ReplyButton[] = [
    {
      label: text("cmd.comment.approve_button"),
      style: "primary",
      invoke: { command: "comment", args: ["approve", comment.id] },
    },
    {
      label: text("cmd.comment.reject_button"),
      style: "danger",
      invoke: { command: "comment", args: ["reject", comment.id] },
      confirm: {
        title: text("cmd.comment.reject_confirm_title"),
        text: text("cmd.comment.reject_confirm_text", { ref }),
        confirm: text("cmd.comment.reject_button"),
        deny: text("cmd.comment.cancel"),
      },
    },
  ];
  const url = commitmentPageUrl(subject, language);
  if (url) buttons.push({ label: text("cmd.comment.page_button"), url });
  const postedOn = civilDateIn(subject.updatePostedAt, commitment.plan.timeZone);
  return {
    summary: text("cmd.comment.request_summary", { code }),
    blocks: [
      { kind: "heading", text: text("cmd.comment.request_heading", { code }) },
      {
        kind: "fields",
        fields: [
          { label: text("cmd.comment.field.member"), value: subject.memberNames.join(", ") },
          {
            label: text("cmd.comment.field.commitment"),
            value: `${code} · ${commitment.commitment.title}`,
          },
          { label: text("cmd.comment.field.update"), value: formatCivilDate(postedOn, language) },
          { label: text("cmd.comment.field.author"), value: authorOf(comment, language) },
        ],
      },
      { kind: "text", text: truncate(comment.body, LIMITS.textLength) },
      { kind: "buttons", buttons },
      { kind: "context", text: text("cmd.comment.rule", { ref }) },
    ],
  };
}

/** A decision on a comment, or the earlier one when it was decided already. */
export interface CommentDecision {
  comment: PublicCommentRow;
  commitment: CommitmentInContext;
  moderatorName: string;
  /** False when the comment had been decided before: nothing was written. */
  applied: boolean;
}

/** The decision as text (who, when, what it means for the public site), above the comment it is about. */
export function moderationOutcome(decision: CommentDecision, language: Language): ReplyBlock[] {
  const { comment, commitment, moderatorName, applied } = decision;
  const verdict = comment.moderation === "rejected" ? "rejected" : "approved";
  const when = comment.moderatedAt
    ? formatInstant(comment.moderatedAt, language, commitment.plan.timeZone)
    : "—";
  return [
    {
      kind: "text",
      text: t(language, applied ? `cmd.comment.${verdict}` : `cmd.comment.already_${verdict}`, {
        ref: publicCommentRef(comment.id),
        code: commitment.commitment.code,
        name: moderatorName,
        when,
      }),
      tone: !applied ? "info" : verdict === "approved" ? "success" : "warning",
    },
    {
      kind: "context",
      text: t(language, "cmd.comment.quote", {
        text: truncate(comment.body, QUOTE_LENGTH),
        author: authorOf(comment, language),
      }),
    },
  ];
}
