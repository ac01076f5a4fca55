import { z } from "zod";
import { systemActor, writeAudited } from "../db/audit.js";
import { restoreFormula, splitLines } from "../db/repositories/open-data/cells.js";
import {
  CHALLENGE_LINE,
  IMPORTED_UPDATE_COLUMNS,
  MILESTONE_CHANGE_LINE,
  REQUIRED_UPDATE_COLUMNS,
  UPDATE_COLUMNS,
  type UpdateColumn,
} from "../db/repositories/open-data/update-format.js";
import {
  alignMilestoneStatuses,
  type ExistingUpdate,
  findCommitmentsByCodes,
  findExistingUpdates,
  findPersonsByRefs,
  type ImportCommitment,
  type ImportedUpdateContent,
  insertImportedUpdate,
  listCompletionTimeline,
  reviseImportedUpdate,
} from "../db/repositories/open-data/update-import.js";
import { movesMilestoneForward } from "../db/repositories/progress-updates.js";
import type { MessageParams } from "../domain/message-params.js";
import {
  CHALLENGES,
  completionLevel,
  MILESTONE_STATUSES,
  type MilestoneStatus,
} from "../domain/vocabularies.js";
import type { ServiceDeps } from "./acting.js";
import { UPDATABLE_STATUSES } from "./record-progress-update.js";

/**
 * `cli updates import`: progress updates from a CSV file in the columns of `updates.csv`. Every row
 * is checked before anything is written, and the whole file is written in one audited transaction
 * or not at all. A row is identified by its Update ID: blank, it adds an update; an ID the database
 * has, it corrects that update (unless nothing changed); an ID it has not, it adds the update under
 * that ID, so an export restored into another database keeps its IDs.
 */

/** A problem with one cell (or the header, row 1), as a catalogue key with its parameters. */
export interface ImportProblem {
  /** The spreadsheet's row number: 1 is the header. */
  row: number;
  column: string;
  messageKey: string;
  params: MessageParams;
}

export type UpdateImportResult =
  | { ok: true; created: number; revised: number; unchanged: number }
  | { ok: false; problems: ImportProblem[] };

export interface UpdateImportOptions {
  /** Named in the audit log, e.g. `cli updates import q3.csv`. */
  label: string;
  /**
   * Restoring earlier records (an export of another instance, a tracker's history): the rules for
   * new updates — challenges named (spec §2), a commitment that takes updates — are not applied,
   * as the dossier import does not apply them to history.
   */
  backfill: boolean;
}

/** Longest text cell: generous for a quarter's narrative, bounded against runaway files. */
const MAX_TEXT = 10_000;
const MAX_EVIDENCE_LINKS = 20;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Texts are kept as written (an unchanged export must read back unchanged); blank is missing. */
const text = z
  .string()
  .max(MAX_TEXT, { error: "open_data.import.too_long" })
  .refine((value) => value.trim() !== "", { error: "open_data.import.required" });

const milestoneStatus = z.enum(MILESTONE_STATUSES, { error: "open_data.import.bad_milestone_change" });

