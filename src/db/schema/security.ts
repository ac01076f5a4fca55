import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { PLATFORMS } from "../../domain/vocabularies.js";
import { createdAt, id, instant, oneOf } from "./columns.js";

/**
 * Every attempt to redeem a link code (`/ogp link CODE`), kept for the attempt caps: too many
 * failures from one chat identity, or from everyone at once, lock redemption for a while.
 */
export const linkAttempts = sqliteTable(
  "link_attempts",
  {
    id: id(),
    platform: text("platform").notNull(),
    workspaceId: text("workspace_id").notNull().default(""),
    userId: text("user_id").notNull(),
    attemptedAt: instant("attempted_at").notNull(),
    succeeded: integer("succeeded", { mode: "boolean" }).notNull(),
  },
  (t) => [
    index("link_attempts_identity_idx").on(t.platform, t.workspaceId, t.userId, t.attemptedAt),
    index("link_attempts_at_idx").on(t.attemptedAt),
    oneOf("link_attempts_platform_code", t.platform, PLATFORMS),
  ],
);

/**
 * Secrets this installation makes for itself when none is configured (the key that hashes link codes
 * when LINK_CODE_SECRET is unset). Never audited, never exported.
 */
export const appSecrets = sqliteTable("app_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/** OAuth `state` nonces already used: a state finishes one install, so a replayed callback is refused. */
export const usedOAuthStates = sqliteTable(
  "used_oauth_states",
  {
    nonce: text("nonce").primaryKey(),
    usedAt: instant("used_at").notNull(),
    /** When the state would have expired anyway: the row can go then. */
    expiresAt: instant("expires_at").notNull(),
  },
  (t) => [index("used_oauth_states_expires_idx").on(t.expiresAt)],
);
