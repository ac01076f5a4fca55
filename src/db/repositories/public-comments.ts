import { and, eq, like } from "drizzle-orm";
import type { ModerationState } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { updateWhereStill } from "../fenced-change.js";
import { progressUpdates, publicComments } from "../schema/index.js";

export type PublicCommentRow = typeof publicComments.$inferSelect;

/** The short reference shown in chat: the first characters of the id, as for modifications. */
export const PUBLIC_COMMENT_REF_LENGTH = 8;
export const publicCommentRef = (id: string): string => id.slice(0, PUBLIC_COMMENT_REF_LENGTH);

/** A comment by its full id or the short reference shown in chat; ambiguous prefixes find nothing. */
export async function findPublicCommentByRef(db: Executor, ref: string): Promise<PublicCommentRow | null> {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < 6 || !/^[0-9a-f-]+$/.test(wanted)) return null;
  const rows = await db
    .select()
    .from(publicComments)
    .where(like(publicComments.id, `${wanted}%`))
    .limit(2);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

/** The progress update a comment is about: its commitment and when it was posted. */
export async function findCommentedUpdate(
  db: Executor,
  updateId: string,
): Promise<{ commitmentId: string; postedAt: Date } | null> {
  const [row] = await db
    .select({ commitmentId: progressUpdates.commitmentId, postedAt: progressUpdates.postedAt })
    .from(progressUpdates)
    .where(eq(progressUpdates.id, updateId));
  return row ?? null;
}

/**
 * Decides a pending comment. The condition on `pending` is in the UPDATE itself, so of two moderators
 * deciding at once only one writes; null when it was decided already (nothing written).
 */
export async function decidePublicComment(
  writer: AuditedWriter,
  commentId: string,
  decision: Exclude<ModerationState, "pending">,
  moderatorId: string,
): Promise<PublicCommentRow | null> {
  const changes = { moderation: decision, moderatedBy: moderatorId, moderatedAt: writer.at };
  const [decided] = await updateWhereStill(
    writer.tx,
    publicComments,
    and(eq(publicComments.id, commentId), eq(publicComments.moderation, "pending"))!,
    changes,
  );
  if (!decided) return null;
  writer.record("public_comments", commentId, "update", changes);
  return decided;
}