/** One row's cells, column by column; each error message is a catalogue key. */
const rowSchema = z.object({
  id: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]{1,64}$/, { error: "open_data.import.bad_id" }),
  ),
  commitment: z.string().trim().min(1, { error: "open_data.import.required" }),
  postedAt: z
    .string()
    .trim()
    .pipe(z.iso.datetime({ offset: true, error: "open_data.import.bad_instant" }))
    .transform((value) => new Date(value)),
  author: optional(z.string().trim()),
  milestone: optional(
    z.coerce
      .number({ error: "open_data.import.bad_position" })
      .int({ error: "open_data.import.bad_position" })
      .min(1, {
        error: "open_data.import.bad_position",
      }),
  ),
  milestoneChanges: z
    .string()
    .default("")
    .transform((cell, context) =>
      splitLines(cell).flatMap((line) => {
        const match = MILESTONE_CHANGE_LINE.exec(line);
        const from = milestoneStatus.safeParse(match?.[2]);
        const to = milestoneStatus.safeParse(match?.[3]);
        if (!match || !from.success || !to.success || from.data === to.data) {
          context.addIssue({ code: "custom", message: "open_data.import.bad_milestone_change" });
          return [];
        }
        return [{ milestone: Number(match[1]), from: from.data, to: to.data }];
      }),
    ),
  completionPct: optional(
    z.coerce
      .number({ error: "open_data.import.bad_percent" })
      .int({ error: "open_data.import.bad_percent" })
      .min(0, { error: "open_data.import.bad_percent" })
      .max(100, { error: "open_data.import.bad_percent" }),
  ),
  noProgress: z
    .string()
    .default("")
    .transform((cell, context) => {
      const value = cell.trim().toLowerCase();
      if (["", "no", "false", "0"].includes(value)) return false;
      if (["yes", "true", "1"].includes(value)) return true;
      context.addIssue({ code: "custom", message: "open_data.import.bad_yes_no" });
      return false;
    }),
  narrative: text,
  delayReasons: optional(text),
  nextSteps: optional(text),
  challenges: z
    .string()
    .default("")
    .transform((cell, context) => {
      const challenges = splitLines(cell).flatMap((line) => {
        const match = CHALLENGE_LINE.exec(line);
        if (!match || !(CHALLENGES as readonly string[]).includes(match[1] ?? "")) {
          context.addIssue({ code: "custom", message: "open_data.import.bad_challenge" });
          return [];
        }
        return [{ code: match[1]!, detail: match[2]?.trim() || null }];
      });
      if (new Set(challenges.map((challenge) => challenge.code)).size !== challenges.length)
        context.addIssue({ code: "custom", message: "open_data.import.repeated_challenge" });
      return challenges;
    }),
  evidence: z
    .string()
    .default("")
    .transform((cell, context) => {
      const urls = splitLines(cell);
      if (urls.some((url) => !z.url({ protocol: /^https?$/ }).safeParse(url).success))
        context.addIssue({ code: "custom", message: "open_data.import.bad_link" });
      if (urls.length > MAX_EVIDENCE_LINKS)
        context.addIssue({ code: "custom", message: "open_data.import.too_many_links" });
      return [...new Set(urls)];
    }),
});

type ParsedRow = z.output<typeof rowSchema> & { row: number };

const COLUMN_BY_NAME = new Map(
  (Object.entries(UPDATE_COLUMNS) as [UpdateColumn, string][]).map(([key, name]) => [
    name.toLowerCase(),
    key,
  ]),
);

/** The header's columns, or the problems with it (unknown, repeated or missing columns). */
function readHeader(
  header: readonly string[],
): { columns: (UpdateColumn | null)[] } | { problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<UpdateColumn>();
  const columns = header.map((raw) => {
    const name = restoreFormula(raw)
      .replace(/^\uFEFF/, "")
      .trim();
    const column = COLUMN_BY_NAME.get(name.toLowerCase());
    if (!column) {
      problems.push({ row: 1, column: name, messageKey: "open_data.import.unknown_column", params: {} });
      return null;
    }
    if (seen.has(column))
      problems.push({ row: 1, column: name, messageKey: "open_data.import.repeated_column", params: {} });
    seen.add(column);
    return (IMPORTED_UPDATE_COLUMNS as readonly string[]).includes(column) ? column : null;
  });
  for (const column of REQUIRED_UPDATE_COLUMNS)
    if (!seen.has(column))
      problems.push({
        row: 1,
        column: UPDATE_COLUMNS[column],
        messageKey: "open_data.import.missing_column",
        params: {},
      });
  return problems.length > 0 ? { problems } : { columns };
}

const sameList = <T>(a: readonly T[], b: readonly T[], key: (item: T) => string) =>
  JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());

function unchanged(current: ExistingUpdate, content: ImportedUpdateContent): boolean {
  return (
    current.authorId === content.authorId &&
    current.milestoneId === content.milestoneId &&
    current.completionPct === content.completionPct &&
    current.noProgress === content.noProgress &&
    current.narrative === content.narrative &&
    current.delayReasons === content.delayReasons &&
    current.nextSteps === content.nextSteps &&
    sameList(
      current.milestoneChanges,
      content.milestoneChanges,
      (c) => `${c.milestoneId}:${c.fromStatus}:${c.toStatus}`,
    ) &&
    sameList(current.challenges, content.challenges, (c) => `${c.code}:${c.detail ?? ""}`) &&
    sameList(current.evidenceUrls, content.evidenceUrls, (url) => url)
  );
}

