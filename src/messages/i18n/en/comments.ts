/**
 * Texts of the moderation of public comments from chat (Annex 4): the request the member's point of
 * contact and the Support Unit receive, and the `comment approve|reject` command's answers.
 */
export const comments = {
  "cmd.comment_approve.summary":
    "approve a public comment on a progress update: it is shown on the public site (point of contact, Support Unit; Annex 4)",
  "cmd.comment_reject.summary":
    "reject a public comment on a progress update: it stays hidden (point of contact, Support Unit; Annex 4)",
  "discord.option.comment": "the comment's reference, shown in the moderation request",
  "cmd.comment.usage":
    "Type /ogp comment approve COMMENT or /ogp comment reject COMMENT with the reference shown in the moderation request.",
  "cmd.comment.not_found":
    "No public comment “{ref}”. Use the reference shown in the moderation request (8 characters).",
  "cmd.comment.no_update": "No progress update “{ref}” to comment on.",
  "cmd.comment.not_moderator":
    "Only the point of contact of {member} or the Support Unit moderates public comments on {code} (handbook Annex 4).",
  "cmd.comment.request_summary": "A public comment on {code} is waiting for moderation",
  "cmd.comment.request_heading": "Public comment to moderate · {code}",
  "cmd.comment.field.member": "Member",
  "cmd.comment.field.commitment": "Commitment",
  "cmd.comment.field.update": "On the progress update of",
  "cmd.comment.field.author": "From",
  "cmd.comment.anonymous": "anonymous",
  "cmd.comment.approve_button": "Approve",
  "cmd.comment.reject_button": "Reject",
  "cmd.comment.cancel": "Cancel",
  "cmd.comment.page_button": "Commitment page",
  "cmd.comment.reject_confirm_title": "Reject the comment?",
  "cmd.comment.reject_confirm_text": "Comment {ref} will not be shown on the public site.",
  "cmd.comment.rule":
    "Handbook Annex 4: the public may comment on progress updates; a comment is shown on the public site once the member's point of contact or the Support Unit approves it. Reference {ref}: /ogp comment approve {ref} or /ogp comment reject {ref}.",
  "cmd.comment.approved":
    "Comment {ref} on {code} is approved by {name}, {when}: it is shown on the public site.",
  "cmd.comment.rejected":
    "Comment {ref} on {code} is rejected by {name}, {when}: it stays off the public site.",
  "cmd.comment.already_approved":
    "Comment {ref} on {code} was already approved by {name}, {when}; nothing changed.",
  "cmd.comment.already_rejected":
    "Comment {ref} on {code} was already rejected by {name}, {when}; nothing changed.",
  "cmd.comment.quote": "“{text}” — {author}",
};
