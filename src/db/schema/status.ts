import { relations, sql } from "drizzle-orm";
import { check, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { DECISION_KINDS, MEMBER_STATUSES, STATUS_ACTORS } from "../../domain/vocabularies.js";
import { civilDate, createdAt, id, isoDate, oneOf } from "./columns.js";
import { members } from "./members.js";
import { persons } from "./people.js";

/** Spec §2 Status history: every status change with the rule that caused it and who decided. */
export const memberStatusHistory = sqliteTable(
  "member_status_history",
  {
    id: id(),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    effectiveOn: civilDate("effective_on").notNull(),
    ruleId: text("rule_id"),
    reason: text("reason").notNull(),
    actor: text("actor").notNull(),
    actorPersonId: text("actor_person_id").references(() => persons.id, { onDelete: "set null" }),
    recordedAt: createdAt(),
  },
  (t) => [
    index("member_status_history_member_idx").on(t.memberId, t.effectiveOn),
    oneOf("member_status_history_status_code", t.status, MEMBER_STATUSES),
    oneOf("member_status_history_actor_code", t.actor, STATUS_ACTORS),
    check(
      "member_status_history_actor_shape",
      sql`(${t.actor} = 'person') = (${t.actorPersonId} is not null)`,
    ),
    isoDate("member_status_history_effective_on_iso", t.effectiveOn),
  ],
);

/**
 * Manual decisions the rules engine reads as facts: voluntary inactivity grants (VOL-1), extensions of
 * the first-plan deadline (INACT-1), Support Unit status overrides and revocation confirmations (REVOKE-1).
 */
export const statusDecisions = sqliteTable(
  "status_decisions",
  {
    id: id(),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    startsOn: civilDate("starts_on").notNull(),
    /** Voluntary inactivity: last day (null while open-ended). Extension: the new deadline. */
    endsOn: civilDate("ends_on"),
    /** For status overrides: the status the Support Unit sets. */
    status: text("status"),
    reason: text("reason").notNull(),
    decidedBy: text("decided_by").references(() => persons.id, { onDelete: "set null" }),
    decidedOn: civilDate("decided_on").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("status_decisions_member_idx").on(t.memberId, t.startsOn),
    oneOf("status_decisions_kind_code", t.kind, DECISION_KINDS),
    oneOf("status_decisions_status_code", t.status, MEMBER_STATUSES),
    check(
      "status_decisions_override_shape",
      sql`(${t.kind} = 'status_override') = (${t.status} is not null)`,
    ),
    check(
      "status_decisions_extension_shape",
      sql`${t.kind} <> 'first_plan_extension' or ${t.endsOn} is not null`,
    ),
    check("status_decisions_period_order", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    isoDate("status_decisions_starts_on_iso", t.startsOn),
    isoDate("status_decisions_ends_on_iso", t.endsOn),
    isoDate("status_decisions_decided_on_iso", t.decidedOn),
  ],
);

export const memberStatusHistoryRelations = relations(memberStatusHistory, ({ one }) => ({
  member: one(members, { fields: [memberStatusHistory.memberId], references: [members.id] }),
}));

export const statusDecisionsRelations = relations(statusDecisions, ({ one }) => ({
  member: one(members, { fields: [statusDecisions.memberId], references: [members.id] }),
}));
