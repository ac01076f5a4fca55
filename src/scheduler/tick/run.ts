import type { Database } from "../../db/client.js";
import type { MemberProfile, SupportUnitSubscription } from "../../db/repositories/alert-audiences.js";
import type { StatusChange } from "../../db/repositories/member-status.js";
import { existingDedupeKeys } from "../../db/repositories/outbox-alerts.js";
import type { RulesConfig } from "../../domain/rules/index.js";
import type { Moment } from "../../domain/time/zone.js";
import type { Language, MemberStatus, Role } from "../../domain/vocabularies.js";
import type { Logger } from "../../logging/logger.js";
import type { Post } from "../../messages/model.js";
import { enqueueAlerts, type NewAlert } from "../../outbox/index.js";
import type { CountryMemberSummary } from "../digests.js";
import type { EvaluatedMember } from "../evaluate.js";
import type { Route } from "../routing.js";

/**
 * What one tick shares between its steps: the options, the report being filled in, and what is
 * gathered across batches (the countries' summaries, the keys already written).
 */

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

/** A member's share of the tick: what changes and what is sent. */
export interface MemberWork {
  member: MemberProfile;
  change: StatusChange | null;
  transition: TransitionReport | null;
  alerts: NewAlert[];
  /** Rows of this member waiting in the outbox that are no longer due. */
  moot: string[];
}

/** An alert addressed to one target, before rendering (most are already in the outbox: rendering waits). */
export interface Addressed {
  dedupeKey: string;
  route: Route;
  kind: string;
  alertKey: string;
  subject: { kind: string; id: string };
  deadlineKey: string | null;
  step: string | null;
  render: (alertId: string) => Post;
}

export interface CountryDigestInput {
  on: string;
  summaries: CountryMemberSummary[];
  languages: Language[];
}

export interface TickRun {
  readonly db: Database;
  readonly at: Moment;
  readonly options: TickOptions;
  /** The clock for what is written (outbox rows, audit). */
  readonly now: Date;
  readonly config: RulesConfig;
  readonly dryRun: boolean;
  readonly report: TickReport;
  readonly countries: Map<string, CountryDigestInput>;
  /** Keys of the alerts this run writes: a coalition's shared subject is reached through each of its members. */
  readonly keysWritten: Set<string>;
  supportUnit: SupportUnitSubscription[];
}

/** The title a dry run shows: the post's first heading. */
const headingOf = (post: Post): string | undefined =>
  post.blocks.find((block) => block.kind === "heading")?.text;

/** Renders the alerts not yet in the outbox, each with the id its row will have; collects them when asked. */
export function newAlerts(
  run: TickRun,
  addressed: Addressed[],
  existing: Set<string>,
  member: MemberProfile | null,
): NewAlert[] {
  const collect = run.dryRun || (run.options.collectAlerts ?? false);
  const alerts: NewAlert[] = [];
  for (const entry of addressed) {
    const { dedupeKey, route, kind, render } = entry;
    if (existing.has(dedupeKey) || run.keysWritten.has(dedupeKey)) continue;
    run.keysWritten.add(dedupeKey);
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
    if (collect) {
      run.report.planned.push({
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
 * Writes digests addressed outside any member's facts (country, circle): those not yet in the
 * outbox, in one transaction; a dry run only counts them.
 */
export async function writeDigestAlerts(run: TickRun, addressed: Addressed[]): Promise<void> {
  const { db, report } = run;
  report.alerts.routed += addressed.length;
  if (addressed.length === 0) return;
  const existing = await existingDedupeKeys(
    db,
    addressed.map((entry) => entry.dedupeKey),
  );
  const alerts = newAlerts(run, addressed, existing, null);
  if (run.dryRun) {
    report.alerts.created += alerts.length;
    return;
  }
  if (alerts.length === 0) return;
  report.alerts.created += await db.transaction((tx) => enqueueAlerts(tx, alerts, run.now));
}
