import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { APPLICATION_OUTCOMES, JURISDICTION_TYPES, LANGUAGES } from "../../domain/vocabularies.js";
import { civilDate, createdAt, id, instant, isoDate, oneOf } from "./columns.js";
import { members } from "./members.js";
import { persons } from "./people.js";

/**
 * Spec §2 Application (§1): a jurisdiction's request to join, with its letter of support (APPLY-1,
 * APPLY-2) and its point of contact. Not public: it holds a contact's email until the Support Unit
 * accepts it, when the member, its point of contact and the role are created (`member_id`).
 */
export const applications = sqliteTable(
  "applications",
  {
    id: id(),
    jurisdictionName: text("jurisdiction_name").notNull(),
    country: text("country").notNull(),
    jurisdictionType: text("jurisdiction_type").notNull(),
    /** The member's language and time zone once accepted. */
    language: text("language").notNull().default("en"),
    timeZone: text("time_zone").notNull().default("UTC"),
    memberId: text("member_id").references(() => members.id, { onDelete: "set null" }),
    submittedOn: civilDate("submitted_on").notNull(),
    mandateEnd: civilDate("mandate_end"),
    letterUrl: text("letter_url").notNull(),
    letterPages: integer("letter_pages").notNull(),
    letterLanguage: text("letter_language").notNull(),
    signedByHeadOfGovernment: integer("signed_by_head_of_government", { mode: "boolean" }).notNull(),
    signedByDelegatedSeniorOfficial: integer("signed_by_delegated_senior_official", { mode: "boolean" })
      .notNull()
      .default(false),
    headSignatory: text("head_signatory"),
    /** JSON array of the non-government signatories' names and organizations. */
    nonGovernmentSignatories: text("non_government_signatories", { mode: "json" })
      .$type<{ name: string; organization: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    /** JSON object: the eligibility questions (§1.1) and their answers. */
    eligibilityAnswers: text("eligibility_answers", { mode: "json" })
      .$type<Record<string, string>>()
      .notNull()
      .default(sql`'{}'`),
    contactName: text("contact_name").notNull(),
    contactEmail: text("contact_email").notNull(),
    /** Who applied from chat; null for an application added from the CLI or an import. */
    appliedBy: text("applied_by").references(() => persons.id, { onDelete: "set null" }),
    outcome: text("outcome").notNull().default("pending"),
    decidedAt: instant("decided_at"),
    decidedBy: text("decided_by").references(() => persons.id, { onDelete: "set null" }),
    /** Why the Support Unit rejected it. */
    decisionReason: text("decision_reason"),
    createdAt: createdAt(),
  },
  (t) => [
    index("applications_outcome_idx").on(t.outcome),
    // One pending application per jurisdiction: a second submission (a double click) is refused.
    uniqueIndex("applications_pending_unique")
      .on(sql`lower(${t.jurisdictionName})`, t.country)
      .where(sql`${t.outcome} = 'pending'`),
    check("applications_country_iso", sql`${t.country} glob '[A-Z][A-Z]'`),
    oneOf("applications_jurisdiction_type_code", t.jurisdictionType, JURISDICTION_TYPES),
    oneOf("applications_language_code", t.language, LANGUAGES),
    oneOf("applications_outcome_code", t.outcome, APPLICATION_OUTCOMES),
    check("applications_letter_pages_positive", sql`${t.letterPages} > 0`),
    check(
      "applications_decision_shape",
      sql`(${t.outcome} = 'pending' and ${t.decidedAt} is null)
        or (${t.outcome} <> 'pending' and ${t.decidedAt} is not null)`,
    ),
    isoDate("applications_submitted_on_iso", t.submittedOn),
    isoDate("applications_mandate_end_iso", t.mandateEnd),
  ],
);
