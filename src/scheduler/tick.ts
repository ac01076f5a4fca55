import { systemActor, writeAudited } from "../db/audit.js";
import type { Database } from "../db/client.js";
import {
  listPlansAwaitingEndorsement,
  listSupportUnitSubscriptions,
  loadCountryAudiences,
  loadMemberAudiences,
  loadMemberProfiles,
  type MemberAudience,
  type MemberProfile,
  type SupportUnitSubscription,
} from "../db/repositories/alert-audiences.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import { recordedStatus, recordStatusChange, type StatusChange } from "../db/repositories/member-status.js";
import {
  cancelPendingAlerts,
  existingDedupeKeys,
  listPendingAlerts,
} from "../db/repositories/outbox-alerts.js";
import {
  type Alert,
  type MemberEvaluation,
  RULE_SECTIONS,
  type RulesConfig,
  SPEC_RULES_CONFIG,
  statusTimeline,
} from "../domain/rules/index.js";
import type { Moment } from "../domain/time/zone.js";
import type { Language, MemberStatus, Role } from "../domain/vocabularies.js";
import type { Logger } from "../logging/logger.js";
import { t } from "../messages/i18n/index.js";
import type { Post } from "../messages/model.js";
import { enqueueAlerts, type NewAlert, routedKey } from "../outbox/index.js";
import {
  COUNTRY_DIGEST_KIND,
  type CountryMemberSummary,
  digestPeriodOf,
  isoWeekOf,
  renderCountryDigest,
  renderWeeklyDigest,
  summarizeForCountry,
  WEEKLY_DIGEST_KIND,
} from "./digests.js";
import { type EvaluatedMember, evaluateMembers } from "./evaluate.js";
import {
  type MemberMessageContext,
  renderLetter,
  renderReminder,
  renderRevocationRequest,
  type ScheduledAlert,
} from "./render.js";
import { channelRoute, personRoute, type Route, routeAlert } from "./routing.js";

export interface TickOptions {
  /** The clock for what is written (outbox rows, audit); `at` only says which day the rules read. */
  now?: () => Date;
  /** Compute and report everything, write nothing. */
  dryRun?: boolean;
  /** How members are evaluated; default one batch at a time on this thread (the Node CLI passes its parallel evaluator). */
  evaluate?: (at: Moment) => AsyncIterable<EvaluatedMember[]>;
  config?: RulesConfig;
  /** PUBLIC_BASE_URL: reminders link to the subject's public page when set. */
  publicBaseUrl?: string | undefined;
  /** Spec §7: months between two country digests (default 6). */
  countryDigestMonths?: number;
  /** Keep the alerts to be written in the report (always on in a dry run). */
  collectAlerts?: boolean;
  logger?: Logger;
}

export interface TransitionReport {
  member: string;
  from: MemberStatus;
  to: MemberStatus;
  since: string;
  ruleId: string | null;
  reason: string;
}

/** An alert the tick writes (or, in a dry run, would write). */
export interface PlannedAlert {
  dedupeKey: string;
  kind: string;
  member: string | null;
  platform: string;
  workspaceId: string;
  target: string;
  isDirectMessage: boolean;
  title: string | undefined;
  text: string;
}

export interface SkippedRecipientReport {
  /** The member's slug, or the country of a country digest. */
  member: string;
  alert: string;
  person: string;
  role: Role;
}

export interface TickReport {
  at: string;
  dryRun: boolean;
  evaluated: number;
  failures: { member: string; stage: "evaluate" | "write"; error: string }[];
  /** Recorded status changes (in a dry run: those that would be recorded). */
  transitions: TransitionReport[];
  alerts: {
    /** Every (alert, target) pair due now, new or already in the outbox. */
    routed: number;
    /** New outbox rows (in a dry run: rows that would be new). */
    created: number;
    /** Pending reminders cancelled because what they ask for is no longer due. */
    cancelled: number;
  };
  /** People an alert is for who have no linked chat identity, so no direct message reached them. */
  skippedRecipients: SkippedRecipientReport[];
  /** The new alerts, when collected. */
  planned: PlannedAlert[];
}

/** Spec §7: national secretariats review local plans every six months. */
export const DEFAULT_COUNTRY_DIGEST_MONTHS = 6;

const SCHEDULER_ACTOR = systemActor("scheduler", "rules");
const MOOT_REASON = "cancelled: no longer due when the scheduler re-evaluated";

