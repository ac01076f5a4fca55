import { and, asc, desc, eq, inArray, like } from "drizzle-orm";
import type {
  ApprovalVerdict,
  ModificationDecision,
  ModificationKind,
  Source,
} from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { commitments, modificationApprovals, modifications, persons } from "../schema/index.js";

export type ModificationRow = typeof modifications.$inferSelect;
export type ModificationVerdictRow = typeof modificationApprovals.$inferSelect;

/** The short reference shown in chat: the first characters of the id, enough to be unique in practice. */
export const MODIFICATION_REF_LENGTH = 8;
export const modificationRef = (id: string): string => id.slice(0, MODIFICATION_REF_LENGTH);

/** A modification by its full id or the short reference shown in chat; ambiguous prefixes find nothing. */
export async function findModificationByRef(db: Executor, ref: string): Promise<ModificationRow | null> {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < 6 || !/^[0-9a-f-]+$/.test(wanted)) return null;
  const rows = await db
    .select()
    .from(modifications)
    .where(like(modifications.id, `${wanted}%`))
    .limit(2);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}

export async function proposeModification(
  writer: AuditedWriter,
  input: {
    commitmentId: string;
    kind: ModificationKind;
    proposedChange: { before: Record<string, unknown>; after: Record<string, unknown> };
    rationale: string;
    proposedBy: string;
    proposedOn: string;
  },
): Promise<ModificationRow> {
  return writer.insert(modifications, { ...input, decision: "pending" });
}

export async function listVerdicts(
  db: Executor,
  modificationId: string,
): Promise<(ModificationVerdictRow & { personName: string })[]> {
  const rows = await db
    .select({ verdict: modificationApprovals, personName: persons.name })
    .from(modificationApprovals)
    .innerJoin(persons, eq(persons.id, modificationApprovals.personId))
    .where(eq(modificationApprovals.modificationId, modificationId))
    .orderBy(asc(modificationApprovals.at));
  return rows.map((row) => ({ ...row.verdict, personName: row.personName }));
}

export async function recordVerdict(
  writer: AuditedWriter,
  input: {
    modificationId: string;
    personId: string;
    organizationId: string | null;
    verdict: ApprovalVerdict;
    source: Source;
  },
): Promise<ModificationVerdictRow> {
  return writer.insert(modificationApprovals, { ...input, at: writer.at });
}

/** Records the decision; an approved modification takes effect on the commitment (MOD-2). */
export async function decideModification(
  writer: AuditedWriter,
  modification: ModificationRow,
  decision: Exclude<ModificationDecision, "pending">,
  supportUnitNotified: boolean,
): Promise<ModificationRow> {
  const decided_ = {
    decision,
    decidedAt: writer.at,
    supportUnitNotifiedAt: supportUnitNotified ? writer.at : null,
  };
  await writer.update(modifications, modification.id, decided_);
  const decided = { ...modification, ...decided_ };
  if (decision === "approved") {
    const after = modification.proposedChange.after;
    if (modification.kind === "delete") {
      await writer.update(commitments, modification.commitmentId, { status: "withdrawn" });
    } else if (modification.kind === "timeline" && typeof after.endDate === "string") {
      await writer.update(commitments, modification.commitmentId, { endDate: after.endDate });
    }
  }
  return decided;
}

/** Pending modifications of commitments, newest first (for suggestions and the App Home). */
export async function listPendingModifications(
  db: Database,
  commitmentIds: string[],
): Promise<ModificationRow[]> {
  if (commitmentIds.length === 0) return [];
  return db
    .select()
    .from(modifications)
    .where(and(inArray(modifications.commitmentId, commitmentIds), eq(modifications.decision, "pending")))
    .orderBy(desc(modifications.createdAt));
}
