import { completionLevel } from "../../../domain/vocabularies.js";
import { instantCell, joinLines, yesNo } from "./cells.js";
import type { OpenUpdate } from "./updates.js";

/**
 * The columns of `updates.csv`, which `cli updates import` reads back. The import writes the
 * editable ones; the others describe the row and are ignored when present.
 */
export const UPDATE_COLUMNS = {
  id: "Update ID",
  commitment: "Commitment Unique Identifier",
  members: "Member",
  postedAt: "Posted At",
  author: "Author",
  source: "Source",
  milestone: "Milestone",
  milestoneChanges: "Milestone Changes",
  completionPct: "Completion %",
  completion: "Completion",
  noProgress: "No Progress",
  narrative: "Narrative",
  delayReasons: "Delay Reasons",
  nextSteps: "Next Steps",
  challenges: "Challenges",
  evidence: "Evidence",
  revision: "Revision",
  editedAt: "Edited At",
} as const;

export type UpdateColumn = keyof typeof UPDATE_COLUMNS;

export const UPDATE_CSV_HEADER: readonly string[] = Object.values(UPDATE_COLUMNS);

/** Columns the import reads; the rest are for readers of the file. */
export const IMPORTED_UPDATE_COLUMNS = [
  "id",
  "commitment",
  "postedAt",
  "author",
  "milestone",
  "milestoneChanges",
  "completionPct",
  "noProgress",
  "narrative",
  "delayReasons",
  "nextSteps",
  "challenges",
  "evidence",
] as const satisfies readonly UpdateColumn[];

export const REQUIRED_UPDATE_COLUMNS = [
  "commitment",
  "postedAt",
  "narrative",
] as const satisfies readonly UpdateColumn[];

/** `2: not_started -> in_progress`: one line per milestone the update moved. */
export const milestoneChangeCell = (change: { milestone: number; from: string; to: string }): string =>
  `${change.milestone}: ${change.from} -> ${change.to}`;

export const MILESTONE_CHANGE_LINE = /^(\d+)\s*:\s*([a-z_]+)\s*->\s*([a-z_]+)$/;

/** `approval_delay: waiting for the council`, or the code alone: one line per challenge. */
export const challengeCell = (challenge: { code: string; detail: string | null }): string =>
  challenge.detail ? `${challenge.code}: ${challenge.detail.replace(/\s*[\r\n]+\s*/g, " ")}` : challenge.code;

export const CHALLENGE_LINE = /^([a-z_]+)\s*(?::\s*(.*))?$/;

/** One update as a record of `updates.csv`, in `UPDATE_CSV_HEADER` order. */
export function updateRecord(update: OpenUpdate): string[] {
  const cells: Record<UpdateColumn, string> = {
    id: update.id,
    commitment: update.commitmentCode,
    members: update.owners.map((owner) => owner.slug).join("; "),
    postedAt: instantCell(update.postedAt),
    author: update.author ?? "",
    source: update.source,
    milestone: update.milestone === null ? "" : String(update.milestone),
    milestoneChanges: joinLines(update.milestoneChanges.map(milestoneChangeCell)),
    completionPct: update.completionPct === null ? "" : String(update.completionPct),
    completion: completionLevel(update.completionPct),
    noProgress: yesNo(update.noProgress),
    narrative: update.narrative,
    delayReasons: update.delayReasons ?? "",
    nextSteps: update.nextSteps ?? "",
    challenges: joinLines(update.challenges.map(challengeCell)),
    evidence: joinLines(update.evidenceUrls),
    revision: String(update.revision),
    editedAt: instantCell(update.editedAt),
  };
  return (Object.keys(UPDATE_COLUMNS) as UpdateColumn[]).map((column) => cells[column]);
}
