import {
  listPlansAwaitingEndorsement,
  loadMemberAudiences,
  loadMemberProfiles,
  type MemberAudience,
  type MemberProfile,
} from "../../db/repositories/alert-audiences.js";
import { loadMemberFacts } from "../../db/repositories/member-facts.js";
import type { StatusChange } from "../../db/repositories/member-status.js";
import { existingDedupeKeys, listPendingAlerts } from "../../db/repositories/outbox-alerts.js";
import {
  type Alert,
  type MemberEvaluation,
  RULE_SECTIONS,
  statusTimeline,
} from "../../domain/rules/index.js";
import { t } from "../../messages/i18n/index.js";
import { routedKey } from "../../outbox/index.js";
import { isoWeekOf, renderWeeklyDigest, summarizeForCountry, WEEKLY_DIGEST_KIND } from "../digests.js";
import {
  type MemberMessageContext,
  renderLetter,
  renderReminder,
  renderRevocationRequest,
  type ScheduledAlert,
} from "../render.js";
import { channelRoute, routeAlert } from "../routing.js";
import { type Addressed, type MemberWork, newAlerts, type TickRun, type TransitionReport } from "./run.js";

/**
 * Planning a batch of evaluated members: the status each must record (with the rule and reason of
 * the transition), the alerts due now addressed to their people and channels and rendered when new,
 * the weekly digests, and the pending reminders no longer due. Reads only.
 */

const fromEngine = (alert: Alert): ScheduledAlert => ({
  key: alert.dedupeKey,
  deadlineKey: alert.deadlineKey,
  kind: alert.ruleId,
  section: alert.section,
  subject: alert.subject,
  step: alert.step,
  dueOn: alert.dueOn,
  audience: alert.audience,
  messageKey: alert.messageKey,
  params: alert.params,
});

/** PLAN-5 (§3.3.1): civil society is asked once per plan to endorse it while it is co-created. */
const endorsementRequest = (planId: string, title: string): ScheduledAlert => ({
  key: `PLAN-5:plan:${planId}:co_creation:request`,
  deadlineKey: `PLAN-5:plan:${planId}:co_creation`,
  kind: "PLAN-5",
  section: RULE_SECTIONS["PLAN-5"],
  subject: { kind: "plan", id: planId },
  step: "request",
  dueOn: null,
  audience: ["civil_society"],
  messageKey: "scheduler.endorse.request",
  params: { plan: title },
});

function groupByMember<T extends { memberId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    if (row.memberId === null) continue;
    const group = groups.get(row.memberId);
    if (group) group.push(row);
    else groups.set(row.memberId, [row]);
  }
  return groups;
}

export async function planBatch(run: TickRun, evaluations: MemberEvaluation[]): Promise<MemberWork[]> {
  const { db } = run;
  const ids = evaluations.map((evaluation) => evaluation.memberId);
  const profiles = await loadMemberProfiles(db, ids);
  const audiences = await loadMemberAudiences(db, ids);
  const changes = await statusChanges(run, evaluations, profiles);
  const awaitingEndorsement = groupByMember(await listPlansAwaitingEndorsement(db, ids));
  const pending = groupByMember(await listPendingAlerts(db, ids));

  const planned: { work: MemberWork; addressed: Addressed[] }[] = [];
  for (const evaluation of evaluations) {
    const member = profiles.get(evaluation.memberId);
    const audience = audiences.get(evaluation.memberId);
    if (!member || !audience) continue;
    const alerts = [
      ...evaluation.alerts.map(fromEngine),
      ...(awaitingEndorsement.get(member.id) ?? []).map((plan) =>
        endorsementRequest(plan.planId, plan.title),
      ),
    ];
    const addressed = [
      ...alerts.flatMap((alert) => address(run, alert, member, audience, evaluation)),
      ...weeklyDigest(run, member, audience, evaluation),
    ];
    noteForCountry(run, member, evaluation);
    const live = new Set(alerts.map((alert) => alert.deadlineKey));
    const moot = (pending.get(member.id) ?? [])
      .filter((row) => row.deadlineKey !== null && !live.has(row.deadlineKey))
      .map((row) => row.id);
    const change = changes.get(member.id) ?? null;
    planned.push({
      work: { member, change: change?.change ?? null, transition: change?.report ?? null, alerts: [], moot },
      addressed,
    });
  }

  const existing = await existingDedupeKeys(
    db,
    planned.flatMap(({ addressed }) => addressed.map((entry) => entry.dedupeKey)),
  );
  for (const { work, addressed } of planned) {
    run.report.alerts.routed += addressed.length;
    work.alerts = newAlerts(run, addressed, existing, work.member);
  }
  return planned.map(({ work }) => work);
}

