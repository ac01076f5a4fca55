import { z } from "@hono/zod-openapi";
import {
  CHALLENGES,
  COMMITMENT_STATUSES,
  COMPLETION_LEVELS,
  EVIDENCE_KINDS,
  LANGUAGES,
  MEMBER_STATUSES,
  MILESTONE_STATUSES,
  OGP_VALUES,
  PLAN_STATUSES,
  POLICY_AREAS,
  SECTORS,
} from "../../domain/vocabularies.js";

/**
 * The open-data API's response and parameter schemas (v1): the handlers build their answers to
 * these types, tests validate real answers with them, and `/api/v1/openapi.json` is generated from
 * them. A v1 schema only grows: fields are added, never renamed, retyped or removed.
 */

const isoDate = z.iso.date().openapi({ example: "2026-03-31" });
const instant = z.iso.datetime().openapi({ example: "2026-03-27T17:00:00.000Z" });
const url = z.string().openapi({ example: "https://ogp-local.example.org/members/kowhai-coast" });

export const ErrorSchema = z
  .object({
    error: z.string().openapi({ example: "invalid_parameter" }),
    message: z.string().openapi({ example: "The query parameter limit is not valid: at most 100." }),
    parameter: z.string().optional().openapi({ description: "The parameter at fault, for a 400." }),
  })
  .openapi("Error");

const SubjectSchema = z.object({
  kind: z.enum(["member", "plan", "commitment", "milestone", "assessment"]),
  id: z.string(),
});

const params = z.record(z.string(), z.union([z.string(), z.number()]));

export const ReasonSchema = z
  .object({
    ruleId: z.string().openapi({ example: "INACT-4" }),
    section: z
      .string()
      .openapi({ description: "Where the OGP Local Handbook states the rule.", example: "§4.1.4" }),
    subject: SubjectSchema,
    dueOn: isoDate
      .nullable()
      .openapi({ description: "The next date this reason leads to (probation, revocation…)." }),
    messageKey: z.string(),
    params,
    message: z.string().openapi({ description: "The reason in plain words, in the requested language." }),
  })
  .openapi("StatusReason");

export const DueItemSchema = z
  .object({
    ruleId: z.string().openapi({ example: "DUE-UPDATE" }),
    section: z.string(),
    subject: SubjectSchema,
    dueOn: isoDate,
    overdue: z.boolean(),
    messageKey: z.string(),
    params,
    message: z.string(),
  })
  .openapi("DueItem");

export const EvaluationSchema = z
  .object({
    status: z.enum(MEMBER_STATUSES),
    since: isoDate,
    on: isoDate.openapi({ description: "The day evaluated, in the member's time zone." }),
    reasons: z.array(ReasonSchema),
  })
  .openapi("Evaluation");

const MemberLinksSchema = z.object({
  self: url,
  page: url,
  deadlines: url.openapi({ description: "iCalendar feed of the member's deadlines." }),
  updates: url.openapi({ description: "Atom feed of the member's updates and status changes." }),
});

export const MemberSummarySchema = z
  .object({
    slug: z.string().openapi({ example: "kowhai-coast" }),
    code: z.string().openapi({ example: "nzkwc" }),
    name: z.string(),
    country: z.string().openapi({ description: "ISO 3166-1 alpha-2 code.", example: "NZ" }),
    countryName: z.string(),
    jurisdictionType: z.string(),
    status: z.enum(MEMBER_STATUSES).openapi({ description: "The recorded status (spec §5)." }),
    statusSince: isoDate.nullable(),
    evaluation: EvaluationSchema.nullable().openapi({
      description: "What the handbook rules say on the day of the request, with the reasons.",
    }),
    commitmentCount: z.int().nonnegative(),
    milestonesComplete: z.int().nonnegative(),
    milestonesTotal: z.int().nonnegative(),
    lastUpdateAt: instant.nullable(),
    overdue: z.int().nonnegative().nullable().openapi({
      description: "Due items past their date; null where the list is not evaluated (a country's members).",
    }),
    meetingsHeldLast12Months: z.int().nonnegative(),
    nationalAlignments: z.array(z.string()),
    links: MemberLinksSchema,
  })
  .openapi("MemberSummary");

