import { asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client.js";
import { memberStatusHistory, members } from "../schema/index.js";

export type MemberRow = typeof members.$inferSelect;

/** A member as typed in chat: its slug or its OGP-style code (spec §2b), case-insensitively. */
export async function findMemberByRef(db: Database, ref: string): Promise<MemberRow | null> {
  const wanted = ref.trim().toLowerCase();
  if (!wanted) return null;
  const [row] = await db
    .select()
    .from(members)
    .where(or(eq(sql`lower(${members.slug})`, wanted), eq(sql`lower(${members.code})`, wanted)));
  return row ?? null;
}

export async function findMembersByIds(db: Database, ids: string[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(members).where(inArray(members.id, ids)).orderBy(asc(members.name));
}

export async function listAllMemberIds(db: Database): Promise<string[]> {
  const rows = await db.select({ id: members.id }).from(members).orderBy(asc(members.name));
  return rows.map((row) => row.id);
}

/** The member's latest recorded status change, with the rule that caused it (spec §2 Status history). */
export async function findLatestStatusChange(
  db: Database,
  memberId: string,
): Promise<typeof memberStatusHistory.$inferSelect | null> {
  const [row] = await db
    .select()
    .from(memberStatusHistory)
    .where(eq(memberStatusHistory.memberId, memberId))
    .orderBy(desc(memberStatusHistory.effectiveOn), desc(memberStatusHistory.recordedAt))
    .limit(1);
  return row ?? null;
}