/**
 * Members whose computed status differs from the recorded one, with the rule and reason of the
 * transition (from the status timeline). A recorded status dated after the evaluated day is newer
 * than what this tick knows (a tick run for a past day) and is left alone.
 */
async function statusChanges(
  run: TickRun,
  evaluations: MemberEvaluation[],
  profiles: Map<string, MemberProfile>,
): Promise<Map<string, { change: StatusChange; report: TransitionReport }>> {
  const changed = evaluations.filter((evaluation) => {
    const recorded = profiles.get(evaluation.memberId);
    return (
      recorded !== undefined &&
      recorded.status !== evaluation.status &&
      !(recorded.statusSince !== null && recorded.statusSince > evaluation.on)
    );
  });
  const changes = new Map<string, { change: StatusChange; report: TransitionReport }>();
  if (changed.length === 0) return changes;
  const facts = new Map(
    (
      await loadMemberFacts(
        run.db,
        changed.map((evaluation) => evaluation.memberId),
      )
    ).map((entry) => [entry.member.id, entry]),
  );
  for (const evaluation of changed) {
    const memberFacts = facts.get(evaluation.memberId);
    const recorded = profiles.get(evaluation.memberId)!;
    if (!memberFacts) continue;
    const [entry] = statusTimeline(memberFacts, evaluation.on, evaluation.on, run.config);
    if (!entry) continue;
    const reason = t("en", entry.messageKey, entry.params);
    changes.set(evaluation.memberId, {
      change: {
        memberId: evaluation.memberId,
        status: evaluation.status,
        effectiveOn: evaluation.since,
        ruleId: entry.ruleId,
        reason,
        decidedBy: null,
      },
      report: {
        member: recorded.slug,
        from: recorded.status,
        to: evaluation.status,
        since: evaluation.since,
        ruleId: entry.ruleId,
        reason,
      },
    });
  }
  return changes;
}

function address(
  run: TickRun,
  alert: ScheduledAlert,
  member: MemberProfile,
  audience: MemberAudience,
  evaluation: MemberEvaluation,
): Addressed[] {
  const { routes, skipped } = routeAlert(alert, member, audience, run.supportUnit);
  for (const person of skipped) {
    run.report.skippedRecipients.push({
      member: member.slug,
      alert: alert.key,
      person: person.name,
      role: person.role,
    });
  }
  return routes.map((route) => ({
    dedupeKey: routedKey(alert.key, route),
    route,
    kind: alert.kind,
    alertKey: alert.key,
    subject: alert.subject,
    deadlineKey: alert.deadlineKey,
    step: alert.step,
    render: (alertId: string) => {
      const context: MemberMessageContext = {
        member,
        route,
        publicBaseUrl: run.options.publicBaseUrl,
        alertId,
      };
      if (alert.step === "letter") {
        return renderLetter(alert, {
          ...context,
          status: evaluation.status,
          since: evaluation.since,
          reasons: evaluation.reasons,
          monthsBeforeProbation: run.config.status.inactiveMonthsBeforeProbation,
        });
      }
      if (alert.step === "confirm") return renderRevocationRequest(alert, context);
      return renderReminder(alert, context);
    },
  }));
}

/** A weekly digest per channel following the member, keyed by the ISO week of the member's day. */
function weeklyDigest(
  run: TickRun,
  member: MemberProfile,
  audience: MemberAudience,
  evaluation: MemberEvaluation,
): Addressed[] {
  if (evaluation.status === "revoked" || audience.channels.length === 0) return [];
  const week = isoWeekOf(evaluation.on);
  const message = renderWeeklyDigest(member, evaluation, week, run.options.publicBaseUrl);
  const alertKey = `${WEEKLY_DIGEST_KIND}:member:${member.id}:${week}`;
  return audience.channels.map((channel) => {
    const route = channelRoute(channel, "member_channel", member.language);
    return {
      dedupeKey: routedKey(alertKey, route),
      route,
      kind: WEEKLY_DIGEST_KIND,
      alertKey,
      subject: { kind: "member", id: member.id },
      deadlineKey: null,
      step: null,
      render: () => message,
    };
  });
}

/** Each member's line in its country's digest, gathered across batches for the end of the run. */
function noteForCountry(run: TickRun, member: MemberProfile, evaluation: MemberEvaluation): void {
  const entry = run.countries.get(member.country) ?? { on: evaluation.on, summaries: [], languages: [] };
  entry.summaries.push(summarizeForCountry(member, evaluation));
  entry.languages.push(member.language);
  run.countries.set(member.country, entry);
}
