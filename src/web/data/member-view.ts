import type { Database } from "../../db/client.js";
import { findCommitmentByCode } from "../../db/repositories/commitments.js";
import { loadMemberFacts } from "../../db/repositories/member-facts.js";
import { findMemberByRef, findMembersByIds, type MemberRow } from "../../db/repositories/member-lookup.js";
import {
  loadCommitmentClassifications,
  loadPublicRecord,
  type PublicCommitment,
  type PublicRecord,
} from "../../db/repositories/public-record.js";
import { evaluateMember, type MemberEvaluation } from "../../domain/rules/index.js";

/** A member's public record with what the rules engine says of it on the day of `now` (spec §5, §6, §8). */
export interface MemberView {
  record: PublicRecord;
  /** Null only for a member whose facts could not be read (none recorded yet). */
  evaluation: MemberEvaluation | null;
  /** The newest fact the page shows: its `Last-Modified`. */
  lastChanged: Date;
  lastUpdateAt: Date | null;
}

export async function loadMemberView(db: Database, ref: string, now: Date): Promise<MemberView | null> {
  const member = await findMemberByRef(db, ref);
  return member ? viewOf(db, member, now) : null;
}

async function viewOf(db: Database, member: MemberRow, now: Date, planId?: string): Promise<MemberView> {
  const [record, [facts]] = await Promise.all([
    loadPublicRecord(db, member, planId),
    loadMemberFacts(db, [member.id]),
  ]);
  const updates = record.commitments.flatMap((entry) => entry.updates);
  const lastUpdateAt = updates.reduce<Date | null>(
    (latest, entry) => (latest && latest >= entry.update.postedAt ? latest : entry.update.postedAt),
    null,
  );
  return {
    record,
    evaluation: facts ? evaluateMember(facts, now) : null,
    lastChanged: newestFact(record),
    lastUpdateAt,
  };
}

/** One commitment in full (Annex 2) with its member's view, whichever plan of the member it belongs to. */
export interface CommitmentView {
  view: MemberView;
  entry: PublicCommitment;
  sectors: string[];
  ogpValues: string[];
}

export async function loadCommitmentView(
  db: Database,
  code: string,
  now: Date,
): Promise<CommitmentView | null> {
  const found = await findCommitmentByCode(db, code);
  const [memberId] = found?.memberIds ?? [];
  const [member] = found && memberId ? await findMembersByIds(db, [memberId]) : [];
  if (!found || !member) return null;
  const [view, classifications] = await Promise.all([
    viewOf(db, member, now, found.commitment.planId),
    loadCommitmentClassifications(db, found.commitment.id),
  ]);
  const entry = view.record.commitments.find((candidate) => candidate.commitment.id === found.commitment.id);
  return entry ? { view, entry, ...classifications } : null;
}

function newestFact(record: PublicRecord): Date {
  const instants: (Date | null | undefined)[] = [record.member.createdAt, record.plan?.createdAt];
  for (const row of record.statusHistory) instants.push(row.recordedAt);
  for (const row of record.meetings) instants.push(row.createdAt);
  for (const row of record.endorsements) instants.push(row.endorsedAt, row.withdrawnAt);
  for (const row of record.assessments) instants.push(row.createdAt);
  for (const row of record.planEvidence) instants.push(row.addedAt);
  for (const entry of record.commitments) {
    instants.push(entry.commitment.createdAt);
    for (const row of entry.evidence) instants.push(row.addedAt);
    for (const { update, comments } of entry.updates) {
      instants.push(update.postedAt, update.editedAt);
      for (const comment of comments) instants.push(comment.moderatedAt);
    }
  }
  let newest = 0;
  for (const instant of instants) if (instant && instant.getTime() > newest) newest = instant.getTime();
  return new Date(newest);
}
