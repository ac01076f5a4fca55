import { systemActor, writeAudited } from "../../db/audit.js";
import { recordedStatus, recordStatusChange } from "../../db/repositories/member-status.js";
import { cancelPendingAlerts } from "../../db/repositories/outbox-alerts.js";
import { enqueueAlerts } from "../../outbox/index.js";
import type { MemberWork, TickRun } from "./run.js";

const SCHEDULER_ACTOR = systemActor("scheduler", "rules");
const MOOT_REASON = "cancelled: no longer due when the scheduler re-evaluated";

/**
 * Writes a planned batch. A member whose status changed gets one transaction for the change, its
 * audit and its alerts: both or neither. The others' alerts go in one transaction per batch. A
 * failed transaction is reported and the run goes on; its alerts come again at the next tick.
 * REVOKE-1: a revocation is never recorded here; the Support Unit's confirmation records it.
 */
export async function writeBatch(run: TickRun, works: MemberWork[]): Promise<void> {
  const { db, report } = run;
  const alertsOf = (list: MemberWork[]) => list.flatMap((work) => work.alerts);
  if (run.dryRun) {
    for (const work of works) if (work.transition) report.transitions.push(work.transition);
    report.alerts.created += alertsOf(works).length;
    report.alerts.cancelled += works.reduce((sum, work) => sum + work.moot.length, 0);
    return;
  }
  for (const work of works) {
    const { change, transition } = work;
    if (!change || !transition) continue;
    try {
      const outcome = await writeAudited(
        db,
        SCHEDULER_ACTOR,
        async (writer) => {
          // A decision (revoke confirm) or another tick may have recorded a status meanwhile: this
          // evaluation is then stale, and the next tick starts from the new record.
          if ((await recordedStatus(writer.tx, change.memberId)) !== work.member.status) return null;
          await recordStatusChange(writer, change);
          return {
            // Cancelled first: the count reads the outbox, which a batched transaction must read before writing.
            cancelled: await cancelPendingAlerts(writer.tx, work.moot, MOOT_REASON),
            created: await enqueueAlerts(writer.tx, work.alerts, run.now),
          };
        },
        run.now,
      );
      if (!outcome) continue;
      report.transitions.push(transition);
      report.alerts.created += outcome.created;
      report.alerts.cancelled += outcome.cancelled;
    } catch (error) {
      fail(run, [work], error);
    }
  }
  const unchanged = works.filter((work) => !work.change);
  const alerts = alertsOf(unchanged);
  const moot = unchanged.flatMap((work) => work.moot);
  if (alerts.length === 0 && moot.length === 0) return;
  try {
    const outcome = await db.transaction(async (tx) => ({
      cancelled: await cancelPendingAlerts(tx, moot, MOOT_REASON),
      created: await enqueueAlerts(tx, alerts, run.now),
    }));
    report.alerts.created += outcome.created;
    report.alerts.cancelled += outcome.cancelled;
  } catch (error) {
    fail(run, unchanged, error);
  }
}

function fail(run: TickRun, works: MemberWork[], error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  for (const work of works)
    run.report.failures.push({ member: work.member.slug, stage: "write", error: message });
  run.options.logger?.error("scheduler tick: write failed", { members: works.length, error: message });
}
