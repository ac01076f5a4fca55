import type { z } from "@hono/zod-openapi";
import type { OpenUpdate } from "../../db/repositories/open-data/updates.js";
import type { DueItem, MemberEvaluation, Reason } from "../../domain/rules/index.js";
import { completionLevel, type Language } from "../../domain/vocabularies.js";
import { countryName } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { describeReason, localizedParams } from "../../messages/rules-text.js";
import type {
  CommitmentView,
  MemberSummaryView,
  MemberView,
  PublicCommitment,
  PublicEvidence,
  PublicUpdate,
} from "../data/index.js";
import type {
  CommentSchema,
  CommitmentDetailSchema,
  CommitmentSchema,
  DueItemSchema,
  EvaluationSchema,
  EvidenceSchema,
  MemberDetailSchema,
  MemberSummarySchema,
  ReasonSchema,
  UpdateSchema,
} from "./schemas.js";

/** Shapes what the page loaders return into the API's v1 schemas, texts in the reader's language. */

export interface Presenting {
  language: Language;
  /** The public address of the site, without a trailing slash. */
  base: string;
}

type Out<S extends z.ZodType> = z.input<S>;

const iso = (instant: Date) => instant.toISOString();
const isoOrNull = (instant: Date | null | undefined) => (instant ? instant.toISOString() : null);

export const memberLinks = (slug: string, { base, language }: Presenting) => {
  const path = encodeURIComponent(slug);
  return {
    self: `${base}/api/v1/members/${path}`,
    page: `${base}/members/${path}?lang=${language}`,
    deadlines: `${base}/members/${path}/deadlines.ics?lang=${language}`,
    updates: `${base}/members/${path}/updates.atom?lang=${language}`,
  };
};

function reasonJson(reason: Reason, language: Language): Out<typeof ReasonSchema> {
  return {
    ruleId: reason.ruleId,
    section: reason.section,
    subject: { ...reason.subject },
    dueOn: reason.dueOn,
    messageKey: reason.messageKey,
    params: { ...reason.params },
    message: describeReason(reason, language),
  };
}

function dueItemJson(item: DueItem, language: Language): Out<typeof DueItemSchema> {
  return {
    ruleId: item.ruleId,
    section: item.section,
    subject: { ...item.subject },
    dueOn: item.dueOn,
    overdue: item.overdue,
    messageKey: item.messageKey,
    params: { ...item.params },
    message: t(language, item.messageKey, localizedParams(item.params, language)),
  };
}

function evaluationJson(
  evaluation: MemberEvaluation | null,
  language: Language,
): Out<typeof EvaluationSchema> | null {
  if (!evaluation) return null;
  return {
    status: evaluation.status,
    since: evaluation.since,
    on: evaluation.on,
    reasons: evaluation.reasons.map((reason) => reasonJson(reason, language)),
  };
}

export function memberSummaryJson(
  view: MemberSummaryView,
  presenting: Presenting,
): Out<typeof MemberSummarySchema> {
  const { member, progress, evaluation } = view;
  return {
    slug: member.slug,
    code: member.code,
    name: member.name,
    country: member.country,
    countryName: countryName(member.country, presenting.language),
    jurisdictionType: member.jurisdictionType,
    status: member.status as Out<typeof MemberSummarySchema>["status"],
    statusSince: member.statusSince,
    evaluation: evaluationJson(evaluation, presenting.language),
    commitmentCount: progress.commitments,
    milestonesComplete: progress.milestonesComplete,
    milestonesTotal: progress.milestonesTotal,
    lastUpdateAt: isoOrNull(progress.lastUpdateAt),
    overdue: view.overdue,
    meetingsHeldLast12Months: progress.meetingsHeld,
    nationalAlignments: progress.nationalAlignments,
    links: memberLinks(member.slug, presenting),
  };
}

function evidenceJson(row: PublicEvidence): Out<typeof EvidenceSchema> {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    fileRef: row.fileRef,
    kind: row.kind as Out<typeof EvidenceSchema>["kind"],
    addedAt: iso(row.addedAt),
    updateId: row.updateId,
    milestoneId: row.milestoneId,
    meetingId: row.meetingId,
  };
}

type UpdateJson = Out<typeof UpdateSchema>;

