import { and, desc, eq, gt, isNotNull, like, lt, ne } from "drizzle-orm";
import type { Challenge, MilestoneStatus, Source } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database, Executor } from "../client.js";
import {
  commitments,
  evidence,
  milestoneStatusChanges,
  milestones,
  progressUpdateRevisions,
  progressUpdates,
  updateChallenges,
} from "../schema/index.js";

export type ProgressUpdateRow = typeof progressUpdates.$inferSelect;

/** What an author states in an update (spec §2 Progress update, Annex 4). */
export interface ProgressUpdateContent {
  milestoneId: string | null;
  /** The milestone's status after this update; null leaves it unchanged. */
  milestoneStatus: MilestoneStatus | null;
  completionPct: number | null;
  narrative: string;
  delayReasons: string | null;
  nextSteps: string | null;
  challenges: Challenge[];
  evidenceUrls: string[];
}

export interface ProgressUpdateDetails {
  update: ProgressUpdateRow;
  milestoneChange: { milestoneId: string; fromStatus: MilestoneStatus; toStatus: MilestoneStatus } | null;
  challenges: Challenge[];
  evidenceUrls: string[];
}

/**
 * INACT-3 (§4.1.3) interpretation: a milestone moves forward from not started to in progress or
 * complete, from in progress or blocked to complete, or from blocked to in progress.
 */
export function movesMilestoneForward(from: MilestoneStatus, to: MilestoneStatus): boolean {
  if (from === "not_started") return to === "in_progress" || to === "complete";
  if (from === "in_progress") return to === "complete";
  if (from === "blocked") return to === "complete" || to === "in_progress";
  return false;
}

/** The latest completion percentage stated for a commitment before `before` (INACT-3 compares with it). */
export async function previousCompletion(
  tx: Executor,
  commitmentId: string,
  before: Date,
  excludingUpdateId?: string,
): Promise<number | null> {
  const conditions = [
    eq(progressUpdates.commitmentId, commitmentId),
    isNotNull(progressUpdates.completionPct),
    lt(progressUpdates.postedAt, before),
  ];
  if (excludingUpdateId) conditions.push(ne(progressUpdates.id, excludingUpdateId));
  const [row] = await tx
    .select({ completionPct: progressUpdates.completionPct })
    .from(progressUpdates)
    .where(and(...conditions))
    .orderBy(desc(progressUpdates.postedAt))
    .limit(1);
  return row?.completionPct ?? null;
}

/** INACT-3: does an update show progress? (No progress is the explicit "no progress this quarter" update.) */
function showsProgress(
  change: { fromStatus: MilestoneStatus; toStatus: MilestoneStatus } | null,
  completionPct: number | null,
  previousPct: number | null,
): boolean {
  if (change && movesMilestoneForward(change.fromStatus, change.toStatus)) return true;
  return completionPct !== null && completionPct > (previousPct ?? 0);
}

async function insertEvidenceLinks(
  writer: AuditedWriter,
  updateId: string,
  urls: string[],
  addedBy: string | null,
): Promise<void> {
  for (const url of urls) {
    await writer.insert(evidence, {
      url,
      title: url,
      kind: "implementation_document",
      updateId,
      addedBy,
      addedAt: writer.at,
    });
  }
}

