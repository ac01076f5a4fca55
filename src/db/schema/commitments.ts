import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  APPROVAL_VERDICTS,
  ASSESSMENT_KINDS,
  COMMITMENT_STATUSES,
  MILESTONE_STATUSES,
  MODIFICATION_DECISIONS,
  MODIFICATION_KINDS,
  OGP_VALUES,
  POLICY_AREAS,
  RESOURCES_SECURED,
  SECTORS,
  SOURCES,
} from "../../domain/vocabularies.js";
import { civilDate, civilMonth, createdAt, id, instant, isoDate, isoMonth, oneOf } from "./columns.js";
import { members } from "./members.js";
import { organizations, persons } from "./people.js";
import { actionPlans } from "./plans.js";

/** A contact block of Annex 2 (lead implementing agency, non-government implementer). */
export type AgencyContact = {
  office: string;
  branch?: string | undefined;
  contactName?: string | undefined;
  contactTitle?: string | undefined;
  email?: string | undefined;
  role?: string | undefined;
};

/** Annex 2 "additional information" (optional). */
export type AdditionalInformation = {
  genderAnalysis?: string | undefined;
  otherProgrammes?: string | undefined;
  nationalDevelopmentPlan?: string | undefined;
  sdgs?: string[] | undefined;
};

/** Spec §2 Commitment (Annex 2). `code` is the OGP-style identifier (spec §2b), e.g. `mxtdb0004`. */
export const commitments = sqliteTable(
  "commitments",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => actionPlans.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    shortTitle: text("short_title"),
    startDate: civilDate("start_date").notNull(),
    endDate: civilDate("end_date").notNull(),
    leadAgency: text("lead_agency", { mode: "json" }).$type<AgencyContact>().notNull(),
    nonGovernmentImplementer: text("non_government_implementer", { mode: "json" }).$type<AgencyContact>(),
    otherStakeholders: text("other_stakeholders", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    problem: text("problem").notNull(),
    statusQuo: text("status_quo"),
    action: text("action").notNull(),
    expectedResults: text("expected_results"),
    longTermObjective: text("long_term_objective"),
    budgetAmount: real("budget_amount"),
    budgetCurrency: text("budget_currency"),
    staffCount: integer("staff_count"),
    resourceMonths: integer("resource_months"),
    resourcesOther: text("resources_other"),
    resourcesSecured: text("resources_secured").notNull(),
    additionalInformation: text("additional_information", { mode: "json" }).$type<AdditionalInformation>(),
    /** Spec §7: the national action-plan commitment or priority this local commitment aligns with. */
    nationalAlignment: text("national_alignment"),
    status: text("status").notNull().default("draft"),
    submittedOn: civilDate("submitted_on"),
    completedOn: civilDate("completed_on"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("commitments_code_unique").on(t.code),
    index("commitments_code_lower_idx").on(sql`lower(${t.code})`),
    uniqueIndex("commitments_plan_number_unique").on(t.planId, t.number),
    index("commitments_end_date_idx").on(t.endDate),
    oneOf("commitments_status_code", t.status, COMMITMENT_STATUSES),
    oneOf("commitments_resources_secured_code", t.resourcesSecured, RESOURCES_SECURED),
    check(
      "commitments_budget_currency_iso",
      sql`${t.budgetCurrency} is null or ${t.budgetCurrency} glob '[A-Z][A-Z][A-Z]'`,
    ),
    isoDate("commitments_start_date_iso", t.startDate),
    isoDate("commitments_end_date_iso", t.endDate),
    isoDate("commitments_submitted_on_iso", t.submittedOn),
    isoDate("commitments_completed_on_iso", t.completedOn),
  ],
);

/** For coalition plans: which member(s) own a commitment. No row means the commitment is joint. */
export const commitmentOwners = sqliteTable(
  "commitment_owners",
  {
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    memberId: text("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.commitmentId, t.memberId] }),
    index("commitment_owners_member_idx").on(t.memberId),
  ],
);

/** Annex 2 §11–§13 classifications, one row per code so the database itself rejects unknown codes. */
function classificationTable<const Name extends string>(name: Name, codes: readonly string[]) {
  return sqliteTable(
    name,
    {
      commitmentId: text("commitment_id")
        .notNull()
        .references(() => commitments.id, { onDelete: "cascade" }),
      code: text("code").notNull(),
    },
    (t) => [primaryKey({ columns: [t.commitmentId, t.code] }), oneOf(`${name}_code`, t.code, codes)],
  );
}

export const commitmentPolicyAreas = classificationTable("commitment_policy_areas", POLICY_AREAS);
export const commitmentSectors = classificationTable("commitment_sectors", SECTORS);
export const commitmentOgpValues = classificationTable("commitment_ogp_values", OGP_VALUES);

/** Spec §2 Milestone (Annex 2 §17), planned by month. */
export const milestones = sqliteTable(
  "milestones",
  {
    id: id(),
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    startMonth: civilMonth("start_month").notNull(),
    endMonth: civilMonth("end_month").notNull(),
    responsibleOrganization: text("responsible_organization"),
    contact: text("contact"),
    status: text("status").notNull().default("not_started"),
  },
  (t) => [
    uniqueIndex("milestones_commitment_position_unique").on(t.commitmentId, t.position),
    index("milestones_end_month_idx").on(t.endMonth),
    oneOf("milestones_status_code", t.status, MILESTONE_STATUSES),
    isoMonth("milestones_start_month_iso", t.startMonth),
    isoMonth("milestones_end_month_iso", t.endMonth),
    check("milestones_month_order", sql`${t.endMonth} >= ${t.startMonth}`),
  ],
);

/** Spec §2 Modification (§3.2.1.3): proposed by the PoC, decided with civil-society consent (MOD-1, MOD-2). */
export const modifications = sqliteTable(
  "modifications",
  {
    id: id(),
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    /** Structured before/after of the fields the modification changes. */
    proposedChange: text("proposed_change", { mode: "json" })
      .$type<{ before: Record<string, unknown>; after: Record<string, unknown> }>()
      .notNull(),
    rationale: text("rationale").notNull(),
    proposedBy: text("proposed_by").references(() => persons.id, { onDelete: "set null" }),
    proposedOn: civilDate("proposed_on").notNull(),
    decision: text("decision").notNull().default("pending"),
    decidedAt: instant("decided_at"),
    supportUnitNotifiedAt: instant("support_unit_notified_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("modifications_commitment_idx").on(t.commitmentId),
    oneOf("modifications_kind_code", t.kind, MODIFICATION_KINDS),
    oneOf("modifications_decision_code", t.decision, MODIFICATION_DECISIONS),
    isoDate("modifications_proposed_on_iso", t.proposedOn),
  ],
);

/** A civil-society person's verdict on a modification (MOD-2); one per person and modification. */
export const modificationApprovals = sqliteTable(
  "modification_approvals",
  {
    id: id(),
    modificationId: text("modification_id")
      .notNull()
      .references(() => modifications.id, { onDelete: "cascade" }),
    personId: text("person_id")
      .notNull()
      .references(() => persons.id),
    organizationId: text("organization_id").references(() => organizations.id, { onDelete: "set null" }),
    verdict: text("verdict").notNull(),
    comment: text("comment"),
    at: instant("at").notNull(),
    source: text("source").notNull(),
  },
  (t) => [
    uniqueIndex("modification_approvals_person_unique").on(t.modificationId, t.personId),
    oneOf("modification_approvals_verdict_code", t.verdict, APPROVAL_VERDICTS),
    oneOf("modification_approvals_source_code", t.source, SOURCES),
  ],
);

/** Spec §2 Assessment (§3.5.1–3.5.3) by the monitoring body, on a plan or on one commitment. */
export const assessments = sqliteTable(
  "assessments",
  {
    id: id(),
    kind: text("kind").notNull(),
    planId: text("plan_id")
      .notNull()
      .references(() => actionPlans.id, { onDelete: "cascade" }),
    commitmentId: text("commitment_id").references(() => commitments.id, { onDelete: "cascade" }),
    dueOn: civilDate("due_on"),
    submittedOn: civilDate("submitted_on"),
    reportUrl: text("report_url"),
    createdAt: createdAt(),
  },
  (t) => [
    index("assessments_plan_idx").on(t.planId),
    index("assessments_commitment_idx").on(t.commitmentId),
    index("assessments_due_idx").on(t.dueOn),
    oneOf("assessments_kind_code", t.kind, ASSESSMENT_KINDS),
    check(
      "assessments_commitment_shape",
      sql`(${t.kind} = 'end_of_commitment') = (${t.commitmentId} is not null)`,
    ),
    isoDate("assessments_due_on_iso", t.dueOn),
    isoDate("assessments_submitted_on_iso", t.submittedOn),
  ],
);

export const commitmentsRelations = relations(commitments, ({ one, many }) => ({
  plan: one(actionPlans, { fields: [commitments.planId], references: [actionPlans.id] }),
  owners: many(commitmentOwners),
  policyAreas: many(commitmentPolicyAreas),
  sectors: many(commitmentSectors),
  ogpValues: many(commitmentOgpValues),
  milestones: many(milestones),
  modifications: many(modifications),
}));

export const commitmentOwnersRelations = relations(commitmentOwners, ({ one }) => ({
  commitment: one(commitments, { fields: [commitmentOwners.commitmentId], references: [commitments.id] }),
  member: one(members, { fields: [commitmentOwners.memberId], references: [members.id] }),
}));

export const commitmentPolicyAreasRelations = relations(commitmentPolicyAreas, ({ one }) => ({
  commitment: one(commitments, {
    fields: [commitmentPolicyAreas.commitmentId],
    references: [commitments.id],
  }),
}));

export const commitmentSectorsRelations = relations(commitmentSectors, ({ one }) => ({
  commitment: one(commitments, { fields: [commitmentSectors.commitmentId], references: [commitments.id] }),
}));

export const commitmentOgpValuesRelations = relations(commitmentOgpValues, ({ one }) => ({
  commitment: one(commitments, { fields: [commitmentOgpValues.commitmentId], references: [commitments.id] }),
}));

export const milestonesRelations = relations(milestones, ({ one }) => ({
  commitment: one(commitments, { fields: [milestones.commitmentId], references: [commitments.id] }),
}));

export const modificationsRelations = relations(modifications, ({ one, many }) => ({
  commitment: one(commitments, { fields: [modifications.commitmentId], references: [commitments.id] }),
  approvals: many(modificationApprovals),
}));

export const modificationApprovalsRelations = relations(modificationApprovals, ({ one }) => ({
  modification: one(modifications, {
    fields: [modificationApprovals.modificationId],
    references: [modifications.id],
  }),
  person: one(persons, { fields: [modificationApprovals.personId], references: [persons.id] }),
}));

export const assessmentsRelations = relations(assessments, ({ one }) => ({
  plan: one(actionPlans, { fields: [assessments.planId], references: [actionPlans.id] }),
  commitment: one(commitments, { fields: [assessments.commitmentId], references: [commitments.id] }),
}));