/** An update from the open-data listing (`/api/v1/updates`). */
export function openUpdateJson(update: OpenUpdate): UpdateJson {
  return {
    id: update.id,
    commitment: update.commitmentCode,
    members: update.owners.map((owner) => owner.slug),
    postedAt: iso(update.postedAt),
    editedAt: isoOrNull(update.editedAt),
    revision: update.revision,
    author: update.author,
    source: update.source,
    milestone: update.milestone,
    milestoneChanges: update.milestoneChanges as UpdateJson["milestoneChanges"],
    completionPct: update.completionPct,
    completionLevel: completionLevel(update.completionPct),
    noProgress: update.noProgress,
    narrative: update.narrative,
    delayReasons: update.delayReasons,
    nextSteps: update.nextSteps,
    challenges: update.challenges as UpdateJson["challenges"],
    evidenceUrls: update.evidenceUrls,
  };
}

/** An update from a member's public record, with its approved comments. */
function publicUpdateJson(
  entry: PublicUpdate,
  commitment: PublicCommitment,
  members: string[],
): UpdateJson & { comments: Out<typeof CommentSchema>[] } {
  const { update } = entry;
  const positionOf = new Map(commitment.milestones.map((milestone) => [milestone.id, milestone.position]));
  return {
    id: update.id,
    commitment: commitment.commitment.code,
    members,
    postedAt: iso(update.postedAt),
    editedAt: isoOrNull(update.editedAt),
    revision: update.revision,
    author: entry.author,
    source: update.source,
    milestone: update.milestoneId ? (positionOf.get(update.milestoneId) ?? null) : null,
    milestoneChanges: entry.milestoneChanges.flatMap((change) => {
      const milestone = positionOf.get(change.milestoneId);
      return milestone === undefined
        ? []
        : [
            {
              milestone,
              from: change.fromStatus,
              to: change.toStatus,
            } as UpdateJson["milestoneChanges"][number],
          ];
    }),
    completionPct: update.completionPct,
    completionLevel: completionLevel(update.completionPct),
    noProgress: update.noProgress,
    narrative: update.narrative,
    delayReasons: update.delayReasons,
    nextSteps: update.nextSteps,
    challenges: entry.challenges as UpdateJson["challenges"],
    evidenceUrls: entry.evidence.flatMap((row) => (row.url ? [row.url] : [])),
    comments: entry.comments.map((comment) => ({
      id: comment.id,
      authorName: comment.authorName,
      body: comment.body,
      createdAt: iso(comment.createdAt),
    })),
  };
}

function latestCompletion(entry: PublicCommitment): number | null {
  for (let index = entry.updates.length - 1; index >= 0; index--) {
    const pct = entry.updates[index]?.update.completionPct;
    if (pct !== null && pct !== undefined) return pct;
  }
  return null;
}

function commitmentJson(
  entry: PublicCommitment,
  evaluation: MemberEvaluation | null,
  members: string[],
  presenting: Presenting,
): Out<typeof CommitmentSchema> {
  const { commitment } = entry;
  const overdueMilestones = new Set(
    (evaluation?.dueItems ?? [])
      .filter((item) => item.ruleId === "DUE-MILESTONE" && item.overdue)
      .map((item) => item.subject.id),
  );
  const completionPct = latestCompletion(entry);
  const last = entry.updates[entry.updates.length - 1]?.update.postedAt ?? null;
  return {
    code: commitment.code,
    number: commitment.number,
    title: commitment.title,
    shortTitle: commitment.shortTitle,
    status: commitment.status as Out<typeof CommitmentSchema>["status"],
    startDate: commitment.startDate,
    endDate: commitment.endDate,
    leadAgency: commitment.leadAgency,
    nonGovernmentImplementer: commitment.nonGovernmentImplementer,
    otherStakeholders: commitment.otherStakeholders,
    problem: commitment.problem,
    statusQuo: commitment.statusQuo,
    action: commitment.action,
    expectedResults: commitment.expectedResults,
    longTermObjective: commitment.longTermObjective,
    budget:
      commitment.budgetAmount === null
        ? null
        : { amount: commitment.budgetAmount, currency: commitment.budgetCurrency },
    resourcesSecured: commitment.resourcesSecured,
    nationalAlignment: commitment.nationalAlignment,
    policyAreas: entry.policyAreas as Out<typeof CommitmentSchema>["policyAreas"],
    completionPct,
    completionLevel: completionLevel(completionPct),
    lastUpdateAt: isoOrNull(last),
    milestones: entry.milestones.map((milestone) => ({
      position: milestone.position,
      description: milestone.description,
      startMonth: milestone.startMonth,
      endMonth: milestone.endMonth,
      responsibleOrganization: milestone.responsibleOrganization,
      status: milestone.status as Out<typeof CommitmentSchema>["milestones"][number]["status"],
      overdue: overdueMilestones.has(milestone.id),
    })),
    updates: entry.updates.map((update) => publicUpdateJson(update, entry, members)),
    evidence: entry.evidence.map(evidenceJson),
    page: `${presenting.base}/commitments/${encodeURIComponent(commitment.code)}?lang=${presenting.language}`,
  };
}

