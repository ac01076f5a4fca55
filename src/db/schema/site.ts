import { sql } from "drizzle-orm";
import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * One counter that every write to a fact the public site shows increments (triggers in the
 * migration that creates it; `PUBLISHED_TABLES` names the tables). Pages and open data are cached
 * per revision: one read of this row tells whether a cached answer is still true, whichever
 * process, CLI or instance wrote.
 */
export const siteRevision = sqliteTable(
  "site_revision",
  {
    id: integer("id").primaryKey(),
    revision: integer("revision").notNull().default(0),
  },
  (t) => [check("site_revision_single_row", sql`${t.id} = 1`)],
);

/** The tables whose rows the public site and open data publish: each has triggers on the revision. */
export const PUBLISHED_TABLES = [
  "members",
  "coalitions",
  "coalition_members",
  "organizations",
  "persons",
  "role_assignments",
  "action_plans",
  "endorsements",
  "meetings",
  "commitments",
  "commitment_owners",
  "commitment_policy_areas",
  "commitment_sectors",
  "commitment_ogp_values",
  "milestones",
  "modifications",
  "assessments",
  "progress_updates",
  "milestone_status_changes",
  "update_challenges",
  "evidence",
  "public_comments",
  "member_status_history",
  "status_decisions",
  "circles",
  "circle_members",
  "circle_channels",
] as const;
