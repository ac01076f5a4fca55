import { systemActor, writeAudited } from "../db/audit.js";
import { publicComments } from "../db/schema/index.js";
import type { ServiceDeps } from "./acting.js";

export interface PublicCommentInput {
  updateId: string;
  /** Empty when the visitor gave no name (Annex 4: the name is optional). */
  authorName: string;
  body: string;
}

/**
 * Annex 4: a visitor's comment on a progress update, stored for moderation (`pending`); the public
 * sees it only once approved. The visitor is nobody we know: the audit names the web as the actor.
 */
export async function submitPublicComment(deps: ServiceDeps, input: PublicCommentInput): Promise<string> {
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
      return comment.id;
    },
    deps.now,
  );
}
