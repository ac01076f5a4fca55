import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_SOURCES } from "../../domain/vocabularies.js";
import { instant, oneOf } from "./columns.js";

/**
 * Spec §2 Audit log: every write — who, when, from which channel, what changed. Appended in the same
 * transaction as the write it describes, so one never exists without the other.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: instant("at").notNull(),
    /** The person, when a linked person acted; null for the system, CLI or rules. */
    actorPersonId: text("actor_person_id"),
    /** Human-readable actor (person email, `cli`, `rules`, a chat user id) kept even if the person goes. */
    actorLabel: text("actor_label").notNull(),
    source: text("source").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    changes: text("changes", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entity, t.entityId),
    index("audit_log_at_idx").on(t.at),
    oneOf("audit_log_source_code", t.source, AUDIT_SOURCES),
    oneOf("audit_log_action_code", t.action, ["insert", "update", "delete"]),
  ],
);