export const PaginationSchema = z
  .object({
    page: z.int().positive(),
    limit: z.int().positive(),
    total: z.int().nonnegative(),
    pages: z.int().positive(),
    next: url.nullable(),
    previous: url.nullable(),
  })
  .openapi("Pagination");

export const MemberListSchema = z
  .object({ items: z.array(MemberSummarySchema), pagination: PaginationSchema })
  .openapi("MemberList");

export const EvidenceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    fileRef: z.string().nullable(),
    kind: z.enum(EVIDENCE_KINDS),
    addedAt: instant,
    updateId: z.string().nullable(),
    milestoneId: z.string().nullable(),
    meetingId: z.string().nullable(),
  })
  .openapi("Evidence");

export const UpdateSchema = z
  .object({
    id: z.string(),
    commitment: z.string().openapi({ description: "Commitment Unique Identifier.", example: "nzkwc0003" }),
    members: z.array(z.string()).openapi({ description: "Slugs of the members carrying the commitment." }),
    postedAt: instant,
    editedAt: instant.nullable(),
    revision: z.int().positive(),
    author: z.string().nullable(),
    source: z.string(),
    milestone: z.int().positive().nullable().openapi({ description: "Position of the milestone concerned." }),
    milestoneChanges: z.array(
      z.object({
        milestone: z.int().positive(),
        from: z.enum(MILESTONE_STATUSES),
        to: z.enum(MILESTONE_STATUSES),
      }),
    ),
    completionPct: z.int().min(0).max(100).nullable(),
    completionLevel: z.enum(COMPLETION_LEVELS),
    noProgress: z.boolean(),
    narrative: z.string(),
    delayReasons: z.string().nullable(),
    nextSteps: z.string().nullable(),
    challenges: z.array(z.object({ code: z.enum(CHALLENGES), detail: z.string().nullable() })),
    evidenceUrls: z.array(z.string()),
  })
  .openapi("ProgressUpdate");

export const CommentSchema = z
  .object({ id: z.string(), authorName: z.string(), body: z.string(), createdAt: instant })
  .openapi("PublicComment");

export const MilestoneSchema = z
  .object({
    position: z.int().positive(),
    description: z.string(),
    startMonth: z.string().openapi({ example: "2026-01" }),
    endMonth: z.string().openapi({ example: "2026-06" }),
    responsibleOrganization: z.string().nullable(),
    status: z.enum(MILESTONE_STATUSES),
    overdue: z.boolean().openapi({ description: "DUE-MILESTONE: past its end month and not complete." }),
  })
  .openapi("Milestone");

const agency = z
  .object({
    office: z.string(),
    branch: z.string().optional(),
    contactName: z.string().optional(),
    contactTitle: z.string().optional(),
    email: z.string().optional(),
    role: z.string().optional(),
  })
  .openapi("AgencyContact");

export const CommitmentSchema = z
  .object({
    code: z.string().openapi({ example: "nzkwc0003" }),
    number: z.int().positive(),
    title: z.string(),
    shortTitle: z.string().nullable(),
    status: z.enum(COMMITMENT_STATUSES),
    startDate: isoDate,
    endDate: isoDate,
    leadAgency: agency,
    nonGovernmentImplementer: agency.nullable(),
    otherStakeholders: z.array(z.string()),
    problem: z.string(),
    statusQuo: z.string().nullable(),
    action: z.string(),
    expectedResults: z.string().nullable(),
    longTermObjective: z.string().nullable(),
    budget: z.object({ amount: z.number(), currency: z.string().nullable() }).nullable(),
    resourcesSecured: z.string(),
    nationalAlignment: z.string().nullable(),
    policyAreas: z.array(z.enum(POLICY_AREAS)),
    completionPct: z.int().min(0).max(100).nullable(),
    completionLevel: z.enum(COMPLETION_LEVELS),
    lastUpdateAt: instant.nullable(),
    milestones: z.array(MilestoneSchema),
    updates: z.array(UpdateSchema.extend({ comments: z.array(CommentSchema) })),
    evidence: z.array(EvidenceSchema).openapi({ description: "The commitment's evidence folder." }),
    page: url,
  })
  .openapi("Commitment");

export const CommitmentDetailSchema = CommitmentSchema.extend({
  sectors: z.array(z.enum(SECTORS)),
  ogpValues: z.array(z.enum(OGP_VALUES)),
  member: z.object({ slug: z.string(), code: z.string(), name: z.string(), country: z.string(), self: url }),
  plan: z.object({ number: z.int().positive(), title: z.string() }).nullable(),
}).openapi("CommitmentDetail");

