import { relations, sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MEETING_PHASES, PLAN_STATUSES, SOURCES } from "../../domain/vocabularies.js";
import { civilDate, createdAt, exactlyOne, id, instant, isoDate, oneOf } from "./columns.js";
import { coalitions, members } from "./members.js";
import { organizations, persons } from "./people.js";

/**
 * Spec §2 Action plan (§3.2), owned by a member or by a coalition, with the Annex 1 strategic-vision
 * fields as columns so the public site and exports can show each one.
 */
export const actionPlans = sqliteTable(
  "action_plans",
  {
    id: id(),
    memberId: text("member_id").references(() => members.id, { onDelete: "cascade" }),
    coalitionId: text("coalition_id").references(() => coalitions.id, { onDelete: "cascade" }),
    /** Action Plan Number in OGP's data (1 for the first plan of the owner). */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    periodStart: civilDate("period_start").notNull(),
    periodEnd: civilDate("period_end").notNull(),
    submittedOn: civilDate("submitted_on"),
    status: text("status").notNull().default("draft"),
    /** When the plan (or its draft) was first recorded: REACT-1 counts a draft as starting co-creation. */
    recordedOn: civilDate("recorded_on").notNull(),
    monitoringBodyId: text("monitoring_body_id").references(() => organizations.id, { onDelete: "set null" }),
    // Annex 1: strategic vision.
    foreword: text("foreword"),
    longTermVision: text("long_term_vision"),
    achievementsToDate: text("achievements_to_date"),
    challenges: text("challenges"),
    mediumTermGoals: text("medium_term_goals"),
    planContribution: text("plan_contribution"),
    policyGoalsContribution: text("policy_goals_contribution"),
    leadInstitutions: text("lead_institutions"),
    coordinationArrangements: text("coordination_arrangements"),
    participationSpacesOnline: text("participation_spaces_online"),
    participationSpacesOffline: text("participation_spaces_offline"),
    diversityMeasures: text("diversity_measures"),
    participatingGroups: text("participating_groups", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    participatingGroupsCount: integer("participating_groups_count"),
    coCreationMeetingsCount: integer("co_creation_meetings_count"),
    continuedCollaboration: text("continued_collaboration"),
    monitoringBodyContact: text("monitoring_body_contact"),
    progressDiscussionActivities: text("progress_discussion_activities"),
    publicProgressSharing: text("public_progress_sharing"),
    strategyDocumentLinks: text("strategy_document_links", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    onlineConsultationLink: text("online_consultation_link"),
    createdAt: createdAt(),
  },
  (t) => [
    index("action_plans_member_idx").on(t.memberId),
    index("action_plans_coalition_idx").on(t.coalitionId),
    index("action_plans_period_end_idx").on(t.periodEnd),
    exactlyOne("action_plans_one_owner", [t.memberId, t.coalitionId]),
    oneOf("action_plans_status_code", t.status, PLAN_STATUSES),
    check("action_plans_period_order", sql`${t.periodEnd} > ${t.periodStart}`),
    isoDate("action_plans_period_start_iso", t.periodStart),
    isoDate("action_plans_period_end_iso", t.periodEnd),
    isoDate("action_plans_submitted_on_iso", t.submittedOn),
    isoDate("action_plans_recorded_on_iso", t.recordedOn),
  ],
);

/** Spec §2 Endorsement (§3.3.1, PLAN-5): a non-government organization endorses the final plan. */
export const endorsements = sqliteTable(
  "endorsements",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => actionPlans.id, { onDelete: "cascade" }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    personId: text("person_id").references(() => persons.id, { onDelete: "set null" }),
    endorsedAt: instant("endorsed_at").notNull(),
    source: text("source").notNull(),
    withdrawnAt: instant("withdrawn_at"),
  },
  (t) => [
    index("endorsements_plan_idx").on(t.planId),
    // One standing endorsement per organization and plan; a withdrawn one may be given again.
    uniqueIndex("endorsements_standing_unique")
      .on(t.planId, t.organizationId)
      .where(sql`${t.withdrawnAt} is null`),
    oneOf("endorsements_source_code", t.source, SOURCES),
  ],
);

/** Spec §2 Meeting (§3.3.1): multi-stakeholder when it has ≥1 government and ≥1 non-government participant. */
export const meetings = sqliteTable(
  "meetings",
  {
    id: id(),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    planId: text("plan_id").references(() => actionPlans.id, { onDelete: "set null" }),
    heldOn: civilDate("held_on").notNull(),
    phase: text("phase").notNull(),
    title: text("title").notNull(),
    governmentParticipants: integer("government_participants").notNull().default(0),
    nonGovernmentParticipants: integer("non_government_participants").notNull().default(0),
    organizations: text("organizations", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    minutesUrl: text("minutes_url"),
    source: text("source").notNull().default("cli"),
    recordedBy: text("recorded_by").references(() => persons.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("meetings_member_held_idx").on(t.memberId, t.heldOn),
    index("meetings_plan_idx").on(t.planId),
    oneOf("meetings_phase_code", t.phase, MEETING_PHASES),
    oneOf("meetings_source_code", t.source, SOURCES),
    check(
      "meetings_participants_non_negative",
      sql`${t.governmentParticipants} >= 0 and ${t.nonGovernmentParticipants} >= 0`,
    ),
    isoDate("meetings_held_on_iso", t.heldOn),
  ],
);

export const actionPlansRelations = relations(actionPlans, ({ one, many }) => ({
  member: one(members, { fields: [actionPlans.memberId], references: [members.id] }),
  coalition: one(coalitions, { fields: [actionPlans.coalitionId], references: [coalitions.id] }),
  monitoringBody: one(organizations, {
    fields: [actionPlans.monitoringBodyId],
    references: [organizations.id],
  }),
  endorsements: many(endorsements),
  meetings: many(meetings),
}));

export const endorsementsRelations = relations(endorsements, ({ one }) => ({
  plan: one(actionPlans, { fields: [endorsements.planId], references: [actionPlans.id] }),
  organization: one(organizations, { fields: [endorsements.organizationId], references: [organizations.id] }),
  person: one(persons, { fields: [endorsements.personId], references: [persons.id] }),
}));

export const meetingsRelations = relations(meetings, ({ one }) => ({
  member: one(members, { fields: [meetings.memberId], references: [members.id] }),
  plan: one(actionPlans, { fields: [meetings.planId], references: [actionPlans.id] }),
}));
