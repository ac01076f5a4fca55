import { and, eq } from "drizzle-orm";
import type { AuditedWriter } from "../audit.js";
import { updateWhereStill } from "../fenced-change.js";
import { commitments } from "../schema/index.js";
import type { CommitmentRow } from "./commitments.js";

/**
 * Marks an active commitment completed on a civil day. Conditional on its still being active, so of
 * two completions racing only one writes; null when it no longer was.
 */
export async function markCommitmentCompleted(
  writer: AuditedWriter,
  commitmentId: string,
  completedOn: string,
): Promise<CommitmentRow | null> {
  const changes = { status: "completed", completedOn } as const;
  const [row] = await updateWhereStill(
    writer.tx,
    commitments,
    and(eq(commitments.id, commitmentId), eq(commitments.status, "active"))!,
    changes,
  );
  if (!row) return null;
  writer.record("commitments", commitmentId, "update", { ...changes });
  return row;
}
