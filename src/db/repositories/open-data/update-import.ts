import { and, asc, desc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { AuditedWriter } from "../../audit.js";
import type { Database, Executor } from "../../client.js";
import {
  commitments,
  evidence,
  milestoneStatusChanges,
  milestones,
  persons,
  progressUpdateRevisions,
  progressUpdates,
  updateChallenges,
} from "../../schema/index.js";

/** What `cli updates import` checks rows against, read once for the whole file. */

export interface ImportCommitment {
  id: string;
  code: string;
  status: string;
  /** Milestone id and recorded status by position. */
  milestones: Map<number, { id: string; status: string }>;
}

/** An update's content as the CSV states it, resolved to ids. */
export interface ImportedUpdateContent {
  authorId: string | null;
  milestoneId: string | null;
  milestoneChanges: { milestoneId: string; fromStatus: string; toStatus: string }[];
  completionPct: number | null;
  noProgress: boolean;
  narrative: string;
  delayReasons: string | null;
  nextSteps: string | null;
  challenges: { code: string; detail: string | null }[];
  evidenceUrls: string[];
}

export interface ExistingUpdate extends ImportedUpdateContent {
  id: string;
  commitmentId: string;
  postedAt: Date;
  revision: number;
  editedAt: Date | null;
}

export async function findCommitmentsByCodes(
  db: Database,
  codes: readonly string[],
): Promise<Map<string, ImportCommitment>> {
  const found = new Map<string, ImportCommitment>();
  const wanted = [...new Set(codes.map((code) => code.trim().toLowerCase()))].filter(Boolean);
  if (wanted.length === 0) return found;
  const rows = await db
    .select({ id: commitments.id, code: commitments.code, status: commitments.status })
    .from(commitments)
    .where(inArray(sql`lower(${commitments.code})`, wanted));
  const milestoneRows =
    rows.length > 0
      ? await db
          .select({
            id: milestones.id,
            commitmentId: milestones.commitmentId,
            position: milestones.position,
            status: milestones.status,
          })
          .from(milestones)
          .where(
            inArray(
              milestones.commitmentId,
              rows.map((row) => row.id),
            ),
          )
      : [];
  for (const row of rows) {
    const own = milestoneRows.filter((milestone) => milestone.commitmentId === row.id);
    found.set(row.code.toLowerCase(), {
      ...row,
      milestones: new Map(own.map((milestone) => [milestone.position, milestone])),
    });
  }
  return found;
}

/** People named by email or by their exact name, any case; a name two people share names nobody. */
export async function findPersonsByRefs(db: Database, refs: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(refs.map((ref) => ref.trim().toLowerCase()))].filter(Boolean);
  const found = new Map<string, string>();
  if (wanted.length === 0) return found;
  const rows = await db
    .select({ id: persons.id, name: persons.name, email: persons.email })
    .from(persons)
    .where(or(inArray(sql`lower(${persons.email})`, wanted), inArray(sql`lower(${persons.name})`, wanted)));
  const ambiguous = new Set<string>();
  for (const row of rows) {
    found.set(row.email.toLowerCase(), row.id);
    const name = row.name.toLowerCase();
    if (found.has(name) && found.get(name) !== row.id) ambiguous.add(name);
    else found.set(name, row.id);
  }
  for (const name of ambiguous) found.delete(name);
  return found;
}

export async function findExistingUpdates(
  db: Database,
  ids: readonly string[],
): Promise<Map<string, ExistingUpdate>> {
  const found = new Map<string, ExistingUpdate>();
  if (ids.length === 0) return found;
  const wanted = [...new Set(ids)];
  const [rows, changes, challenges, links] = await Promise.all([
    db.select().from(progressUpdates).where(inArray(progressUpdates.id, wanted)),
    db.select().from(milestoneStatusChanges).where(inArray(milestoneStatusChanges.updateId, wanted)),
    db.select().from(updateChallenges).where(inArray(updateChallenges.updateId, wanted)),
    db
      .select({ updateId: evidence.updateId, url: evidence.url })
      .from(evidence)
      .where(and(inArray(evidence.updateId, wanted), isNotNull(evidence.url)))
      .orderBy(asc(evidence.addedAt), asc(evidence.id)),
  ]);
  for (const row of rows) {
    found.set(row.id, {
      id: row.id,
      commitmentId: row.commitmentId,
      postedAt: row.postedAt,
      revision: row.revision,
      editedAt: row.editedAt,
      authorId: row.authorId,
      milestoneId: row.milestoneId,
      milestoneChanges: changes
        .filter((change) => change.updateId === row.id)
        .map(({ milestoneId, fromStatus, toStatus }) => ({ milestoneId, fromStatus, toStatus })),
      completionPct: row.completionPct,
      noProgress: row.noProgress,
      narrative: row.narrative,
      delayReasons: row.delayReasons,
      nextSteps: row.nextSteps,
      challenges: challenges
        .filter((challenge) => challenge.updateId === row.id)
        .map(({ code, detail }) => ({ code, detail })),
      evidenceUrls: links.flatMap((link) => (link.updateId === row.id && link.url ? [link.url] : [])),
    });
  }
  return found;
}

