import { z } from "zod";
import { isValidTimeZone } from "../time/zone.js";
import {
  APPROVAL_VERDICTS,
  ASSESSMENT_KINDS,
  CHALLENGES,
  COMMITMENT_STATUSES,
  DECISION_KINDS,
  EVIDENCE_KINDS,
  JURISDICTION_TYPES,
  LANGUAGES,
  MEETING_PHASES,
  MEMBER_STATUSES,
  MILESTONE_STATUSES,
  MODIFICATION_DECISIONS,
  MODIFICATION_KINDS,
  OGP_VALUES,
  ORGANIZATION_KINDS,
  PLAN_STATUSES,
  PLATFORMS,
  POLICY_AREAS,
  RESOURCES_SECURED,
  ROLES,
  SECTORS,
  SOURCES,
  STATUS_ACTORS,
} from "../vocabularies.js";
import { COUNTRY_CODES } from "./countries.js";

/**
 * The import format (docs/import-format.md): one JSON document describing one or more members'
 * dossiers. Entries refer to each other by natural keys (organization names, person emails, member
 * and coalition slugs, commitment codes, milestone positions), never by database ids, so an export
 * can be imported again unchanged. Every object is strict: an unknown field is an error, because a
 * misspelt optional field would otherwise be dropped without a word.
 */

export const DOSSIER_FORMAT = "ogp-local-dossier";
export const DOSSIER_VERSION = 1;

const text = z.string().regex(/\S/, { error: "must not be blank" });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "expected a slug: lowercase letters and digits, words joined by single hyphens",
});
// Stored lowercase: people are looked up by email, and the lookups lowercase what they are given.
const email = z.email({ error: "expected an email address" }).toLowerCase();
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });
const calendarDate = z.iso.date({ error: "expected a calendar date YYYY-MM-DD" });
const calendarMonth = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: "expected a month YYYY-MM" });
const instant = z.iso.datetime({
  offset: true,
  error: "expected an ISO 8601 instant with Z or an offset, e.g. 2026-03-31T17:00:00Z",
});
// An id puts the 249 codes once under `$defs` of the JSON Schema instead of at every use.
const countryCode = z
  .enum(COUNTRY_CODES, { error: "expected an ISO 3166-1 alpha-2 country code in capitals, e.g. MX" })
  .meta({ id: "CountryCode" });
// The rules engine's check, which reads members' quarters in the zone, without the UTC offsets
// (`+01:00`) it also accepts: those are not IANA zones and follow no daylight-saving rules.
const timeZone = z.string().refine((value) => /^[A-Za-z]/.test(value) && isValidTimeZone(value), {
  error: "expected an IANA time zone, e.g. America/Mexico_City",
});
const headcount = z.int().nonnegative();
const position = z.int().positive();

const memberCode = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{1,15}$/, { error: "expected a member code of 2–16 letters or digits" });
const commitmentCode = z.string().regex(/^[A-Za-z][A-Za-z0-9]*\d{4}$/, {
  error: "expected a commitment code: the member code followed by four digits, e.g. mxtdb0004",
});

const organizationRef = text.describe("the name of an organization in $.organizations");
const personRef = email.describe("the email of a person in $.persons");
const memberRef = slug.describe("the slug of a member in $.members");

/**
 * §1 Application: a jurisdiction's request to join, as `application add` reads it from a file and
 * the `apply` form builds it. Whether the mandate and the letter qualify (APPLY-1, APPLY-2) is the
 * rules engine's to say (`validateApplication`): the page count and the letter's language are any
 * values here, so a refusal names the rule rather than a type.
 */
export const applicationSubmissionSchema = z.strictObject({
  jurisdictionName: text,
  country: countryCode,
  jurisdictionType: z.enum(JURISDICTION_TYPES),
  language: z.enum(LANGUAGES).default("en").describe("the member's language once accepted"),
  timeZone: timeZone.default("UTC"),
  mandateEnd: calendarDate
    .optional()
    .describe("end of the current mandate; left out for a jurisdiction without elections"),
  submittedOn: calendarDate.optional().describe("default: today"),
  letter: z.strictObject({
    url: httpUrl,
    pages: z.int(),
    language: z
      .string()
      .regex(/^(?:[a-z]{2,3}|other)$/, { error: "expected a language code such as en, or other" }),
    signedByHeadOfGovernment: z.boolean(),
    signedByDelegatedSeniorOfficial: z.boolean().default(false),
    headSignatory: text.optional(),
    nonGovernmentSignatories: z.array(z.strictObject({ name: text, organization: text })).default([]),
  }),
  pointOfContact: z.strictObject({ name: text, email }),
  eligibilityAnswers: z.record(z.string(), z.string()).default({}).describe("§1.1 questions and answers"),
});
export type ApplicationSubmission = z.output<typeof applicationSubmissionSchema>;

