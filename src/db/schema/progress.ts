import { relations, sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  CHALLENGES,
  EVIDENCE_KINDS,
  MILESTONE_STATUSES,
  MODERATION_STATES,
  SOURCES,
} from "../../domain/vocabularies.js";
import { createdAt, exactlyOne, id, instant, oneOf } from "./columns.js";
import { commitments, milestones } from "./commitments.js";
import { persons } from "./people.js";
import { actionPlans, meetings } from "./plans.js";

/**
 * Spec §2 Progress update: public (§3.5.4). `completionPct` is stored and shown as the IRM level.
 * `noProgress` marks the explicit "no progress this quarter" update that INACT-3 counts.
 */
export const progressUpdates = sqliteTable(
  "progress_updates",
  {
    id: id(),
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    milestoneId: text("milestone_id").references(() => milestones.id, { onDelete: "set null" }),
    authorId: text("author_id").references(() => persons.id, { onDelete: "set null" }),
    postedAt: instant("posted_at").notNull(),
    source: text("source").notNull(),
    narrative: text("narrative").notNull(),
    completionPct: integer("completion_pct"),
    noProgress: integer("no_progress", { mode: "boolean" }).notNull().default(false),
    delayReasons: text("delay_reasons"),
    nextSteps: text("next_steps"),
    /** Bumped by each correction; earlier versions are kept in `progress_update_revisions`. */
    revision: integer("revision").notNull().default(1),
    editedAt: instant("edited_at"),
  },
  (t) => [
    index("progress_updates_commitment_posted_idx").on(t.commitmentId, t.postedAt),
    index("progress_updates_posted_idx").on(t.postedAt),
    oneOf("progress_updates_source_code", t.source, SOURCES),
    check(
      "progress_updates_completion_range",
      sql`${t.completionPct} is null or (${t.completionPct} between 0 and 100)`,
    ),
  ],
);

/** Milestone status changes an update records (INACT-3 reads them to tell progress). */
export const milestoneStatusChanges = sqliteTable(
  "milestone_status_changes",
  {
    updateId: text("update_id")
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    milestoneId: text("milestone_id")
      .notNull()
      .references(() => milestones.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.updateId, t.milestoneId] }),
    // A milestone's history, and the rules loader, walk changes by milestone.
    index("milestone_status_changes_milestone_idx").on(t.milestoneId),
    oneOf("milestone_status_changes_from_code", t.fromStatus, MILESTONE_STATUSES),
    oneOf("milestone_status_changes_to_code", t.toStatus, MILESTONE_STATUSES),
  ],
);

/** Challenges an update names when it shows no or limited progress (spec §2, Canada's tracker codes). */
export const updateChallenges = sqliteTable(
  "update_challenges",
  {
    updateId: text("update_id")
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    detail: text("detail"),
  },
  (t) => [primaryKey({ columns: [t.updateId, t.code] }), oneOf("update_challenges_code", t.code, CHALLENGES)],
);

/** Earlier versions of a corrected update: nothing once published is lost. */
export const progressUpdateRevisions = sqliteTable(
  "progress_update_revisions",
  {
    id: id(),
    updateId: text("update_id")
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    snapshot: text("snapshot", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    replacedAt: instant("replaced_at").notNull(),
    replacedBy: text("replaced_by").references(() => persons.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("progress_update_revisions_unique").on(t.updateId, t.revision)],
);

/** Spec §2 Evidence (Annex 5): a link or stored file attached to exactly one subject. */
export const evidence = sqliteTable(
  "evidence",
  {
    id: id(),
    url: text("url"),
    fileRef: text("file_ref"),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    planId: text("plan_id").references(() => actionPlans.id, { onDelete: "cascade" }),
    commitmentId: text("commitment_id").references(() => commitments.id, { onDelete: "cascade" }),
    milestoneId: text("milestone_id").references(() => milestones.id, { onDelete: "cascade" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "cascade" }),
    updateId: text("update_id").references(() => progressUpdates.id, { onDelete: "cascade" }),
    addedBy: text("added_by").references(() => persons.id, { onDelete: "set null" }),
    addedAt: instant("added_at").notNull(),
  },
  (t) => [
    index("evidence_plan_idx").on(t.planId),
    index("evidence_commitment_idx").on(t.commitmentId),
    index("evidence_milestone_idx").on(t.milestoneId),
    index("evidence_meeting_idx").on(t.meetingId),
    index("evidence_update_idx").on(t.updateId),
    oneOf("evidence_kind_code", t.kind, EVIDENCE_KINDS),
    exactlyOne("evidence_one_subject", [t.planId, t.commitmentId, t.milestoneId, t.meetingId, t.updateId]),
    check("evidence_has_location", sql`${t.url} is not null or ${t.fileRef} is not null`),
  ],
);

/** Public comments on progress updates (Annex 4), shown only once approved. */
export const publicComments = sqliteTable(
  "public_comments",
  {
    id: id(),
    updateId: text("update_id")
      .notNull()
      .references(() => progressUpdates.id, { onDelete: "cascade" }),
    authorName: text("author_name").notNull(),
    authorEmail: text("author_email"),
    body: text("body").notNull(),
    moderation: text("moderation").notNull().default("pending"),
    moderatedBy: text("moderated_by").references(() => persons.id, { onDelete: "set null" }),
    moderatedAt: instant("moderated_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("public_comments_update_idx").on(t.updateId, t.moderation),
    oneOf("public_comments_moderation_code", t.moderation, MODERATION_STATES),
  ],
);

export const progressUpdatesRelations = relations(progressUpdates, ({ one, many }) => ({
  commitment: one(commitments, { fields: [progressUpdates.commitmentId], references: [commitments.id] }),
  milestone: one(milestones, { fields: [progressUpdates.milestoneId], references: [milestones.id] }),
  author: one(persons, { fields: [progressUpdates.authorId], references: [persons.id] }),
  milestoneChanges: many(milestoneStatusChanges),
  challenges: many(updateChallenges),
  revisions: many(progressUpdateRevisions),
  evidence: many(evidence),
  comments: many(publicComments),
}));

export const milestoneStatusChangesRelations = relations(milestoneStatusChanges, ({ one }) => ({
  update: one(progressUpdates, {
    fields: [milestoneStatusChanges.updateId],
    references: [progressUpdates.id],
  }),
  milestone: one(milestones, { fields: [milestoneStatusChanges.milestoneId], references: [milestones.id] }),
}));

export const updateChallengesRelations = relations(updateChallenges, ({ one }) => ({
  update: one(progressUpdates, { fields: [updateChallenges.updateId], references: [progressUpdates.id] }),
}));

export const progressUpdateRevisionsRelations = relations(progressUpdateRevisions, ({ one }) => ({
  update: one(progressUpdates, {
    fields: [progressUpdateRevisions.updateId],
    references: [progressUpdates.id],
  }),
}));

export const evidenceRelations = relations(evidence, ({ one }) => ({
  plan: one(actionPlans, { fields: [evidence.planId], references: [actionPlans.id] }),
  commitment: one(commitments, { fields: [evidence.commitmentId], references: [commitments.id] }),
  milestone: one(milestones, { fields: [evidence.milestoneId], references: [milestones.id] }),
  meeting: one(meetings, { fields: [evidence.meetingId], references: [meetings.id] }),
  update: one(progressUpdates, { fields: [evidence.updateId], references: [progressUpdates.id] }),
}));

export const publicCommentsRelations = relations(publicComments, ({ one }) => ({
  update: one(progressUpdates, { fields: [publicComments.updateId], references: [progressUpdates.id] }),
}));
