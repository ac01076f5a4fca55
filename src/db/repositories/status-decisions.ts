import { eq } from "drizzle-orm";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";
import { statusDecisions } from "../schema/index.js";

/**
 * The Support Unit's decisions the rules engine reads as facts (VOL-1 grants, INACT-1 extensions,
 * status overrides; spec §4), written audited. REVOKE-1 confirmations are written with the recorded
 * status in `member-status.ts`.
 */

export type StatusDecisionRow = typeof statusDecisions.$inferSelect;
export type NewStatusDecision = Omit<typeof statusDecisions.$inferInsert, "id" | "createdAt">;

export function insertStatusDecision(
  writer: AuditedWriter,
  decision: NewStatusDecision,
): Promise<StatusDecisionRow> {
  return writer.insert(statusDecisions, decision);
}

/** The ids of the member's decisions: what a decision was checked against, to see whether another came since. */
export async function listStatusDecisionIds(db: Executor, memberId: string): Promise<string[]> {
  const rows = await db
    .select({ id: statusDecisions.id })
    .from(statusDecisions)
    .where(eq(statusDecisions.memberId, memberId));
  return rows.map((row) => row.id);
}