interface PlannedRow {
  row: ParsedRow;
  commitment: ImportCommitment;
  content: ImportedUpdateContent;
  existing: ExistingUpdate | undefined;
}

export async function importProgressUpdates(
  deps: ServiceDeps,
  table: { header: readonly string[]; rows: readonly (readonly string[])[] },
  options: UpdateImportOptions,
): Promise<UpdateImportResult> {
  const header = readHeader(table.header);
  if ("problems" in header) return { ok: false, problems: header.problems };
  const problems: ImportProblem[] = [];
  const problem = (
    row: number,
    column: UpdateColumn | null,
    messageKey: string,
    params: MessageParams = {},
  ) => problems.push({ row, column: column ? UPDATE_COLUMNS[column] : "", messageKey, params });

  const parsed: ParsedRow[] = [];
  table.rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === "")) return;
    if (cells.length !== table.header.length) {
      problem(row, null, "open_data.import.cell_count", {
        cells: cells.length,
        columns: table.header.length,
      });
      return;
    }
    const values: Record<string, string> = {};
    header.columns.forEach((column, position) => {
      if (column) values[column] = restoreFormula(cells[position] ?? "");
    });
    const result = rowSchema.safeParse(values);
    if (result.success) parsed.push({ ...result.data, row });
    else
      for (const issue of result.error.issues)
        problem(
          row,
          issue.path[0] as UpdateColumn,
          issue.message.startsWith("open_data.") ? issue.message : "open_data.import.required",
        );
  });

  const [commitmentsByCode, people, existingById] = await Promise.all([
    findCommitmentsByCodes(
      deps.db,
      parsed.map((row) => row.commitment),
    ),
    findPersonsByRefs(
      deps.db,
      parsed.flatMap((row) => (row.author ? [row.author] : [])),
    ),
    findExistingUpdates(
      deps.db,
      parsed.flatMap((row) => (row.id ? [row.id] : [])),
    ),
  ]);

  const planned: PlannedRow[] = [];
  const idsInFile = new Set<string>();
  for (const row of parsed) {
    const before = problems.length;
    const commitment = commitmentsByCode.get(row.commitment.toLowerCase());
    if (!commitment) {
      problem(row.row, "commitment", "open_data.import.no_commitment", { code: row.commitment });
      continue;
    }
    if (row.id) {
      if (idsInFile.has(row.id)) problem(row.row, "id", "open_data.import.repeated_id");
      idsInFile.add(row.id);
    }
    const existing = row.id ? existingById.get(row.id) : undefined;
    if (existing && existing.commitmentId !== commitment.id)
      problem(row.row, "commitment", "open_data.import.moved_update");
    if (existing && existing.postedAt.getTime() !== row.postedAt.getTime())
      problem(row.row, "postedAt", "open_data.import.moved_posting");
    if (row.postedAt.getTime() > deps.now.getTime()) problem(row.row, "postedAt", "open_data.import.future");
    const authorId = row.author ? (people.get(row.author.toLowerCase()) ?? null) : null;
    if (row.author && !authorId)
      problem(row.row, "author", "open_data.import.no_person", { person: row.author });
    const milestoneOf = (position: number, column: UpdateColumn) => {
      const milestone = commitment.milestones.get(position);
      if (!milestone)
        problem(row.row, column, "open_data.import.no_milestone", { position, code: commitment.code });
      return milestone?.id ?? null;
    };
    const milestoneId = row.milestone === undefined ? null : milestoneOf(row.milestone, "milestone");
    const milestoneChanges = row.milestoneChanges.flatMap((change) => {
      const id = milestoneOf(change.milestone, "milestoneChanges");
      return id ? [{ milestoneId: id, fromStatus: change.from, toStatus: change.to }] : [];
    });
    if (new Set(milestoneChanges.map((change) => change.milestoneId)).size !== milestoneChanges.length)
      problem(row.row, "milestoneChanges", "open_data.import.repeated_milestone");
    if (problems.length > before) continue;
    planned.push({
      row,
      commitment,
      existing,
      content: {
        authorId,
        milestoneId,
        milestoneChanges,
        completionPct: row.completionPct ?? null,
        noProgress: row.noProgress,
        narrative: row.narrative,
        delayReasons: row.delayReasons ?? null,
        nextSteps: row.nextSteps ?? null,
        challenges: row.challenges,
        evidenceUrls: row.evidence,
      },
    });
  }
  const writes = planned.filter((entry) => !entry.existing || !unchanged(entry.existing, entry.content));
  if (!options.backfill) await checkNewUpdateRules(deps, planned, writes, problem);
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };

  await writeAudited(
    deps.db,
    systemActor("import", options.label),
    async (writer) => {
      for (const { row, commitment, content, existing } of writes) {
        if (existing) await reviseImportedUpdate(writer, existing, content);
        else
          await insertImportedUpdate(writer, {
            id: row.id ?? null,
            commitmentId: commitment.id,
            postedAt: row.postedAt,
            ...content,
          });
      }
      await alignMilestoneStatuses(
        writer,
        writes.flatMap((entry) => [
          ...entry.content.milestoneChanges.map((change) => change.milestoneId),
          ...(entry.existing?.milestoneChanges.map((change) => change.milestoneId) ?? []),
        ]),
      );
    },
    deps.now,
  );
  const revised = writes.filter((entry) => entry.existing).length;
  return { ok: true, created: writes.length - revised, revised, unchanged: planned.length - writes.length };
}