export const MemberDetailSchema = MemberSummarySchema.extend({
  timeZone: z.string(),
  language: z.enum(LANGUAGES),
  joinedOn: isoDate,
  mandateEnd: isoDate.nullable(),
  leadAgency: z.string().nullable(),
  website: z.string().nullable(),
  contacts: z.array(z.object({ name: z.string(), email: z.string() })),
  dueItems: z.array(DueItemSchema),
  plan: z
    .object({
      number: z.int().positive(),
      title: z.string(),
      status: z.enum(PLAN_STATUSES),
      periodStart: isoDate,
      periodEnd: isoDate,
      submittedOn: isoDate.nullable(),
      monitoringBody: z.string().nullable(),
    })
    .nullable(),
  meetings: z.array(
    z.object({
      heldOn: isoDate,
      phase: z.string(),
      title: z.string(),
      governmentParticipants: z.int().nonnegative(),
      nonGovernmentParticipants: z.int().nonnegative(),
      organizations: z.array(z.string()),
      minutesUrl: z.string().nullable(),
    }),
  ),
  endorsements: z.array(
    z.object({ organization: z.string(), endorsedAt: instant, withdrawnAt: instant.nullable() }),
  ),
  assessments: z.array(
    z.object({
      kind: z.string(),
      dueOn: isoDate.nullable(),
      submittedOn: isoDate.nullable(),
      reportUrl: z.string().nullable(),
    }),
  ),
  planEvidence: z.array(EvidenceSchema).openapi({ description: "Evidence of the plan process." }),
  commitments: z.array(CommitmentSchema),
  statusHistory: z.array(
    z.object({
      status: z.enum(MEMBER_STATUSES),
      effectiveOn: isoDate,
      ruleId: z.string().nullable(),
      reason: z.string(),
      actor: z.string(),
    }),
  ),
}).openapi("MemberDetail");

export const UpdateListSchema = z
  .object({
    items: z.array(UpdateSchema),
    cursor: z
      .string()
      .nullable()
      .openapi({ description: "Pass as `cursor` for the next page; null at the end." }),
    next: url.nullable(),
  })
  .openapi("UpdateList");

export const CountrySchema = z
  .object({
    country: z.string().openapi({ example: "MX" }),
    name: z.string(),
    members: z.array(MemberSummarySchema),
    links: z.object({ self: url, page: url, deadlines: url }),
  })
  .openapi("Country");

// Parameters.

const lang = z
  .enum(LANGUAGES)
  .optional()
  .openapi({ description: "Language of the texts (else Accept-Language, else English)." });

const limit = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(fallback)
    .openapi({ description: "Items per page, 1–100." });

export const MemberQuerySchema = z.object({
  q: z.string().max(200).optional().openapi({ description: "Part of the name, code or country code." }),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "a two-letter country code")
    .transform((code) => code.toUpperCase())
    .optional(),
  status: z.enum(MEMBER_STATUSES).optional(),
  policy_area: z.enum(POLICY_AREAS).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: limit(25),
  lang,
});

export const UpdateQuerySchema = z.object({
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().openapi({
    description: "Only updates posted at or after this instant (ISO 8601; a date is its UTC midnight).",
  }),
  cursor: z.string().max(200).optional().openapi({ description: "The `cursor` of the previous page." }),
  limit: limit(50),
  lang,
});

export const LangQuerySchema = z.object({ lang });

export const CsvQuerySchema = z.object({
  bom: z
    .enum(["0", "1"])
    .optional()
    .openapi({ description: "1 prepends a UTF-8 byte order mark, for spreadsheets." }),
});

export const UpdateCsvQuerySchema = CsvQuerySchema.extend({ since: UpdateQuerySchema.shape.since });

export const SlugParamSchema = z.object({
  slug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: "The member's slug or code, any case.", example: "kowhai-coast" }),
});

export const CodeParamSchema = z.object({
  code: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: "Commitment Unique Identifier, any case.", example: "nzkwc0003" }),
});

export const CountryParamSchema = z.object({
  cc: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "a two-letter country code")
    .openapi({ description: "ISO 3166-1 alpha-2 code, any case.", example: "MX" }),
});
