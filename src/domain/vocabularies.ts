/**
 * Fixed vocabularies of the handbook (spec §1–§3). The database stores the code; users see the
 * label in their language. Every enumerated column in the schema and every zod enum is built from
 * these arrays so a code exists in exactly one place.
 */

export const LANGUAGES = ["en", "fr", "es"] as const;
export type Language = (typeof LANGUAGES)[number];

export type Labels = Readonly<Record<Language, string>>;

function codesOf<const T extends Record<string, Labels>>(
  table: T,
): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
}

/** Spec §3, Annex 2 §11 (choose 1–2). */
export const POLICY_AREA_LABELS = {
  audits_controls: { en: "Audits and Controls", fr: "Audits et contrôles", es: "Auditorías y controles" },
  conflicts_of_interest: {
    en: "Conflicts of Interest",
    fr: "Conflit d'intérêt",
    es: "Conflictos de interés",
  },
  asset_disclosure: { en: "Asset Disclosure", fr: "Divulgation d'actifs", es: "Declaración patrimonial" },
  open_data: { en: "Open Data", fr: "Données ouvertes", es: "Datos abiertos" },
  right_to_information: {
    en: "Right to Information",
    fr: "Droit à l'information",
    es: "Derecho a la información",
  },
  elections_political_finance: {
    en: "Elections and Political Finance",
    fr: "Élections et finances politiques",
    es: "Elecciones y financiamiento político",
  },
  civic_space: { en: "Civic Space", fr: "Espace civique", es: "Espacio cívico" },
  safety_nets_economic_inclusion: {
    en: "Safety Nets and Economic Inclusion",
    fr: "Filets de sécurité et inclusion économique",
    es: "Redes de protección social e inclusión económica",
  },
  digital_governance: { en: "Digital Governance", fr: "Gouvernance numérique", es: "Gobernanza digital" },
  regulatory_governance: {
    en: "Regulatory Governance",
    fr: "Gouvernance réglementaire",
    es: "Gobernanza regulatoria",
  },
  tax: { en: "Tax", fr: "Impôt", es: "Impuestos" },
  inclusion: { en: "Inclusion", fr: "Inclusion", es: "Inclusión" },
  lobbying: { en: "Lobbying", fr: "Lobbyisme", es: "Cabildeo" },
  fiscal_openness: { en: "Fiscal Openness", fr: "Ouverture budgétaire", es: "Apertura fiscal" },
  legislative_openness: {
    en: "Legislative Openness",
    fr: "Ouverture législative",
    es: "Apertura legislativa",
  },
  open_contracting: {
    en: "Open Contracting and Public Procurement",
    fr: "Processus ouvert d'octroi de contrats et marchés publics",
    es: "Contrataciones abiertas y compras públicas",
  },
  beneficial_ownership: {
    en: "Beneficial Ownership",
    fr: "Propriété bénéficiaire",
    es: "Beneficiarios finales",
  },
  whistleblower_protection: {
    en: "Whistleblower Protection",
    fr: "Protection des dénonciateurs",
    es: "Protección de denunciantes",
  },
  pandemic_response: { en: "Pandemic Response", fr: "Réponse à la pandémie", es: "Respuesta a la pandemia" },
  social_accountability: {
    en: "Social Accountability",
    fr: "Responsabilité sociale",
    es: "Rendición de cuentas social",
  },
  stimulus_recovery: {
    en: "Stimulus and Economic Recovery",
    fr: "Stimulus et relance économique",
    es: "Estímulo y recuperación económica",
  },
  other: { en: "Other", fr: "Autre", es: "Otro" },
} as const satisfies Record<string, Labels>;
export const POLICY_AREAS = codesOf(POLICY_AREA_LABELS);
export type PolicyArea = (typeof POLICY_AREAS)[number];

