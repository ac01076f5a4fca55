import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { OUTBOX_COPY_KINDS, OUTBOX_STATES, PLATFORMS } from "../../domain/vocabularies.js";
import { createdAt, id, instant, oneOf } from "./columns.js";
import { members } from "./members.js";

/**
 * Alerts outbox: written in the same transaction as the facts that cause them, delivered later with
 * retries. `dedupeKey` (what is announced, and to whom) makes each alert exist once ever; what a
 * reader of the row needs to know about it (rule, subject, deadline, step, copy) is in columns, never
 * parsed back out of the key.
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
    /**
     * What is announced, before routing to a target: a rules-engine alert's key
     * (`rule:subjectKind:subjectId:period:step`), a digest's, or a command's post (`update:<id>:r2`).
     * Null only on command posts written before migration 0002.
     */
    alertKey: text("alert_key"),
    /** What the alert is about (`member`, `commitment`, `plan`, `milestone`, `country`…) and its id. */
    subjectKind: text("subject_kind"),
    subjectId: text("subject_id"),
    /**
     * The deadline a reminder is a step of (`rule:subjectKind:subjectId:period`): a pending reminder
     * whose deadline the rules no longer find due is cancelled. Null for what is not a reminder step.
     */
    deadlineKey: text("deadline_key"),
    /** The reminder step (`d-14`, `overdue`, `letter`, `confirm`…), when the alert is one. */
    step: text("step"),
    /** `original`, or the copy a row is: a `snooze` brought back later, a `fallback` to the member's channel. */
    copyKind: text("copy_kind").notNull().default("original"),
    /** The row a copy was made from. */
    copyOf: text("copy_of"),
    /** The message to render (`Post` in src/messages/model.ts: language, summary, blocks), final text. */
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
    // The circles relay asks, for each incoming message, whether it is one of its own copies.
    index("alerts_outbox_relay_copy_idx")
      .on(t.platform, t.workspaceId, t.platformMessageId)
      .where(sql`${t.kind} = 'circle.relay'`),
    oneOf("alerts_outbox_state_code", t.state, OUTBOX_STATES),
    oneOf("alerts_outbox_platform_code", t.platform, PLATFORMS),
    oneOf("alerts_outbox_copy_kind_code", t.copyKind, OUTBOX_COPY_KINDS),
    check("alerts_outbox_attempts_non_negative", sql`${t.attempts} >= 0`),
  ],
);

/** A named lease so only one instance runs the scheduler tick (or another singleton job) at a time. */
export const jobLeases = sqliteTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: instant("expires_at").notNull(),
});