/** Records a public progress update (§3.5.4) with its milestone change, challenges and evidence links. */
export async function recordProgressUpdate(
  writer: AuditedWriter,
  input: { commitmentId: string; authorId: string; source: Source } & ProgressUpdateContent,
): Promise<ProgressUpdateDetails> {
  const { tx, at } = writer;
  let change: ProgressUpdateDetails["milestoneChange"] = null;
  if (input.milestoneId && input.milestoneStatus) {
    const [milestone] = await tx.select().from(milestones).where(eq(milestones.id, input.milestoneId));
    const fromStatus = (milestone?.status ?? "not_started") as MilestoneStatus;
    if (fromStatus !== input.milestoneStatus)
      change = { milestoneId: input.milestoneId, fromStatus, toStatus: input.milestoneStatus };
  }
  const previousPct = await previousCompletion(tx, input.commitmentId, new Date(at.getTime() + 1));
  const update = await writer.insert(progressUpdates, {
    commitmentId: input.commitmentId,
    milestoneId: input.milestoneId,
    authorId: input.authorId,
    postedAt: at,
    source: input.source,
    narrative: input.narrative,
    completionPct: input.completionPct,
    noProgress: !showsProgress(change, input.completionPct, previousPct),
    delayReasons: input.delayReasons,
    nextSteps: input.nextSteps,
  });
  if (change) {
    await writer.insertLinks(milestoneStatusChanges, [{ updateId: update.id, ...change }], {
      entity: "progress_updates",
      id: update.id,
    });
    await writer.update(milestones, change.milestoneId, { status: change.toStatus });
  }
  await writer.insertLinks(
    updateChallenges,
    input.challenges.map((code) => ({ updateId: update.id, code })),
    { entity: "progress_updates", id: update.id },
  );
  await insertEvidenceLinks(writer, update.id, input.evidenceUrls, input.authorId);
  return { update, milestoneChange: change, challenges: input.challenges, evidenceUrls: input.evidenceUrls };
}

export async function loadProgressUpdate(
  db: Executor,
  updateId: string,
): Promise<ProgressUpdateDetails | null> {
  const [update] = await db.select().from(progressUpdates).where(eq(progressUpdates.id, updateId));
  if (!update) return null;
  const [change] = await db
    .select()
    .from(milestoneStatusChanges)
    .where(eq(milestoneStatusChanges.updateId, updateId));
  const challenges = await db
    .select({ code: updateChallenges.code })
    .from(updateChallenges)
    .where(eq(updateChallenges.updateId, updateId));
  const links = await db
    .select({ url: evidence.url })
    .from(evidence)
    .where(eq(evidence.updateId, updateId))
    .orderBy(evidence.addedAt);
  return {
    update,
    milestoneChange: change
      ? {
          milestoneId: change.milestoneId,
          fromStatus: change.fromStatus as MilestoneStatus,
          toStatus: change.toStatus as MilestoneStatus,
        }
      : null,
    challenges: challenges.map((row) => row.code as Challenge),
    evidenceUrls: links.flatMap((row) => (row.url ? [row.url] : [])),
  };
}

/** An update by its full id or the short reference shown in chat (first 8 characters). */
export async function findProgressUpdateIdByRef(db: Database, ref: string): Promise<string | null> {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < 6 || !/^[0-9a-f-]+$/.test(wanted)) return null;
  const rows = await db
    .select({ id: progressUpdates.id })
    .from(progressUpdates)
    .where(like(progressUpdates.id, `${wanted}%`))
    .limit(2);
  return rows.length === 1 ? (rows[0]?.id ?? null) : null;
}

/** The author's latest updates with their commitment codes (to pick one to correct). */
export async function listRecentUpdatesByAuthor(
  db: Database,
  authorId: string,
  limit: number,
): Promise<{ id: string; commitmentCode: string; narrative: string; postedAt: Date }[]> {
  return db
    .select({
      id: progressUpdates.id,
      commitmentCode: commitments.code,
      narrative: progressUpdates.narrative,
      postedAt: progressUpdates.postedAt,
    })
    .from(progressUpdates)
    .innerJoin(commitments, eq(commitments.id, progressUpdates.commitmentId))
    .where(eq(progressUpdates.authorId, authorId))
    .orderBy(desc(progressUpdates.postedAt))
    .limit(limit);
}

/** The author's most recent update, the default subject of `update edit`. */
export async function findLatestUpdateByAuthor(db: Database, authorId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: progressUpdates.id })
    .from(progressUpdates)
    .where(eq(progressUpdates.authorId, authorId))
    .orderBy(desc(progressUpdates.postedAt))
    .limit(1);
  return row?.id ?? null;
}

/**
 * Corrects an update: the version being replaced is kept in `progress_update_revisions` (nothing once
 * published is lost) and every changed row is audited. The milestone's own status follows the
 * correction only when no later update has changed that milestone since.
 */