/** Spec §3, Annex 2 §12 (choose 1–2). */
export const SECTOR_LABELS = {
  land_spatial_planning: {
    en: "Land and Spatial Planning",
    fr: "Aménagement du territoire et de l'espace",
    es: "Ordenamiento territorial",
  },
  wash: {
    en: "Water, Sanitation and Hygiene",
    fr: "Eau, assainissement et hygiène",
    es: "Agua, saneamiento e higiene",
  },
  education: { en: "Education", fr: "Éducation", es: "Educación" },
  environment_climate: {
    en: "Environment and Climate",
    fr: "Environnement et climat",
    es: "Medio ambiente y clima",
  },
  infrastructure_transport: {
    en: "Infrastructure and Transport",
    fr: "Infrastructure et transport",
    es: "Infraestructura y transporte",
  },
  extractive_industries: {
    en: "Extractive Industries",
    fr: "Industries extractives",
    es: "Industrias extractivas",
  },
  cross_sectoral: { en: "Cross-sectoral", fr: "Intersectoriel", es: "Intersectorial" },
  justice: { en: "Justice", fr: "Justice", es: "Justicia" },
  media_telecom: {
    en: "Media and Telecommunications",
    fr: "Médias et télécommunications",
    es: "Medios y telecomunicaciones",
  },
  legislature: { en: "Legislature", fr: "Pouvoir législatif", es: "Poder legislativo" },
  health_nutrition: { en: "Health and Nutrition", fr: "Santé et nutrition", es: "Salud y nutrición" },
  science_technology: {
    en: "Science and Technology",
    fr: "Science & technologie",
    es: "Ciencia y tecnología",
  },
  private_sector: { en: "Private Sector", fr: "Secteur privé", es: "Sector privado" },
  security_public_safety: {
    en: "Security and Public Safety",
    fr: "Sécurité et sécurité publique",
    es: "Seguridad y seguridad pública",
  },
  public_services: {
    en: "Public Services (general)",
    fr: "Services publics (général)",
    es: "Servicios públicos (general)",
  },
  other: { en: "Other", fr: "Autre", es: "Otro" },
} as const satisfies Record<string, Labels>;
export const SECTORS = codesOf(SECTOR_LABELS);
export type Sector = (typeof SECTORS)[number];

/** Spec §3, Annex 2 §13 (one or more). */
export const OGP_VALUE_LABELS = {
  access_to_information: {
    en: "Access to Information",
    fr: "Accès à l'information",
    es: "Acceso a la información",
  },
  civic_participation: {
    en: "Civic Participation",
    fr: "Participation publique",
    es: "Participación cívica",
  },
  public_accountability: {
    en: "Public Accountability",
    fr: "Redevabilité publique",
    es: "Rendición de cuentas pública",
  },
  technology_innovation: {
    en: "Technology and Innovation for Transparency and Accountability",
    fr: "Technologie et innovation pour la transparence et la redevabilité",
    es: "Tecnología e innovación para la transparencia y la rendición de cuentas",
  },
} as const satisfies Record<string, Labels>;
export const OGP_VALUES = codesOf(OGP_VALUE_LABELS);
export type OgpValue = (typeof OGP_VALUES)[number];

/** Spec §1. */
export const ROLES = [
  "support_unit",
  "point_of_contact",
  "government_official",
  "civil_society",
  "monitoring_body",
  "national_coordinator",
] as const;
export type Role = (typeof ROLES)[number];

/** Spec §1: a role is scoped to a member, a country (national coordinator) or global (Support Unit). */
export const ROLE_SCOPES = ["member", "country", "global"] as const;
export type RoleScope = (typeof ROLE_SCOPES)[number];

