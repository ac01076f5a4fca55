import { eq, like } from "drizzle-orm";
import type { EvidenceKind } from "../../domain/vocabularies.js";
import type { AuditedWriter } from "../audit.js";
import type { Database } from "../client.js";
import { evidence, meetings } from "../schema/index.js";

export type EvidenceRow = typeof evidence.$inferSelect;

/** What a piece of evidence is attached to (Annex 5): exactly one subject. */
export type EvidenceSubject =
  | { kind: "plan"; planId: string }
  | { kind: "commitment"; commitmentId: string }
  | { kind: "milestone"; milestoneId: string }
  | { kind: "meeting"; meetingId: string };

export async function attachEvidence(
  writer: AuditedWriter,
  input: { subject: EvidenceSubject; url: string; title: string; kind: EvidenceKind; addedBy: string },
): Promise<EvidenceRow> {
  const { subject } = input;
  return writer.insert(evidence, {
    url: input.url,
    title: input.title,
    kind: input.kind,
    planId: subject.kind === "plan" ? subject.planId : null,
    commitmentId: subject.kind === "commitment" ? subject.commitmentId : null,
    milestoneId: subject.kind === "milestone" ? subject.milestoneId : null,
    meetingId: subject.kind === "meeting" ? subject.meetingId : null,
    addedBy: input.addedBy,
    addedAt: writer.at,
  });
}

/** A meeting by its full id or the short reference shown in chat (first 8 characters). */
export async function findMeetingByRef(
  db: Database,
  ref: string,
): Promise<typeof meetings.$inferSelect | null> {
  const wanted = ref.trim().toLowerCase();
  if (wanted.length < 6 || !/^[0-9a-f-]+$/.test(wanted)) return null;
  const rows = await db
    .select()
    .from(meetings)
    .where(wanted.length === 36 ? eq(meetings.id, wanted) : like(meetings.id, `${wanted}%`))
    .limit(2);
  return rows.length === 1 ? (rows[0] ?? null) : null;
}
