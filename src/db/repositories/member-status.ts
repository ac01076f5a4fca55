import { and, desc, eq, inArray } from "drizzle-orm";
import type { MemberStatus } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { auditLog, memberStatusHistory, members, statusDecisions } from "../schema/index.js";

/**
 * Writes of the recorded status (spec §2 Status history): the member's current status and the dated
 * history row that explains it, always together and audited.
 */

export interface StatusChange {
  memberId: string;
  status: MemberStatus;
  /** The member's civil day the status began. */
  effectiveOn: string;
  /** The rule that caused it; null only for a change no rule explains. */
  ruleId: string | null;
  reason: string;
  /** The person who decided it, or null when the rules engine did (`actor = rules`). */
  decidedBy: string | null;
}

export type StatusHistoryRow = typeof memberStatusHistory.$inferSelect;

export async function recordedStatus(db: Executor, memberId: string): Promise<MemberStatus | null> {
  const [row] = await db.select({ status: members.status }).from(members).where(eq(members.id, memberId));
  return (row?.status as MemberStatus | undefined) ?? null;
}

export async function recordStatusChange(
  writer: AuditedWriter,
  change: StatusChange,
): Promise<StatusHistoryRow> {
  await writer.update(members, change.memberId, { status: change.status, statusSince: change.effectiveOn });
  return writer.insert(memberStatusHistory, {
    memberId: change.memberId,
    status: change.status,
    effectiveOn: change.effectiveOn,
    ruleId: change.ruleId,
    reason: change.reason,
    actor: change.decidedBy ? "person" : "rules",
    actorPersonId: change.decidedBy,
  });
}

/** REVOKE-1 (§4.2): the Support Unit's confirmation, the fact the rules engine reads as `revocation_confirmed`. */
export async function recordRevocationConfirmed(
  writer: AuditedWriter,
  confirmation: { memberId: string; effectiveOn: string; reason: string; decidedBy: string },
): Promise<void> {
  await writer.insert(statusDecisions, {
    memberId: confirmation.memberId,
    kind: "revocation_confirmed",
    startsOn: confirmation.effectiveOn,
    reason: confirmation.reason,
    decidedBy: confirmation.decidedBy,
    decidedOn: confirmation.effectiveOn,
  });
}

/** The statuses a letter announces to the member (§4.1, §4.2). */
export const LETTER_STATUSES: readonly MemberStatus[] = ["inactive", "probation", "revoked"];

/** The member's latest recorded change to a status that calls for a letter, or the one that began on `on`. */
export async function findLetterTransition(
  db: Executor,
  memberId: string,
  on?: string,
): Promise<StatusHistoryRow | null> {
  const [row] = await db
    .select()
    .from(memberStatusHistory)
    .where(
      and(
        eq(memberStatusHistory.memberId, memberId),
        inArray(memberStatusHistory.status, [...LETTER_STATUSES]),
        on ? eq(memberStatusHistory.effectiveOn, on) : undefined,
      ),
    )
    .orderBy(desc(memberStatusHistory.effectiveOn), desc(memberStatusHistory.recordedAt))
    .limit(1);
  return row ?? null;
}

/**
 * A letter marked sent is recorded in the audit log against the history row of the transition it
 * announces (entity `status_letter`): the log is where the product keeps who did what and when.
 */
export const LETTER_ENTITY = "status_letter";

export interface LetterSent {
  at: Date;
  by: string;
}

export async function findLetterSent(db: Executor, historyId: string): Promise<LetterSent | null> {
  const [row] = await db
    .select({ at: auditLog.at, by: auditLog.actorLabel })
    .from(auditLog)
    .where(and(eq(auditLog.entity, LETTER_ENTITY), eq(auditLog.entityId, historyId)))
    .limit(1);
  return row ?? null;
}

export function recordLetterSent(writer: AuditedWriter, transition: StatusHistoryRow, sentOn: string): void {
  writer.record(LETTER_ENTITY, transition.id, "insert", {
    memberId: transition.memberId,
    status: transition.status,
    effectiveOn: transition.effectiveOn,
    sentOn,
  });
}