/** Spec §5. */
export const MEMBER_STATUSES = [
  "active",
  "inactive",
  "voluntarily_inactive",
  "probation",
  "revoked",
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Spec §2 Member. */
export const JURISDICTION_TYPES = [
  "municipality",
  "city",
  "county",
  "province",
  "region",
  "state",
  "other",
] as const;
export type JurisdictionType = (typeof JURISDICTION_TYPES)[number];

/** Spec §2 Action plan (§3.2). */
export const PLAN_STATUSES = ["draft", "co_creation", "submitted", "implementation", "ended"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Spec §2 Commitment. */
export const COMMITMENT_STATUSES = ["draft", "active", "completed", "withdrawn"] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const RESOURCES_SECURED = ["yes", "no", "partially"] as const;
export type ResourcesSecured = (typeof RESOURCES_SECURED)[number];

/** Spec §2 Milestone (Annex 2 §17). */
export const MILESTONE_STATUSES = [
  "not_started",
  "in_progress",
  "blocked",
  "complete",
  "incomplete",
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Spec §2 Progress update: where the update was written. */
export const SOURCES = ["slack", "discord", "web", "cli", "import"] as const;
export type Source = (typeof SOURCES)[number];

/** Spec §2 Progress update challenges (Canada's tracker vocabulary). */
export const CHALLENGES = [
  "funding_change",
  "lack_of_resources",
  "priority_shift",
  "approval_delay",
  "dependency",
  "other",
] as const;
export type Challenge = (typeof CHALLENGES)[number];

/** Spec §2b: the IRM completion scale, derived from the stored percentage. */
export const COMPLETION_LEVELS = [
  "no_evidence",
  "not_started",
  "limited",
  "substantial",
  "complete",
] as const;
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/** Spec §2 Progress update: 0 not started, 1–49 limited, 50–99 substantial, 100 complete. */
export function completionLevel(percent: number | null | undefined): CompletionLevel {
  if (percent === null || percent === undefined) return "no_evidence";
  if (percent <= 0) return "not_started";
  if (percent < 50) return "limited";
  if (percent < 100) return "substantial";
  return "complete";
}

/** Spec §2 Evidence (Annex 5). */
export const EVIDENCE_KINDS = [
  "consultation_plan",
  "participation_space",
  "consultation_record",
  "implementation_document",
  "budget_decision",
  "monitoring_report",
  "third_party_analysis",
  "audit",
  "media",
  "usage_statistics",
  "other",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Spec §2 Meeting (§3.3.1). */
export const MEETING_PHASES = ["co_creation", "implementation"] as const;
export type MeetingPhase = (typeof MEETING_PHASES)[number];

/** Spec §2 Modification (§3.2.1.3). */
export const MODIFICATION_KINDS = ["delete", "timeline", "milestones", "other"] as const;
export type ModificationKind = (typeof MODIFICATION_KINDS)[number];
export const MODIFICATION_DECISIONS = ["pending", "approved", "rejected"] as const;
export type ModificationDecision = (typeof MODIFICATION_DECISIONS)[number];
export const APPROVAL_VERDICTS = ["approve", "reject"] as const;
export type ApprovalVerdict = (typeof APPROVAL_VERDICTS)[number];

/** Spec §2 Assessment (§3.5.1–3.5.3). */
export const ASSESSMENT_KINDS = ["initial", "end_of_commitment", "final_learning"] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** Spec §2 Application (§1). */
export const APPLICATION_OUTCOMES = ["pending", "accepted", "rejected"] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Spec §2 Organization: government bodies versus the non-government stakeholders of §2.2. */
export const ORGANIZATION_KINDS = [
  "government",
  "civil_society_org",
  "community_group",
  "university",
  "private_sector",
  "media",
  "youth_council",
  "monitoring_body",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const isNonGovernment = (kind: OrganizationKind): boolean => kind !== "government";

/** The Support Unit is one global team: its channels and texts are in English (spec §1). */
export const SUPPORT_UNIT_LANGUAGE: Language = "en";

/** Chat platforms the product speaks to. */
export const PLATFORMS = ["slack", "discord"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Spec §2 Public comments (Annex 4) are moderated before they show. */
export const MODERATION_STATES = ["pending", "approved", "rejected"] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

/**
 * Manual decisions the rules engine reads as facts (spec §4.1 VOL-1, §4.1.1 extensions,
 * §4.2 REVOKE-1 confirmation and Support Unit overrides).
 */
export const DECISION_KINDS = [
  "voluntary_inactivity",
  "first_plan_extension",
  "status_override",
  "revocation_confirmed",
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Who caused a recorded status change (spec §2 Status history). */
export const STATUS_ACTORS = ["rules", "person"] as const;
export type StatusActor = (typeof STATUS_ACTORS)[number];

/** Which alerts a chat channel receives (`subscribe`). */
export const SUBSCRIPTION_KINDS = [
  "support_unit_alerts",
  "member_updates",
  "circle",
  "country_digest",
] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/** Outbox row life cycle. */
export const OUTBOX_STATES = ["pending", "sending", "sent", "failed", "cancelled"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** Where an acknowledged delivery's work stands: waiting, being run, run, or given up after its attempts. */
export const INBOUND_JOB_STATES = ["pending", "running", "done", "failed"] as const;
export type InboundJobState = (typeof INBOUND_JOB_STATES)[number];

/** An outbox row is an alert as written, or a copy of one: snoozed to later, or sent to the member's channel instead. */
export const OUTBOX_COPY_KINDS = ["original", "snooze", "fallback"] as const;
export type OutboxCopyKind = (typeof OUTBOX_COPY_KINDS)[number];

/** Where an audited write came from. */
export const AUDIT_SOURCES = ["slack", "discord", "web", "cli", "import", "scheduler", "system"] as const;
export type AuditSource = (typeof AUDIT_SOURCES)[number];

export function labelOf(table: Record<string, Labels>, code: string, language: Language): string {
  return table[code]?.[language] ?? code;
}