/** A member's share of the tick: what changes and what is sent. */
interface MemberWork {
  member: MemberProfile;
  change: StatusChange | null;
  transition: TransitionReport | null;
  alerts: NewAlert[];
  /** Rows of this member waiting in the outbox that are no longer due. */
  moot: string[];
}

/** An alert addressed to one target, before rendering (most are already in the outbox: rendering waits). */
interface Addressed {
  dedupeKey: string;
  route: Route;
  kind: string;
  alertKey: string;
  subject: { kind: string; id: string };
  deadlineKey: string | null;
  step: string | null;
  render: (alertId: string) => Post;
}

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

/** The title a dry run shows: the post's first heading. */
const headingOf = (post: Post): string | undefined =>
  post.blocks.find((block) => block.kind === "heading")?.text;

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

/** The most common language among a country's members: its channels' digest language. */
function mainLanguage(languages: readonly Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "en";
}

interface CountryDigestInput {
  on: string;
  summaries: CountryMemberSummary[];
  languages: Language[];
}

/**
 * One scheduler run, the same on every runtime: evaluates every member's rules at `at`, records each
 * status the rules moved (with its rule, reason and audit) together with its alerts in one
 * transaction, writes the other members' alerts a batch per transaction, and the digests. Every
 * alert's outbox key is its rule, subject, period and step plus its target, so however often it
 * runs, each reminder step reaches each target once. REVOKE-1: a revocation is never recorded here;
 * the rules only find it due, and the Support Unit's confirmation records it (`revoke confirm`).
 */
export async function tick(db: Database, at: Moment, options: TickOptions = {}): Promise<TickReport> {
  return new Tick(db, at, options).run();
}

class Tick {
  private readonly now: Date;
  private readonly config: RulesConfig;
  private readonly dryRun: boolean;
  private readonly collect: boolean;
  private readonly report: TickReport;
  private readonly countries = new Map<string, CountryDigestInput>();
  /** Keys of the alerts this run writes: a coalition's shared subject is reached through each of its members. */
  private readonly keysWritten = new Set<string>();
  private supportUnit: SupportUnitSubscription[] = [];

  constructor(
    private readonly db: Database,
    private readonly at: Moment,
    private readonly options: TickOptions,
  ) {
    this.now = options.now?.() ?? new Date();
    this.config = options.config ?? SPEC_RULES_CONFIG;
    this.dryRun = options.dryRun ?? false;
    this.collect = this.dryRun || (options.collectAlerts ?? false);
    this.report = {
      at: typeof at === "string" ? at : new Date(at).toISOString(),
      dryRun: this.dryRun,
      evaluated: 0,
      failures: [],
      transitions: [],
      alerts: { routed: 0, created: 0, cancelled: 0 },
      skippedRecipients: [],
      planned: [],
    };
  }

  async run(): Promise<TickReport> {
    this.supportUnit = await listSupportUnitSubscriptions(this.db);
    const evaluate = this.options.evaluate ?? ((at: Moment) => evaluateMembers(this.db, at, {}, this.config));
    for await (const batch of evaluate(this.at)) {
      const evaluations: MemberEvaluation[] = [];
      for (const entry of batch) {
        if (entry.evaluation) evaluations.push(entry.evaluation);
        else this.report.failures.push({ member: entry.member.slug, stage: "evaluate", error: entry.error });
      }
      this.report.evaluated += evaluations.length;
      const works = await this.planBatch(evaluations);
      await this.write(works);
    }
    await this.writeCountryDigests();
    return this.report;
  }