export async function reviseProgressUpdate(
  writer: AuditedWriter,
  current: ProgressUpdateDetails,
  content: Omit<ProgressUpdateContent, "milestoneId">,
  editorId: string,
): Promise<ProgressUpdateDetails> {
  const { tx, at } = writer;
  const { update } = current;
  await writer.insert(progressUpdateRevisions, {
    updateId: update.id,
    revision: update.revision,
    snapshot: {
      narrative: update.narrative,
      completionPct: update.completionPct,
      delayReasons: update.delayReasons,
      nextSteps: update.nextSteps,
      noProgress: update.noProgress,
      milestoneChange: current.milestoneChange,
      challenges: current.challenges,
      evidenceUrls: current.evidenceUrls,
      editedAt: update.editedAt?.toISOString() ?? null,
    },
    replacedAt: at,
    replacedBy: editorId,
  });

  let change: ProgressUpdateDetails["milestoneChange"] = current.milestoneChange;
  if (update.milestoneId && content.milestoneStatus) {
    const fromStatus =
      current.milestoneChange?.fromStatus ??
      ((
        await tx
          .select({ status: milestones.status })
          .from(milestones)
          .where(eq(milestones.id, update.milestoneId))
      )[0]?.status as MilestoneStatus | undefined) ??
      "not_started";
    change =
      fromStatus === content.milestoneStatus
        ? null
        : { milestoneId: update.milestoneId, fromStatus, toStatus: content.milestoneStatus };
    if (JSON.stringify(change) !== JSON.stringify(current.milestoneChange)) {
      // Read before this update's own change is rewritten: a batched transaction (D1) reads no own writes.
      const [later] = await tx
        .select({ updateId: milestoneStatusChanges.updateId })
        .from(milestoneStatusChanges)
        .innerJoin(progressUpdates, eq(progressUpdates.id, milestoneStatusChanges.updateId))
        .where(
          and(
            eq(milestoneStatusChanges.milestoneId, update.milestoneId),
            gt(progressUpdates.postedAt, update.postedAt),
          ),
        )
        .limit(1);
      await tx.delete(milestoneStatusChanges).where(eq(milestoneStatusChanges.updateId, update.id));
      if (change) await tx.insert(milestoneStatusChanges).values({ updateId: update.id, ...change });
      writer.record("progress_updates", update.id, "update", {
        milestone_status_changes: { before: current.milestoneChange, after: change },
      });
      if (!later)
        await writer.update(milestones, update.milestoneId, { status: change?.toStatus ?? fromStatus });
    }
  }

  const previousPct = await previousCompletion(tx, update.commitmentId, update.postedAt, update.id);
  const revision = {
    narrative: content.narrative,
    completionPct: content.completionPct,
    delayReasons: content.delayReasons,
    nextSteps: content.nextSteps,
    noProgress: !showsProgress(change, content.completionPct, previousPct),
    revision: update.revision + 1,
    editedAt: at,
  };
  await writer.update(progressUpdates, update.id, revision);
  const revised = { ...update, ...revision };

  if (JSON.stringify([...content.challenges].sort()) !== JSON.stringify([...current.challenges].sort())) {
    await tx.delete(updateChallenges).where(eq(updateChallenges.updateId, update.id));
    if (content.challenges.length > 0)
      await tx
        .insert(updateChallenges)
        .values(content.challenges.map((code) => ({ updateId: update.id, code })));
    writer.record("progress_updates", update.id, "update", {
      update_challenges: { before: current.challenges, after: content.challenges },
    });
  }

  const removed = current.evidenceUrls.filter((url) => !content.evidenceUrls.includes(url));
  for (const url of removed) {
    const rows = await tx
      .delete(evidence)
      .where(and(eq(evidence.updateId, update.id), eq(evidence.url, url)))
      .returning({ id: evidence.id });
    for (const row of rows) writer.record("evidence", row.id, "delete", { url, updateId: update.id });
  }
  await insertEvidenceLinks(
    writer,
    update.id,
    content.evidenceUrls.filter((url) => !current.evidenceUrls.includes(url)),
    editorId,
  );

  return {
    update: revised,
    milestoneChange: change,
    challenges: content.challenges,
    evidenceUrls: content.evidenceUrls,
  };
}