export function memberDetailJson(view: MemberView, presenting: Presenting): Out<typeof MemberDetailSchema> {
  const { record, evaluation } = view;
  const { member } = record;
  const { language } = presenting;
  const milestones = record.commitments.flatMap((entry) => entry.milestones);
  const dueItems = evaluation?.dueItems ?? [];
  return {
    slug: member.slug,
    code: member.code,
    name: member.name,
    country: member.country,
    countryName: countryName(member.country, language),
    jurisdictionType: member.jurisdictionType,
    status: member.status as Out<typeof MemberDetailSchema>["status"],
    statusSince: member.statusSince,
    evaluation: evaluationJson(evaluation, language),
    commitmentCount: record.commitments.length,
    milestonesComplete: milestones.filter((milestone) => milestone.status === "complete").length,
    milestonesTotal: milestones.length,
    lastUpdateAt: isoOrNull(view.lastUpdateAt),
    overdue: dueItems.filter((item) => item.overdue).length,
    meetingsHeldLast12Months: meetingsInYearBefore(record.meetings, evaluation?.on),
    nationalAlignments: [
      ...new Set(
        record.commitments
          .map((entry) => entry.commitment.nationalAlignment)
          .filter((text): text is string => Boolean(text)),
      ),
    ],
    links: memberLinks(member.slug, presenting),
    timeZone: member.timeZone,
    language: member.language as Language,
    joinedOn: member.joinedOn,
    mandateEnd: member.mandateEnd,
    leadAgency: member.leadAgency,
    website: member.website,
    contacts: record.contacts,
    dueItems: dueItems.map((item) => dueItemJson(item, language)),
    plan: record.plan
      ? {
          number: record.plan.number,
          title: record.plan.title,
          status: record.plan.status as NonNullable<Out<typeof MemberDetailSchema>["plan"]>["status"],
          periodStart: record.plan.periodStart,
          periodEnd: record.plan.periodEnd,
          submittedOn: record.plan.submittedOn,
          monitoringBody: record.plan.monitoringBody,
        }
      : null,
    meetings: record.meetings.map((meeting) => ({
      heldOn: meeting.heldOn,
      phase: meeting.phase,
      title: meeting.title,
      governmentParticipants: meeting.governmentParticipants,
      nonGovernmentParticipants: meeting.nonGovernmentParticipants,
      organizations: meeting.organizations,
      minutesUrl: meeting.minutesUrl,
    })),
    endorsements: record.endorsements.map((row) => ({
      organization: row.organization,
      endorsedAt: iso(row.endorsedAt),
      withdrawnAt: isoOrNull(row.withdrawnAt),
    })),
    assessments: record.assessments.map((row) => ({
      kind: row.kind,
      dueOn: row.dueOn,
      submittedOn: row.submittedOn,
      reportUrl: row.reportUrl,
    })),
    planEvidence: record.planEvidence.map(evidenceJson),
    commitments: record.commitments.map((entry) =>
      commitmentJson(entry, evaluation, [member.slug], presenting),
    ),
    statusHistory: record.statusHistory.map((row) => ({
      status: row.status as Out<typeof MemberDetailSchema>["status"],
      effectiveOn: row.effectiveOn,
      ruleId: row.ruleId,
      reason: row.reason,
      actor: row.actor,
    })),
  };
}

/** Spec §7 counts meetings held in the 12 months up to the day evaluated. */
function meetingsInYearBefore(meetings: readonly { heldOn: string }[], on: string | undefined): number {
  if (!on) return 0;
  const year = Number(on.slice(0, 4));
  const from = `${year - 1}${on.slice(4)}`;
  return meetings.filter((meeting) => meeting.heldOn >= from && meeting.heldOn <= on).length;
}

export function commitmentDetailJson(
  found: CommitmentView,
  presenting: Presenting,
): Out<typeof CommitmentDetailSchema> {
  const { view, entry } = found;
  const { member } = view.record;
  const plan = view.record.plan;
  return {
    ...commitmentJson(entry, view.evaluation, [member.slug], presenting),
    sectors: found.sectors as Out<typeof CommitmentDetailSchema>["sectors"],
    ogpValues: found.ogpValues as Out<typeof CommitmentDetailSchema>["ogpValues"],
    member: {
      slug: member.slug,
      code: member.code,
      name: member.name,
      country: member.country,
      self: memberLinks(member.slug, presenting).self,
    },
    plan: plan ? { number: plan.number, title: plan.title } : null,
  };
}