  private async planBatch(evaluations: MemberEvaluation[]): Promise<MemberWork[]> {
    const ids = evaluations.map((evaluation) => evaluation.memberId);
    const profiles = await loadMemberProfiles(this.db, ids);
    const audiences = await loadMemberAudiences(this.db, ids);
    const changes = await this.statusChanges(evaluations, profiles);
    const awaitingEndorsement = groupByMember(await listPlansAwaitingEndorsement(this.db, ids));
    const pending = groupByMember(await listPendingAlerts(this.db, ids));

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
        ...alerts.flatMap((alert) => this.address(alert, member, audience, evaluation)),
        ...this.weeklyDigest(member, audience, evaluation),
      ];
      this.noteForCountry(member, evaluation);
      const live = new Set(alerts.map((alert) => alert.deadlineKey));
      const moot = (pending.get(member.id) ?? [])
        .filter((row) => row.deadlineKey !== null && !live.has(row.deadlineKey))
        .map((row) => row.id);
      const change = changes.get(member.id) ?? null;
      planned.push({
        work: {
          member,
          change: change?.change ?? null,
          transition: change?.report ?? null,
          alerts: [],
          moot,
        },
        addressed,
      });
    }

    const existing = await existingDedupeKeys(
      this.db,
      planned.flatMap(({ addressed }) => addressed.map((entry) => entry.dedupeKey)),
    );
    for (const { work, addressed } of planned) {
      this.report.alerts.routed += addressed.length;
      work.alerts = this.newAlerts(addressed, existing, work.member);
    }
    return planned.map(({ work }) => work);
  }

  /**
   * Members whose computed status differs from the recorded one, with the rule and reason of the
   * transition (from the status timeline). A recorded status dated after the evaluated day is newer
   * than what this tick knows (a tick run for a past day) and is left alone.
   */
  private async statusChanges(
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
          this.db,
          changed.map((evaluation) => evaluation.memberId),
        )
      ).map((entry) => [entry.member.id, entry]),
    );
    for (const evaluation of changed) {
      const memberFacts = facts.get(evaluation.memberId);
      const recorded = profiles.get(evaluation.memberId)!;
      if (!memberFacts) continue;
      const [entry] = statusTimeline(memberFacts, evaluation.on, evaluation.on, this.config);
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

  private address(
    alert: ScheduledAlert,
    member: MemberProfile,
    audience: MemberAudience,
    evaluation: MemberEvaluation,
  ): Addressed[] {
    const { routes, skipped } = routeAlert(alert, member, audience, this.supportUnit);
    for (const person of skipped) {
      this.report.skippedRecipients.push({
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
          publicBaseUrl: this.options.publicBaseUrl,
          alertId,
        };
        if (alert.step === "letter") {
          return renderLetter(alert, {
            ...context,
            status: evaluation.status,
            since: evaluation.since,
            reasons: evaluation.reasons,
            monthsBeforeProbation: this.config.status.inactiveMonthsBeforeProbation,
          });
        }
        if (alert.step === "confirm") return renderRevocationRequest(alert, context);
        return renderReminder(alert, context);
      },
    }));
  }

  /** A weekly digest per channel following the member, keyed by the ISO week of the member's day. */
  private weeklyDigest(
    member: MemberProfile,
    audience: MemberAudience,
    evaluation: MemberEvaluation,
  ): Addressed[] {
    if (evaluation.status === "revoked" || audience.channels.length === 0) return [];
    const week = isoWeekOf(evaluation.on);
    const message = renderWeeklyDigest(member, evaluation, week, this.options.publicBaseUrl);
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

  private noteForCountry(member: MemberProfile, evaluation: MemberEvaluation): void {
    const entry = this.countries.get(member.country) ?? { on: evaluation.on, summaries: [], languages: [] };
    entry.summaries.push(summarizeForCountry(member, evaluation));
    entry.languages.push(member.language);
    this.countries.set(member.country, entry);
  }

  /** Renders the alerts not yet in the outbox, each with the id its row will have. */
  private newAlerts(addressed: Addressed[], existing: Set<string>, member: MemberProfile | null): NewAlert[] {
    const alerts: NewAlert[] = [];
    for (const entry of addressed) {
      const { dedupeKey, route, kind, render } = entry;
      if (existing.has(dedupeKey) || this.keysWritten.has(dedupeKey)) continue;
      this.keysWritten.add(dedupeKey);
      const id = crypto.randomUUID();
      const post = render(id);
      alerts.push({
        id,
        dedupeKey,
        kind,
        alertKey: entry.alertKey,
        subject: entry.subject,
        deadlineKey: entry.deadlineKey,
        step: entry.step,
        memberId: member?.id ?? null,
        platform: route.platform,
        workspaceId: route.workspaceId,
        target: route.target,
        isDirectMessage: route.isDirectMessage,
        post,
      });
      if (this.collect) {
        this.report.planned.push({
          dedupeKey,
          kind,
          member: member?.slug ?? null,
          platform: route.platform,
          workspaceId: route.workspaceId,
          target: route.target,
          isDirectMessage: route.isDirectMessage,
          title: headingOf(post),
          text: post.summary,
        });
      }
    }
    return alerts;
  }

  /**
   * A member whose status changed gets one transaction for the change, its audit and its alerts:
   * both or neither. The others' alerts go in one transaction per batch. A failed transaction is
   * reported and the run goes on; its alerts come again at the next tick.
   */
  private async write(works: MemberWork[]): Promise<void> {
    const alertsOf = (list: MemberWork[]) => list.flatMap((work) => work.alerts);
    if (this.dryRun) {
      for (const work of works) if (work.transition) this.report.transitions.push(work.transition);
      this.report.alerts.created += alertsOf(works).length;
      this.report.alerts.cancelled += works.reduce((sum, work) => sum + work.moot.length, 0);
      return;
    }
    for (const work of works) {
      const { change, transition } = work;
      if (!change || !transition) continue;
      try {
        const outcome = await writeAudited(
          this.db,
          SCHEDULER_ACTOR,
          async (writer) => {
            // A decision (revoke confirm) or another tick may have recorded a status meanwhile: this
            // evaluation is then stale, and the next tick starts from the new record.
            if ((await recordedStatus(writer.tx, change.memberId)) !== work.member.status) return null;
            await recordStatusChange(writer, change);
            return {
              created: await enqueueAlerts(writer.tx, work.alerts, this.now),
              cancelled: await cancelPendingAlerts(writer.tx, work.moot, MOOT_REASON),
            };
          },
          this.now,
        );
        if (!outcome) continue;
        this.report.transitions.push(transition);
        this.report.alerts.created += outcome.created;
        this.report.alerts.cancelled += outcome.cancelled;
      } catch (error) {
        this.fail([work], error);
      }
    }
    const unchanged = works.filter((work) => !work.change);
    const alerts = alertsOf(unchanged);
    const moot = unchanged.flatMap((work) => work.moot);
    if (alerts.length === 0 && moot.length === 0) return;
    try {
      const outcome = await this.db.transaction(async (tx) => ({
        created: await enqueueAlerts(tx, alerts, this.now),
        cancelled: await cancelPendingAlerts(tx, moot, MOOT_REASON),
      }));
      this.report.alerts.created += outcome.created;
      this.report.alerts.cancelled += outcome.cancelled;
    } catch (error) {
      this.fail(unchanged, error);
    }
  }

  private fail(works: MemberWork[], error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    for (const work of works)
      this.report.failures.push({ member: work.member.slug, stage: "write", error: message });
    this.options.logger?.error("scheduler tick: write failed", { members: works.length, error: message });
  }

  /** Spec §7: each country's digest once per period, to its national coordinators and subscribed channels. */
  private async writeCountryDigests(): Promise<void> {
    if (this.countries.size === 0) return;
    const months = this.options.countryDigestMonths ?? DEFAULT_COUNTRY_DIGEST_MONTHS;
    const audiences = await loadCountryAudiences(this.db, [...this.countries.keys()]);
    const addressed: Addressed[] = [];
    for (const [country, input] of this.countries) {
      const audience = audiences.get(country);
      if (!audience) continue;
      const period = digestPeriodOf(input.on, months);
      const key = `${COUNTRY_DIGEST_KIND}:country:${country}:${period.from}`;
      const routes: Route[] = audience.channels.map((channel) =>
        channelRoute(channel, "member_channel", mainLanguage(input.languages)),
      );
      for (const coordinator of audience.coordinators) {
        const route = personRoute(coordinator, "national_coordinator");
        if (route) routes.push(route);
        else
          this.report.skippedRecipients.push({
            member: country,
            alert: key,
            person: coordinator.name,
            role: "national_coordinator",
          });
      }
      for (const route of routes) {
        addressed.push({
          dedupeKey: routedKey(key, route),
          route,
          kind: COUNTRY_DIGEST_KIND,
          alertKey: key,
          subject: { kind: "country", id: country },
          deadlineKey: null,
          step: null,
          render: () => renderCountryDigest(country, period, input.summaries, route.language),
        });
      }
    }
    this.report.alerts.routed += addressed.length;
    const existing = await existingDedupeKeys(
      this.db,
      addressed.map((entry) => entry.dedupeKey),
    );
    const alerts = this.newAlerts(addressed, existing, null);
    if (this.dryRun) {
      this.report.alerts.created += alerts.length;
      return;
    }
    if (alerts.length === 0) return;
    this.report.alerts.created += await this.db.transaction((tx) => enqueueAlerts(tx, alerts, this.now));
  }
}