/**
 * How the schema is built. The strict reading is what an import accepts and what the JSON Schema
 * describes (`named` gives the schemas used in several places one `$defs` entry). The lenient reading
 * replaces each list entry that fails by an {@link InvalidEntry} instead of failing the whole
 * document, so the cross-reference checks can still run on every valid entry and report every
 * problem at once; its schemas stay unnamed, as an id may be registered only once.
 */
interface SchemaReading {
  listOf<T extends z.ZodType>(item: T): z.ZodArray<T>;
  named<T extends z.ZodType>(schema: T, id: string): T;
}

function defineDossierSchema({ listOf, named }: SchemaReading) {
  const optionalList = <T extends z.ZodType>(item: T) => listOf(item).default([]);
  const requiredWhen = (
    ctx: z.RefinementCtx,
    condition: boolean,
    present: boolean,
    path: string,
    why: string,
  ) => {
    if (condition && !present) ctx.addIssue({ code: "custom", path: [path], message: `required ${why}` });
    if (!condition && present) ctx.addIssue({ code: "custom", path: [path], message: `only allowed ${why}` });
  };

  const organization = z.strictObject({
    name: text,
    kind: z.enum(ORGANIZATION_KINDS),
    country: countryCode.optional(),
    website: httpUrl.optional(),
  });

  const role = z.enum(ROLES);
  /** Spec §1: the scope follows from the role, as the database's `role_assignments_role_scope` check says. */
  const roleAssignment = z.discriminatedUnion("role", [
    z.strictObject({ role: role.extract(["support_unit"]) }),
    z.strictObject({ role: role.extract(["national_coordinator"]), country: countryCode }),
    z.strictObject({
      role: role.extract(["government_official"]),
      member: memberRef,
      canPostUpdates: z.boolean().optional().describe("the PoC lets this official post progress updates"),
    }),
    z.strictObject({
      role: role.exclude(["support_unit", "national_coordinator", "government_official"]),
      member: memberRef,
    }),
  ]);

  const chatIdentity = z
    .strictObject({
      platform: z.enum(PLATFORMS),
      workspaceId: text.optional().describe("Slack team id; Discord user ids are global and have none"),
      userId: text,
    })
    .superRefine((identity, ctx) =>
      requiredWhen(
        ctx,
        identity.platform === "slack",
        identity.workspaceId !== undefined,
        "workspaceId",
        "for Slack identities",
      ),
    );

  const person = z.strictObject({
    name: text,
    email,
    language: z.enum(LANGUAGES),
    timeZone: timeZone.optional(),
    organization: organizationRef.optional(),
    preferredPlatform: z.enum(PLATFORMS).optional(),
    roles: optionalList(roleAssignment),
    chatIdentities: optionalList(chatIdentity),
  });

  const evidence = named(
    z
      .strictObject({
        title: text,
        kind: z.enum(EVIDENCE_KINDS),
        url: httpUrl.optional(),
        fileRef: text.optional(),
        addedBy: personRef.optional(),
        addedAt: instant,
      })
      .superRefine((item, ctx) => {
        if (item.url === undefined && item.fileRef === undefined)
          ctx.addIssue({ code: "custom", path: ["url"], message: "evidence needs a url or a fileRef" });
      }),
    "Evidence",
  );

  const meeting = named(
    z.strictObject({
      heldOn: calendarDate,
      phase: z.enum(MEETING_PHASES),
      title: text,
      member: memberRef.optional().describe("for meetings of a coalition plan: the member that held it"),
      governmentParticipants: headcount,
      nonGovernmentParticipants: headcount,
      organizations: optionalList(text),
      minutesUrl: httpUrl.optional(),
      source: z.enum(SOURCES),
      recordedBy: personRef.optional(),
      evidence: optionalList(evidence),
    }),
    "Meeting",
  );

  const endorsement = z.strictObject({
    organization: organizationRef,
    person: personRef.optional(),
    endorsedAt: instant,
    source: z.enum(SOURCES),
    withdrawnAt: instant.optional(),
  });

  const assessment = z
    .strictObject({
      kind: z.enum(ASSESSMENT_KINDS),
      commitment: commitmentCode.optional().describe("for end_of_commitment: a commitment code of this plan"),
      dueOn: calendarDate.optional(),
      submittedOn: calendarDate.optional(),
      reportUrl: httpUrl.optional(),
    })
    .superRefine((item, ctx) =>
      requiredWhen(
        ctx,
        item.kind === "end_of_commitment",
        item.commitment !== undefined,
        "commitment",
        "for end_of_commitment assessments",
      ),
    );

  const milestone = z
    .strictObject({
      position,
      description: text,
      startMonth: calendarMonth,
      endMonth: calendarMonth,
      responsibleOrganization: text.optional(),
      contact: text.optional(),
      status: z.enum(MILESTONE_STATUSES),
      evidence: optionalList(evidence),
    })
    .superRefine((item, ctx) => {
      if (item.endMonth < item.startMonth)
        ctx.addIssue({ code: "custom", path: ["endMonth"], message: "must not be before startMonth" });
    });

  const approval = z.strictObject({
    person: personRef,
    organization: organizationRef.optional(),
    verdict: z.enum(APPROVAL_VERDICTS),
    comment: text.optional(),
    at: instant,
    source: z.enum(SOURCES),
  });

  const modification = z
    .strictObject({
      kind: z.enum(MODIFICATION_KINDS),
      proposedChange: z.strictObject({
        before: z.record(z.string(), z.unknown()),
        after: z.record(z.string(), z.unknown()),
      }),
      rationale: text,
      proposedBy: personRef.optional(),
      proposedOn: calendarDate,
      decision: z.enum(MODIFICATION_DECISIONS),
      decidedAt: instant.optional(),
      supportUnitNotifiedAt: instant.optional(),
      approvals: optionalList(approval),
    })
    .superRefine((item, ctx) =>
      requiredWhen(
        ctx,
        item.decision !== "pending",
        item.decidedAt !== undefined,
        "decidedAt",
        "once the decision is approved or rejected",
      ),
    );

  const milestoneStatusChange = z
    .strictObject({
      milestone: position.describe("the position of a milestone of this commitment"),
      from: z.enum(MILESTONE_STATUSES),
      to: z.enum(MILESTONE_STATUSES),
    })
    .superRefine((change, ctx) => {
      if (change.from === change.to)
        ctx.addIssue({ code: "custom", path: ["to"], message: "a status change must change the status" });
    });

  const progressUpdate = z.strictObject({
    postedAt: instant,
    author: personRef.optional(),
    source: z.enum(SOURCES),
    milestone: position.optional().describe("the position of the milestone the update is about"),
    narrative: text,
    completionPct: z.int().min(0).max(100).optional(),
    noProgress: z.boolean().optional().describe("an explicit 'no progress this quarter' update (INACT-3)"),
    delayReasons: text.optional(),
    nextSteps: text.optional(),
    milestoneChanges: optionalList(milestoneStatusChange),
    challenges: optionalList(z.strictObject({ code: z.enum(CHALLENGES), detail: text.optional() })),
    evidence: optionalList(evidence),
  });

  const agencyContact = z.strictObject({
    office: text,
    branch: text.optional(),
    contactName: text.optional(),
    contactTitle: text.optional(),
    email: email.optional(),
    role: text.optional(),
  });

  const commitment = z
    .strictObject({
      code: commitmentCode,
      number: position,
      title: text,
      shortTitle: text.optional(),
      startDate: calendarDate,
      endDate: calendarDate,
      leadAgency: agencyContact,
      nonGovernmentImplementer: agencyContact.optional(),
      otherStakeholders: optionalList(text),
      problem: text,
      statusQuo: text.optional(),
      action: text,
      expectedResults: text.optional(),
      longTermObjective: text.optional(),
      policyAreas: listOf(z.enum(POLICY_AREAS)).min(1).max(2),
      sectors: listOf(z.enum(SECTORS)).min(1).max(2),
      ogpValues: listOf(z.enum(OGP_VALUES)).min(1),
      budgetAmount: z.number().nonnegative().optional(),
      budgetCurrency: z
        .string()
        .regex(/^[A-Z]{3}$/, { error: "expected an ISO 4217 currency code, e.g. MXN" })
        .optional(),
      staffCount: headcount.optional(),
      resourceMonths: headcount.optional(),
      resourcesOther: text.optional(),
      resourcesSecured: z.enum(RESOURCES_SECURED),
      additionalInformation: z
        .strictObject({
          genderAnalysis: text.optional(),
          otherProgrammes: text.optional(),
          nationalDevelopmentPlan: text.optional(),
          sdgs: z.array(text).optional(),
        })
        .optional(),
      nationalAlignment: text.optional(),
      owners: optionalList(memberRef).describe(
        "coalition plans only: the member(s) owning the commitment; none means joint",
      ),
      status: z.enum(COMMITMENT_STATUSES),
      submittedOn: calendarDate.optional(),
      completedOn: calendarDate.optional(),
      milestones: optionalList(milestone),
      modifications: optionalList(modification),
      updates: optionalList(progressUpdate),
      evidence: optionalList(evidence),
    })
    .superRefine((item, ctx) => {
      if (item.endDate < item.startDate)
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "must not be before startDate" });
    });

  const plan = named(
    z
      .strictObject({
        number: position,
        title: text,
        periodStart: calendarDate,
        periodEnd: calendarDate,
        status: z.enum(PLAN_STATUSES),
        submittedOn: calendarDate.optional(),
        recordedOn: calendarDate.describe("when the plan or its draft was first recorded"),
        monitoringBody: organizationRef.optional(),
        monitoringBodyContact: text.optional(),
        // Annex 1: strategic vision.
        foreword: text.optional(),
        longTermVision: text.optional(),
        achievementsToDate: text.optional(),
        challenges: text.optional(),
        mediumTermGoals: text.optional(),
        planContribution: text.optional(),
        policyGoalsContribution: text.optional(),
        leadInstitutions: text.optional(),
        coordinationArrangements: text.optional(),
        participationSpacesOnline: text.optional(),
        participationSpacesOffline: text.optional(),
        diversityMeasures: text.optional(),
        participatingGroups: optionalList(text),
        participatingGroupsCount: headcount.optional(),
        coCreationMeetingsCount: headcount.optional(),
        continuedCollaboration: text.optional(),
        progressDiscussionActivities: text.optional(),
        publicProgressSharing: text.optional(),
        strategyDocumentLinks: optionalList(httpUrl),
        onlineConsultationLink: httpUrl.optional(),
        endorsements: optionalList(endorsement),
        meetings: optionalList(meeting),
        assessments: optionalList(assessment),
        evidence: optionalList(evidence),
        commitments: optionalList(commitment),
      })
      .superRefine((item, ctx) => {
        if (item.periodEnd <= item.periodStart)
          ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "must be after periodStart" });
        requiredWhen(
          ctx,
          item.status === "submitted" || item.status === "implementation" || item.status === "ended",
          item.submittedOn !== undefined,
          "submittedOn",
          "once the plan is submitted",
        );
      }),
    "Plan",
  );

  const statusHistoryEntry = z
    .strictObject({
      status: z.enum(MEMBER_STATUSES),
      effectiveOn: calendarDate,
      ruleId: text.optional(),
      reason: text,
      actor: z.enum(STATUS_ACTORS),
      person: personRef.optional().describe("for actor 'person': who decided"),
    })
    .superRefine((entry, ctx) =>
      requiredWhen(
        ctx,
        entry.actor === "person",
        entry.person !== undefined,
        "person",
        "when actor is 'person'",
      ),
    );

  const statusDecision = z
    .strictObject({
      kind: z.enum(DECISION_KINDS),
      startsOn: calendarDate,
      endsOn: calendarDate.optional(),
      status: z.enum(MEMBER_STATUSES).optional(),
      reason: text,
      decidedBy: personRef.optional(),
      decidedOn: calendarDate,
    })
    .superRefine((decision, ctx) => {
      requiredWhen(
        ctx,
        decision.kind === "status_override",
        decision.status !== undefined,
        "status",
        "for status_override decisions",
      );
      if (decision.kind === "first_plan_extension" && decision.endsOn === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["endsOn"],
          message: "required for first_plan_extension decisions",
        });
      if (decision.endsOn !== undefined && decision.endsOn < decision.startsOn)
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "must not be before startsOn" });
    });

  const member = z.strictObject({
    slug,
    code: memberCode.describe("OGP-style member code, the prefix of its commitment codes"),
    name: text,
    country: countryCode,
    jurisdictionType: z.enum(JURISDICTION_TYPES),
    language: z.enum(LANGUAGES),
    timeZone,
    joinedOn: calendarDate,
    mandateEnd: calendarDate.optional(),
    firstPlanDue: calendarDate.optional(),
    leadAgency: text.optional(),
    website: httpUrl.optional(),
    status: z.enum(MEMBER_STATUSES).describe("the recorded status (spec §5)"),
    statusSince: calendarDate.optional(),
    statusHistory: optionalList(statusHistoryEntry),
    statusDecisions: optionalList(statusDecision),
    plans: optionalList(plan),
    meetings: optionalList(meeting).describe("meetings not tied to a plan"),
  });

  const coalition = z.strictObject({
    slug,
    name: text,
    country: countryCode,
    members: listOf(memberRef),
    plans: optionalList(plan),
  });

  const circleChannel = z.strictObject({
    platform: z.enum(PLATFORMS),
    workspaceId: text.describe("Slack team id, or Discord server (guild) id"),
    channelId: text,
  });

  // Handbook §2.4: a peer-learning circle, its theme a policy area or free text, never both.
  const circle = z
    .strictObject({
      slug,
      name: text,
      themePolicyArea: z.enum(POLICY_AREAS).optional(),
      themeText: text.optional(),
      members: optionalList(memberRef),
      channels: optionalList(circleChannel).describe("chat channels linked to the circle (relayed)"),
    })
    .superRefine((entry, ctx) => {
      if ((entry.themePolicyArea === undefined) === (entry.themeText === undefined))
        ctx.addIssue({
          code: "custom",
          path: ["themePolicyArea"],
          message: "a circle has exactly one theme: themePolicyArea or themeText",
        });
    });

  return z
    .strictObject({
      format: z.literal(DOSSIER_FORMAT),
      version: z.literal(DOSSIER_VERSION),
      organizations: optionalList(organization),
      persons: optionalList(person),
      coalitions: optionalList(coalition),
      members: optionalList(member),
      circles: optionalList(circle),
    })
    .meta({
      title: "OGP Local dossier",
      description: "One or more OGP Local members' dossiers; see docs/import-format.md.",
    });
}

