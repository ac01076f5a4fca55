/**
 * One measurement of `npm run bench:rules`, run in its own process so its peak RSS is its own.
 *   scan      plain full scan: every row of the tables the facts loader reads, same columns,
 *             paged by rowid through the same driver
 *   load      the facts loader alone (queries, JSON, fact objects), no evaluation
 *   evaluate    `rules evaluate` over all members: loader + engine, as the CLI runs it (a reader thread)
 *   evaluate-1  the same on one thread, to show what the threads buy
 * Prints one JSON line: { ms, peakRssMb, members, rows }.
 */
import { migrateDatabase, openDatabase } from "../src/db/client.js";
import { memberFactBatches } from "../src/db/repositories/member-facts.js";
import { evaluateInParallel } from "../src/runtime/node/evaluate-in-parallel.js";
import { evaluateMembers } from "../src/scheduler/evaluate.js";

const EVALUATED_AT = "2026-11-15";
const PAGE = 50_000;

const SCANNED: Record<string, string> = {
  members: "id, slug, time_zone, mandate_end, joined_on, first_plan_due, country, language",
  coalition_members: "coalition_id, member_id",
  action_plans: "id, member_id, coalition_id, period_start, period_end, submitted_on, status, recorded_on",
  endorsements: "plan_id, organization_id, endorsed_at, withdrawn_at",
  commitments: "id, plan_id, code, status, start_date, end_date, submitted_on, completed_on",
  milestones: "id, commitment_id, start_month, end_month, status",
  progress_updates: "id, commitment_id, milestone_id, posted_at, completion_pct, no_progress",
  milestone_status_changes: "update_id, milestone_id, from_status, to_status",
  meetings: "id, member_id, plan_id, held_on, phase, government_participants, non_government_participants",
  assessments: "id, kind, plan_id, commitment_id, due_on, submitted_on",
  modifications: "id, commitment_id, proposed_on, decision",
  status_decisions: "id, member_id, kind, starts_on, ends_on, status, reason, decided_on",
};

const [mode, file] = process.argv.slice(2);
const handle = await openDatabase({ url: `file:${file}` });
await migrateDatabase(handle.db);
const members = Number((await handle.client.execute("select count(*) as n from members")).rows[0]!.n);

let rows = 0;
const started = performance.now();
if (mode === "scan") {
  for (const [table, columns] of Object.entries(SCANNED)) {
    let after = 0;
    for (;;) {
      const page = await handle.client.execute({
        sql: `select rowid, ${columns} from ${table} where rowid > ? order by rowid limit ${PAGE}`,
        args: [after],
      });
      rows += page.rows.length;
      if (page.rows.length < PAGE) break;
      after = Number(page.rows.at(-1)!.rowid);
    }
  }
} else if (mode === "load") {
  for await (const batch of memberFactBatches(handle.db)) rows += batch.length;
} else if (mode === "evaluate") {
  // As `rules evaluate` runs it over all members: a worker reads, this thread evaluates.
  for await (const batch of evaluateInParallel(handle.db, EVALUATED_AT, { url: `file:${file}` }))
    rows += batch.length;
} else if (mode === "evaluate-1") {
  for await (const batch of evaluateMembers(handle.db, EVALUATED_AT)) rows += batch.length;
} else {
  throw new Error(`unknown mode ${mode}`);
}
const ms = Math.round(performance.now() - started);
handle.close();
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ ms, peakRssMb, members, rows }));
