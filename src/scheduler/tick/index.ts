import type { Database } from "../../db/client.js";
import { listSupportUnitSubscriptions } from "../../db/repositories/alert-audiences.js";
import { type MemberEvaluation, SPEC_RULES_CONFIG } from "../../domain/rules/index.js";
import type { Moment } from "../../domain/time/zone.js";
import { evaluateMembers } from "../evaluate.js";
import { writeCircleDigests } from "./circle-digests.js";
import { writeCountryDigests } from "./digests.js";
import { planBatch } from "./plan.js";
import type { TickOptions, TickReport, TickRun } from "./run.js";
import { writeBatch } from "./write.js";

export {
  DEFAULT_COUNTRY_DIGEST_MONTHS,
  type PlannedAlert,
  type SkippedRecipientReport,
  type TickOptions,
  type TickReport,
  type TransitionReport,
} from "./run.js";

/**
 * One scheduler run, the same on every runtime: evaluates every member's rules at `at`, plans each
 * batch (status transitions, alerts due, digests; `plan.ts`), writes it (`write.ts`), then the
 * country digests (`digests.ts`) and the circles' weekly digests (`circle-digests.ts`). Every
 * alert's outbox key is its rule, subject, period and step plus its target, so however often it
 * runs, each reminder step reaches each target once.
 */
export async function tick(db: Database, at: Moment, options: TickOptions = {}): Promise<TickReport> {
  const dryRun = options.dryRun ?? false;
  const run: TickRun = {
    db,
    at,
    options,
    now: options.now?.() ?? new Date(),
    config: options.config ?? SPEC_RULES_CONFIG,
    dryRun,
    report: {
      at: typeof at === "string" ? at : new Date(at).toISOString(),
      dryRun,
      evaluated: 0,
      failures: [],
      transitions: [],
      alerts: { routed: 0, created: 0, cancelled: 0 },
      skippedRecipients: [],
      planned: [],
    },
    countries: new Map(),
    keysWritten: new Set(),
    supportUnit: await listSupportUnitSubscriptions(db),
  };
  const evaluate = options.evaluate ?? ((day: Moment) => evaluateMembers(db, day, {}, run.config));
  for await (const batch of evaluate(at)) {
    const evaluations: MemberEvaluation[] = [];
    for (const entry of batch) {
      if (entry.evaluation) evaluations.push(entry.evaluation);
      else run.report.failures.push({ member: entry.member.slug, stage: "evaluate", error: entry.error });
    }
    run.report.evaluated += evaluations.length;
    await writeBatch(run, await planBatch(run, evaluations));
  }
  await writeCountryDigests(run);
  await writeCircleDigests(run);
  return run.report;
}
