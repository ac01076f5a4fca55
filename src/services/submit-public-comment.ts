import { systemActor, writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { findCommitmentById } from "../db/repositories/commitments.js";
import { findCommentedUpdate } from "../db/repositories/public-comments.js";
import { publicComments } from "../db/schema/index.js";
import type { Language } from "../domain/vocabularies.js";
import { enqueueAlerts, routedKey } from "../outbox/index.js";
import type { ServiceDeps } from "./acting.js";
import { type CommentToModerate, moderationRequest } from "./announcements/public-comment.js";
import {
  COMMENT_MODERATION_KIND,
  loadCommentModerators,
  type ModerationTarget,
} from "./comment-moderators.js";
import { notFound } from "./errors.js";

export interface PublicCommentInput {
  updateId: string;
  /** Empty when the visitor gave no name (Annex 4: the name is optional). */
  authorName: string;
  body: string;
}

export interface PublicCommentDeps extends ServiceDeps {
  /** PUBLIC_BASE_URL: the moderation request links to the commitment page when it is known. */
  publicBaseUrl?: string | undefined;
}

/**
 * Annex 4: a visitor's comment on a progress update, stored for moderation (`pending`); the public
 * sees it only once approved. In the same transaction, the member's point of contact and the
 * Support Unit are asked to moderate it in chat, so a comment exists exactly when its request does.
 * The visitor is nobody we know: the audit names the web as the actor.
 */
export async function submitPublicComment(
  deps: PublicCommentDeps,
  input: PublicCommentInput,
): Promise<string> {
  // Read before the transaction: an in-memory or embedded database has one connection, which it holds.
  const update = await findCommentedUpdate(deps.db, input.updateId);
  const commitment = update ? await findCommitmentById(deps.db, update.commitmentId) : null;
  if (!update || !commitment) throw notFound("cmd.comment.no_update", { ref: input.updateId });
  const { members, targets } = await loadCommentModerators(deps.db, commitment.memberIds);
  return writeAudited(
    deps.db,
    systemActor("web", "public comment form"),
    async (writer) => {
      const comment = await writer.insert(publicComments, {
        updateId: input.updateId,
        authorName: input.authorName,
        body: input.body,
        moderation: "pending",
        createdAt: deps.now,
      });
      await requestModeration(
        writer.tx,
        {
          comment,
          commitment,
          memberNames: members.map((member) => member.name),
          updatePostedAt: update.postedAt,
          publicBaseUrl: deps.publicBaseUrl,
        },
        targets,
        deps.now,
      );
      return comment.id;
    },
    deps.now,
  );
}

/** One request per target through the outbox, each written in its reader's language. */
async function requestModeration(
  tx: Executor,
  subject: CommentToModerate,
  targets: ModerationTarget[],
  now: Date,
): Promise<void> {
  const alertKey = `comment:${subject.comment.id}`;
  const posts = new Map<Language, ReturnType<typeof moderationRequest>>();
  const postIn = (language: Language) => {
    const post = posts.get(language) ?? moderationRequest(subject, language);
    posts.set(language, post);
    return post;
  };
  await enqueueAlerts(
    tx,
    targets.map((target) => ({
      dedupeKey: routedKey(alertKey, target),
      kind: COMMENT_MODERATION_KIND,
      alertKey,
      subject: { kind: "public_comment", id: subject.comment.id },
      memberId: subject.commitment.memberIds[0] ?? null,
      platform: target.platform,
      workspaceId: target.workspaceId,
      target: target.target,
      isDirectMessage: target.isDirectMessage,
      post: { language: target.language, ...postIn(target.language) },
    })),
    now,
  );
}