export const dossierSchema = defineDossierSchema({
  listOf: z.array,
  named: (schema, id) => schema.meta({ id }),
});

/** The parsed document, with every omitted list filled in as empty. */
export type Dossier = z.output<typeof dossierSchema>;
/** The document as written in a file, where empty lists and false flags may be left out. */
export type DossierDocument = z.input<typeof dossierSchema>;

export type DossierOrganization = Dossier["organizations"][number];
export type DossierPerson = Dossier["persons"][number];
export type DossierRoleAssignment = DossierPerson["roles"][number];
export type DossierCoalition = Dossier["coalitions"][number];
export type DossierMember = Dossier["members"][number];
export type DossierCircle = Dossier["circles"][number];
export type DossierPlan = DossierMember["plans"][number];
export type DossierMeeting = DossierPlan["meetings"][number];
export type DossierEvidence = DossierPlan["evidence"][number];
export type DossierCommitment = DossierPlan["commitments"][number];
export type DossierMilestone = DossierCommitment["milestones"][number];
export type DossierProgressUpdate = DossierCommitment["updates"][number];

/** The JSON Schema of the document as written in a file (`cli schema`), generated from the zod schema. */
export function dossierJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(dossierSchema, { io: "input" }) as Record<string, unknown>;
}

/** Stands in, in the lenient reading, for a list entry that failed validation. */
export class InvalidEntry {
  /** The entry as written: its natural key still counts as declared, so references to it are not reported. */
  constructor(readonly input: unknown) {}
}