/** Every update of the commitments, oldest first: the timeline completions are compared along. */
export async function listCompletionTimeline(
  db: Database,
  commitmentIds: readonly string[],
): Promise<{ id: string; commitmentId: string; postedAt: Date; completionPct: number | null }[]> {
  if (commitmentIds.length === 0) return [];
  return db
    .select({
      id: progressUpdates.id,
      commitmentId: progressUpdates.commitmentId,
      postedAt: progressUpdates.postedAt,
      completionPct: progressUpdates.completionPct,
    })
    .from(progressUpdates)
    .where(inArray(progressUpdates.commitmentId, [...commitmentIds]))
    .orderBy(asc(progressUpdates.postedAt), asc(progressUpdates.id));
}

async function insertContent(
  writer: AuditedWriter,
  updateId: string,
  content: ImportedUpdateContent,
  at: Date,
) {
  const owner = { entity: "progress_updates", id: updateId };
  await writer.insertLinks(
    milestoneStatusChanges,
    content.milestoneChanges.map((change) => ({ updateId, ...change })),
    owner,
  );
  await writer.insertLinks(
    updateChallenges,
    content.challenges.map((challenge) => ({ updateId, ...challenge })),
    owner,
  );
  for (const url of content.evidenceUrls) {
    await writer.insert(evidence, {
      url,
      title: url,
      kind: "implementation_document",
      updateId,
      addedBy: content.authorId,
      addedAt: at,
    });
  }
}

/** A new update, with the id the file gave it when it gave one (an export restored elsewhere keeps its ids). */
export async function insertImportedUpdate(
  writer: AuditedWriter,
  update: { id: string | null; commitmentId: string; postedAt: Date } & ImportedUpdateContent,
): Promise<void> {
  const row = await writer.insert(progressUpdates, {
    ...(update.id ? { id: update.id } : {}),
    commitmentId: update.commitmentId,
    milestoneId: update.milestoneId,
    authorId: update.authorId,
    postedAt: update.postedAt,
    source: "import",
    narrative: update.narrative,
    completionPct: update.completionPct,
    noProgress: update.noProgress,
    delayReasons: update.delayReasons,
    nextSteps: update.nextSteps,
  });
  await insertContent(writer, row.id, update, update.postedAt);
}

/**
 * A correction from the file: the version replaced goes to `progress_update_revisions` (nothing once
 * published is lost), then the update takes the file's content.
 */
export async function reviseImportedUpdate(
  writer: AuditedWriter,
  current: ExistingUpdate,
  content: ImportedUpdateContent,
): Promise<void> {
  const { tx, at } = writer;
  await writer.insert(progressUpdateRevisions, {
    updateId: current.id,
    revision: current.revision,
    snapshot: {
      authorId: current.authorId,
      milestoneId: current.milestoneId,
      narrative: current.narrative,
      completionPct: current.completionPct,
      delayReasons: current.delayReasons,
      nextSteps: current.nextSteps,
      noProgress: current.noProgress,
      milestoneChanges: current.milestoneChanges,
      challenges: current.challenges,
      evidenceUrls: current.evidenceUrls,
      editedAt: current.editedAt?.toISOString() ?? null,
    },
    replacedAt: at,
    replacedBy: null,
  });
  await writer.update(progressUpdates, current.id, {
    authorId: content.authorId,
    milestoneId: content.milestoneId,
    narrative: content.narrative,
    completionPct: content.completionPct,
    noProgress: content.noProgress,
    delayReasons: content.delayReasons,
    nextSteps: content.nextSteps,
    revision: current.revision + 1,
    editedAt: at,
  });
  await tx.delete(milestoneStatusChanges).where(eq(milestoneStatusChanges.updateId, current.id));
  await tx.delete(updateChallenges).where(eq(updateChallenges.updateId, current.id));
  writer.record("progress_updates", current.id, "update", {
    milestone_status_changes: { before: current.milestoneChanges, after: content.milestoneChanges },
    update_challenges: { before: current.challenges, after: content.challenges },
  });
  const removed = current.evidenceUrls.filter((url) => !content.evidenceUrls.includes(url));
  for (const url of removed) {
    const rows = await tx
      .delete(evidence)
      .where(and(eq(evidence.updateId, current.id), eq(evidence.url, url)))
      .returning({ id: evidence.id });
    for (const row of rows) writer.record("evidence", row.id, "delete", { url, updateId: current.id });
  }
  // Changes and challenges were cleared above: all of the file's go in; evidence links only the new ones.
  await insertContent(
    writer,
    current.id,
    { ...content, evidenceUrls: content.evidenceUrls.filter((url) => !current.evidenceUrls.includes(url)) },
    at,
  );
}

/**
 * A milestone's recorded status is the one its latest change (by posting time) moved it to; after
 * an import, each milestone the file touched is brought in line with that.
 */
export async function alignMilestoneStatuses(writer: AuditedWriter, milestoneIds: readonly string[]) {
  for (const milestoneId of new Set(milestoneIds)) {
    const [latest] = await latestChange(writer.tx, milestoneId);
    const [current] = await writer.tx
      .select({ status: milestones.status })
      .from(milestones)
      .where(eq(milestones.id, milestoneId));
    if (latest && current && current.status !== latest.toStatus)
      await writer.update(milestones, milestoneId, { status: latest.toStatus });
  }
}

function latestChange(tx: Executor, milestoneId: string) {
  return tx
    .select({ toStatus: milestoneStatusChanges.toStatus })
    .from(milestoneStatusChanges)
    .innerJoin(progressUpdates, eq(progressUpdates.id, milestoneStatusChanges.updateId))
    .where(eq(milestoneStatusChanges.milestoneId, milestoneId))
    .orderBy(desc(progressUpdates.postedAt), desc(progressUpdates.id))
    .limit(1);
}
