import { relations, sql } from "drizzle-orm";
import { check, index, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { JURISDICTION_TYPES, LANGUAGES, MEMBER_STATUSES } from "../../domain/vocabularies.js";
import { civilDate, createdAt, id, isoDate, oneOf } from "./columns.js";

/** Spec §2 Member: a local jurisdiction. `status` is the recorded status (spec §5), written by the scheduler. */
export const members = sqliteTable(
  "members",
  {
    id: id(),
    slug: text("slug").notNull(),
    /** OGP-style member code used as the prefix of commitment identifiers (spec §2b), e.g. `mxtdb`. */
    code: text("code").notNull(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    jurisdictionType: text("jurisdiction_type").notNull(),
    language: text("language").notNull().default("en"),
    timeZone: text("time_zone").notNull().default("UTC"),
    joinedOn: civilDate("joined_on").notNull(),
    mandateEnd: civilDate("mandate_end"),
    /** Deadline the Support Unit set for the first plan (INACT-1, DUE-PLAN-NEW). */
    firstPlanDue: civilDate("first_plan_due"),
    leadAgency: text("lead_agency"),
    website: text("website"),
    status: text("status").notNull().default("active"),
    statusSince: civilDate("status_since"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("members_slug_unique").on(t.slug),
    uniqueIndex("members_code_unique").on(t.code),
    // People type slugs and codes in any case: lookups compare lower-cased, through these.
    index("members_slug_lower_idx").on(sql`lower(${t.slug})`),
    index("members_code_lower_idx").on(sql`lower(${t.code})`),
    index("members_country_idx").on(t.country),
    check("members_country_iso", sql`${t.country} glob '[A-Z][A-Z]'`),
    oneOf("members_jurisdiction_type_code", t.jurisdictionType, JURISDICTION_TYPES),
    oneOf("members_language_code", t.language, LANGUAGES),
    oneOf("members_status_code", t.status, MEMBER_STATUSES),
    isoDate("members_joined_on_iso", t.joinedOn),
    isoDate("members_mandate_end_iso", t.mandateEnd),
    isoDate("members_first_plan_due_iso", t.firstPlanDue),
    isoDate("members_status_since_iso", t.statusSince),
  ],
);

/** Spec §2 Coalition (§3.4): 2–4 members of one country sharing one plan, PoC and monitoring body. */
export const coalitions = sqliteTable(
  "coalitions",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    country: text("country").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("coalitions_slug_unique").on(t.slug),
    index("coalitions_slug_lower_idx").on(sql`lower(${t.slug})`),
    check("coalitions_country_iso", sql`${t.country} glob '[A-Z][A-Z]'`),
  ],
);

export const coalitionMembers = sqliteTable(
  "coalition_members",
  {
    coalitionId: text("coalition_id")
      .notNull()
      .references(() => coalitions.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.coalitionId, t.memberId] }),
    // A member belongs to at most one coalition at a time (one joint plan).
    uniqueIndex("coalition_members_member_unique").on(t.memberId),
  ],
);

export const membersRelations = relations(members, ({ one }) => ({
  coalition: one(coalitionMembers, { fields: [members.id], references: [coalitionMembers.memberId] }),
}));

export const coalitionsRelations = relations(coalitions, ({ many }) => ({
  members: many(coalitionMembers),
}));

export const coalitionMembersRelations = relations(coalitionMembers, ({ one }) => ({
  coalition: one(coalitions, { fields: [coalitionMembers.coalitionId], references: [coalitions.id] }),
  member: one(members, { fields: [coalitionMembers.memberId], references: [members.id] }),
}));