/** A parsed value whose lists may hold {@link InvalidEntry} in place of entries that failed. */
export type Lenient<T> = T extends readonly (infer E)[]
  ? (Lenient<E> | InvalidEntry)[]
  : T extends object
    ? { [K in keyof T]: Lenient<T[K]> }
    : T;

const lenientDossierSchema = defineDossierSchema({
  // The cast keeps one schema definition for both readings; `Lenient<Dossier>` restores the truth.
  listOf: (item) =>
    z.array(item.catch((ctx) => new InvalidEntry(ctx.input) as never)) as unknown as z.ZodArray<typeof item>,
  named: (schema) => schema,
});

/**
 * Reads as much of the document as is valid, keeping every list entry at its index; undefined when
 * the top level itself is malformed (wrong format marker, unknown top-level field, not an object).
 */
export function readDossierLeniently(document: unknown): Lenient<Dossier> | undefined {
  const result = lenientDossierSchema.safeParse(document);
  return result.success ? (result.data as Lenient<Dossier>) : undefined;
}

/** Visits the valid entries of a lenient list, each with its index in the document. */
export function eachValid<T>(
  list: readonly (T | InvalidEntry)[],
  visit: (item: T, index: number) => void,
): void {
  list.forEach((item, index) => {
    if (!(item instanceof InvalidEntry)) visit(item, index);
  });
}
