import { listSupportUnitSubscriptions, supportUnitWants } from "../db/repositories/alert-audiences.js";
import {
  type ChatIdentityRef,
  countFailedLinkAttempts,
  recordLinkAttempt,
  redeemLinkCode,
} from "../db/repositories/link-codes.js";
import { t } from "../messages/i18n/index.js";
import type { ServiceDeps } from "./acting.js";
import { enqueueChannelPost } from "./channel-posts.js";
import { invalid, refuse } from "./errors.js";

/**
 * Attempt caps on link codes: an 8-character code from 30 letters cannot be guessed in the attempts
 * these allow. One chat identity gets 5 wrong codes an hour; everyone together 100 every 15 minutes.
 * Past a cap, redemption is refused (even of a right code) until the window has no more than the
 * cap; the Support Unit hears of it once per lock-out.
 */
export const LINK_CAPS = {
  identity: { failures: 5, windowMinutes: 60 },
  everyone: { failures: 100, windowMinutes: 15 },
} as const;

/** The kind of the Support Unit's notice of a lock-out (subscriptions may filter on it). */
export const LINK_LOCKOUT_KIND = "security.link_lockout";

const minutesAgo = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

export interface LinkDeps extends ServiceDeps {
  /** LINK_CODE_SECRET: the key link codes are hashed with (see `createLinkCode`). */
  linkCodeSecret?: string | undefined;
}

/**
 * Ties a chat identity to the person a single-use link code was made for (`link-code create`). The
 * person is unknown until the code is redeemed, so the chat identity itself is the audited actor.
 * Returns whether the identity was linked to that person already.
 */
export async function linkChatIdentity(
  deps: LinkDeps,
  identity: ChatIdentityRef,
  code: string,
): Promise<{ alreadyLinked: boolean }> {
  const { db, now } = deps;
  const { identity: mine } = await countFailedLinkAttempts(
    db,
    identity,
    minutesAgo(now, LINK_CAPS.identity.windowMinutes),
  );
  const { everyone } = await countFailedLinkAttempts(
    db,
    identity,
    minutesAgo(now, LINK_CAPS.everyone.windowMinutes),
  );
  if (mine >= LINK_CAPS.identity.failures || everyone >= LINK_CAPS.everyone.failures) {
    await recordLinkAttempt(db, identity, false, now);
    throw refuse("cmd.link.locked", {
      minutes:
        mine >= LINK_CAPS.identity.failures
          ? LINK_CAPS.identity.windowMinutes
          : LINK_CAPS.everyone.windowMinutes,
    });
  }
  const { platform, workspaceId, userId } = identity;
  const outcome = await redeemLinkCode(
    db,
    { code, ...identity },
    {
      personId: null,
      label: `${platform}:${workspaceId ? `${workspaceId}:` : ""}${userId}`,
      source: platform,
    },
    now,
    deps.linkCodeSecret,
  );
  if (outcome.ok) {
    await recordLinkAttempt(db, identity, true, now);
    return { alreadyLinked: outcome.alreadyLinked };
  }
  await db.transaction(async (tx) => {
    await recordLinkAttempt(tx, identity, false, now);
    // The failure that reaches a cap starts a lock-out: the Support Unit is told, with it.
    if (mine + 1 === LINK_CAPS.identity.failures) await noticeLockout(tx, now, identity, "identity");
    if (everyone + 1 === LINK_CAPS.everyone.failures) await noticeLockout(tx, now, identity, "everyone");
  });
  throw outcome.reason === "invalid_or_expired"
    ? invalid("cmd.link.invalid_code")
    : refuse("cmd.link.linked_elsewhere");
}

async function noticeLockout(
  tx: Parameters<typeof recordLinkAttempt>[0],
  now: Date,
  identity: ChatIdentityRef,
  scope: "identity" | "everyone",
): Promise<void> {
  const caps = LINK_CAPS[scope];
  const channels = (await listSupportUnitSubscriptions(tx))
    .filter((subscription) => supportUnitWants(subscription, LINK_LOCKOUT_KIND, ""))
    .map((subscription) => subscription.channel);
  const text = t("en", `cmd.link.lockout.${scope}`, {
    attempts: caps.failures,
    minutes: caps.windowMinutes,
    platform: identity.platform,
    user: identity.userId,
  });
  const who =
    scope === "identity" ? `${identity.platform}:${identity.workspaceId}:${identity.userId}` : "everyone";
  await enqueueChannelPost(
    tx,
    {
      key: `${LINK_LOCKOUT_KIND}:${who}:${now.toISOString()}`,
      kind: LINK_LOCKOUT_KIND,
      subject: { kind: "chat_identity", id: who },
      memberId: null,
      channels,
      language: "en",
      summary: text,
      blocks: [
        { kind: "heading", text: t("en", "cmd.link.lockout.title") },
        { kind: "text", text, tone: "warning" },
      ],
    },
    now,
  );
}
