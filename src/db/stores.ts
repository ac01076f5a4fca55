import type { Platform } from "../domain/vocabularies.js";
import type { Actor } from "./audit.js";
import type { Database } from "./client.js";
import {
  deleteFormDraft,
  type FormDraftRow,
  findFormDraft,
  pruneFormDrafts,
  saveFormDraft,
} from "./repositories/form-drafts.js";
import { claimInboundDelivery } from "./repositories/inbound-deliveries.js";
import { useOAuthState } from "./repositories/oauth-states.js";
import {
  findSlackInstallation,
  revokeSlackInstallation,
  type SlackInstallationInput,
  type SlackInstallationQuery,
  saveSlackInstallation,
} from "./repositories/slack-installations.js";

/**
 * The small stores the chat platforms depend on (each platform declares the interface it needs),
 * backed by this database. The runtime hands them to the platforms; the platforms never see SQL.
 */
export function chatStores(db: Database) {
  return {
    deliveries: {
      claim: (platform: Platform, deliveryId: string, at: Date) =>
        claimInboundDelivery(db, platform, deliveryId, at),
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