/**
 * What the chat form asks of an update it publishes, asked of every row that writes: the
 * commitment takes updates (active or completed), and an update that shows no progress or leaves
 * the commitment not started or limited names its challenges (spec §2 Progress update; progress as
 * INACT-3 reads it, §4.1.3).
 */
async function checkNewUpdateRules(
  deps: ServiceDeps,
  planned: readonly PlannedRow[],
  writes: readonly PlannedRow[],
  problem: (row: number, column: UpdateColumn | null, messageKey: string, params?: MessageParams) => void,
): Promise<void> {
  const timeline = await listCompletionTimeline(deps.db, [
    ...new Set(writes.map((entry) => entry.commitment.id)),
  ]);
  // The file's version of an update replaces the database's; its new updates join the timeline.
  const replaced = new Set(planned.flatMap((entry) => (entry.row.id ? [entry.row.id] : [])));
  const stated = [
    ...timeline.filter((update) => !replaced.has(update.id)),
    ...planned.map((entry) => ({
      commitmentId: entry.commitment.id,
      postedAt: entry.row.postedAt,
      completionPct: entry.content.completionPct,
    })),
  ];
  /** The completion the commitment had before an update: the latest stated by an earlier one. */
  const previousCompletion = (commitmentId: string, postedAt: Date): number | null => {
    let latest: { postedAt: Date; completionPct: number } | null = null;
    for (const update of stated) {
      if (update.commitmentId !== commitmentId || update.completionPct === null) continue;
      if (update.postedAt >= postedAt || (latest && latest.postedAt >= update.postedAt)) continue;
      latest = { postedAt: update.postedAt, completionPct: update.completionPct };
    }
    return latest?.completionPct ?? null;
  };

  for (const entry of writes) {
    const { row, commitment, content } = entry;
    if (!(UPDATABLE_STATUSES as readonly string[]).includes(commitment.status))
      problem(row.row, "commitment", "open_data.import.not_updatable", {
        code: commitment.code,
        status: commitment.status,
      });
    if (content.challenges.length > 0) continue;
    const previousPct = previousCompletion(commitment.id, row.postedAt);
    const forward = content.milestoneChanges.some((change) =>
      movesMilestoneForward(change.fromStatus as MilestoneStatus, change.toStatus as MilestoneStatus),
    );
    const raised = content.completionPct !== null && content.completionPct > (previousPct ?? 0);
    const level = completionLevel(content.completionPct ?? previousPct);
    if (content.noProgress || (!forward && !raised) || level === "not_started" || level === "limited")
      problem(row.row, "challenges", "open_data.import.challenges_needed");
  }
}
