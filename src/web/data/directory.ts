import type { Database } from "../../db/client.js";
import { loadMemberFacts } from "../../db/repositories/member-facts.js";
import type { MemberRow } from "../../db/repositories/member-lookup.js";
import {
  listMemberCountries,
  listMembersOfCountry,
  type MemberSearch,
  type PlanProgress,
  progressOfMembers,
  searchMembers,
} from "../../db/repositories/public-directory.js";
import { evaluateMember, type MemberEvaluation } from "../../domain/rules/index.js";
import { addMonths, parseIsoDate, toIsoDate } from "../../domain/time/civil.js";

export type { MemberSearch } from "../../db/repositories/public-directory.js";

/** One member in a list: what `/`, the country view and `/api/v1/members` show side by side. */
export interface MemberSummaryView {
  member: MemberRow;
  progress: PlanProgress;
  evaluation: MemberEvaluation | null;
  /** Due items past their date (spec §6 "overdue"); null when the list was not evaluated. */
  overdue: number | null;
}

export interface DirectoryPage {
  items: MemberSummaryView[];
  total: number;
  page: number;
  perPage: number;
  pages: number;
}

/** Spec §7 compares meetings "held" over a year: the 12 months before the day of `now`. */
function yearBefore(now: Date): string {
  const today = parseIsoDate(now.toISOString().slice(0, 10)) ?? 0;
  return toIsoDate(addMonths(today, -12));
}

/**
 * Each member with its plan's progress and, when `evaluate` (a page of a list, not a whole
 * country: evaluating a thousand members' facts per request would take seconds), the rules' verdict.
 */
async function summarize(
  db: Database,
  rows: MemberRow[],
  now: Date,
  evaluate: boolean,
): Promise<MemberSummaryView[]> {
  const ids = rows.map((member) => member.id);
  const [progress, facts] = await Promise.all([
    progressOfMembers(db, ids, yearBefore(now)),
    evaluate && ids.length > 0 ? loadMemberFacts(db, ids) : Promise.resolve([]),
  ]);
  const evaluations = new Map(facts.map((entry) => [entry.member.id, evaluateMember(entry, now)]));
  return rows.map((member) => {
    const evaluation = evaluations.get(member.id) ?? null;
    return {
      member,
      progress: progress.get(member.id)!,
      evaluation,
      overdue: evaluation ? evaluation.dueItems.filter((item) => item.overdue).length : null,
    };
  });
}

/** A page (from 1) of the members matching a search, each with its progress and status reasons. */
export async function loadDirectory(
  db: Database,
  search: MemberSearch,
  page: number,
  perPage: number,
  now: Date,
): Promise<DirectoryPage> {
  const { rows, total } = await searchMembers(db, search, { offset: (page - 1) * perPage, limit: perPage });
  return {
    items: await summarize(db, rows, now, true),
    total,
    page,
    perPage,
    pages: Math.max(1, Math.ceil(total / perPage)),
  };
}

export { listMemberCountries };

/** Spec §7 country view: every member of a country; null when the country has none. */
export async function loadCountryView(
  db: Database,
  country: string,
  now: Date,
): Promise<{ country: string; members: MemberSummaryView[] } | null> {
  const rows = await listMembersOfCountry(db, country.toUpperCase());
  if (rows.length === 0) return null;
  return { country: country.toUpperCase(), members: await summarize(db, rows, now, false) };
}
