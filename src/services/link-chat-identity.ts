import { redeemLinkCode } from "../db/repositories/link-codes.js";
import type { Platform } from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { invalid, refuse } from "./errors.js";

/**
 * Ties a chat identity to the person a single-use link code was made for (`link-code create`). The
 * person is unknown until the code is redeemed, so the chat identity itself is the audited actor.
 * Returns whether the identity was linked to that person already.
 */
export async function linkChatIdentity(
  deps: ServiceDeps,
  identity: { platform: Platform; workspaceId: string; userId: string },
  code: string,
): Promise<{ alreadyLinked: boolean }> {
  const { platform, workspaceId, userId } = identity;
  const outcome = await redeemLinkCode(
    deps.db,
    { code, ...identity },
    {
      personId: null,
      label: `${platform}:${workspaceId ? `${workspaceId}:` : ""}${userId}`,
      source: platform,
    },
    deps.now,
  );
  if (!outcome.ok)
    throw outcome.reason === "invalid_or_expired"
      ? invalid("cmd.link.invalid_code")
      : refuse("cmd.link.linked_elsewhere");
  return { alreadyLinked: outcome.alreadyLinked };
}
