import type { Platform } from "../domain/vocabularies.js";
import type { Actor } from "./audit.js";
import type { Database } from "./client.js";
import { groupCommit } from "./group-commit.js";
import {
  deleteFormDraft,
  type FormDraftRow,
  findFormDraft,
  pruneFormDrafts,
  saveFormDraft,
} from "./repositories/form-drafts.js";
import {
  claimInboundDeliveries,
  dueInboundJobs,
  failInboundJob,
  finishInboundJob,
  type InboundClaim,
  startInboundJob,
} from "./repositories/inbound-deliveries.js";
import { useOAuthState } from "./repositories/oauth-states.js";
import {
  findSlackInstallation,
  revokeSlackInstallation,
  type SlackInstallationInput,
  type SlackInstallationQuery,
  saveSlackInstallation,
} from "./repositories/slack-installations.js";

type JobKey = { platform: Platform; deliveryId: string };

/**
 * The small stores the chat platforms depend on (each platform declares the interface it needs),
 * backed by this database. The runtime hands them to the platforms; the platforms never see SQL.
 */
export function chatStores(db: Database) {
  // Every webhook request claims its delivery id: claims made in the same turn of the event loop
  // share one INSERT and one commit.
  const claim = groupCommit(async (claims: InboundClaim[]) => {
    const firsts = await claimInboundDeliveries(db, claims);
    return claims.map((_, index) => firsts.has(index));
  });
  return {
    deliveries: {
      claim,
      start: (job: JobKey, now: Date, leaseUntil: Date, takeOver: boolean) =>
        startInboundJob(db, job, now, leaseUntil, takeOver),
      finish: (job: JobKey, now: Date) => finishInboundJob(db, job, now),
      fail: (job: JobKey, error: string, now: Date, retryAt: Date | null) =>
        failInboundJob(db, job, error, now, retryAt),
      due: (platform: Platform, now: Date, limit: number) => dueInboundJobs(db, platform, now, limit),
    },
    installations: {
      find: (query: SlackInstallationQuery) => findSlackInstallation(db, query),
      save: (input: SlackInstallationInput, actor: Actor, at: Date) =>
        saveSlackInstallation(db, input, actor, at),
      revoke: (query: { teamId: string; enterpriseId: string }, actor: Actor, at: Date) =>
        revokeSlackInstallation(db, query, actor, at),
    },
    oauthStates: {
      use: (nonce: string, expiresAt: Date, at: Date) => useOAuthState(db, nonce, expiresAt, at),
    },
    drafts: {
      save: (draft: FormDraftRow) => saveFormDraft(db, draft),
      find: (id: string, now: Date) => findFormDraft(db, id, now),
      delete: (id: string) => deleteFormDraft(db, id),
      prune: (platform: Platform, userId: string, now: Date, perPerson: number) =>
        pruneFormDrafts(db, platform, userId, now, perPerson),
    },
  };
}
