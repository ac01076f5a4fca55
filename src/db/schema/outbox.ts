import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { OUTBOX_STATES, PLATFORMS } from "../../domain/vocabularies.js";
import { createdAt, id, instant, oneOf } from "./columns.js";
import { members } from "./members.js";

/**
 * Alerts outbox: written in the same transaction as the facts that cause them, delivered later with
 * retries. `dedupeKey` (rule, subject, reminder step, target) makes each alert exist once ever.
 */
export const alertsOutbox = sqliteTable(
  "alerts_outbox",
  {
    id: id(),
    dedupeKey: text("dedupe_key").notNull(),
    /** Alert kind: the rule ID (e.g. `DUE-UPDATE`, `INACT-4`) or a product kind (`digest.weekly`). */
    kind: text("kind").notNull(),
    memberId: text("member_id").references(() => members.id, { onDelete: "cascade" }),
    platform: text("platform").notNull(),
    workspaceId: text("workspace_id").notNull().default(""),
    /** Channel id, or user id for direct messages. */
    target: text("target").notNull(),
    isDirectMessage: integer("is_direct_message", { mode: "boolean" }).notNull().default(false),
    /** The neutral reply model to render, with i18n keys and parameters. */
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    state: text("state").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: instant("next_attempt_at").notNull(),
    leaseUntil: instant("lease_until"),
    lastError: text("last_error"),
    sentAt: instant("sent_at"),
    platformMessageId: text("platform_message_id"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("alerts_outbox_dedupe_key_unique").on(t.dedupeKey),
    index("alerts_outbox_state_next_idx").on(t.state, t.nextAttemptAt),
    index("alerts_outbox_member_idx").on(t.memberId),
    oneOf("alerts_outbox_state_code", t.state, OUTBOX_STATES),
    oneOf("alerts_outbox_platform_code", t.platform, PLATFORMS),
    check("alerts_outbox_attempts_non_negative", sql`${t.attempts} >= 0`),
  ],
);

/** A named lease so only one instance runs the scheduler tick (or another singleton job) at a time. */
export const jobLeases = sqliteTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: instant("expires_at").notNull(),
});
