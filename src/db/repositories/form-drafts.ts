import { and, desc, eq, inArray, lte } from "drizzle-orm";
import type { Platform } from "../../domain/vocabularies.js";
import type { Database } from "../client.js";
import { formDrafts } from "../schema/index.js";

export type FormDraftRow = typeof formDrafts.$inferSelect;

/**
 * Drafts of multi-step chat forms. They are the answers of a form not yet submitted, not facts: they
 * are written without audit rows, and the command the last step runs audits what it stores.
 */
export async function saveFormDraft(db: Database, draft: FormDraftRow): Promise<void> {
  const { id, ...rest } = draft;
  await db.insert(formDrafts).values(draft).onConflictDoUpdate({ target: formDrafts.id, set: rest });
}

/** The draft, or null when it never existed, was discarded or has expired by `now`. */
export async function findFormDraft(db: Database, id: string, now: Date): Promise<FormDraftRow | null> {
  const [row] = await db.select().from(formDrafts).where(eq(formDrafts.id, id));
  return row && row.expiresAt.getTime() > now.getTime() ? row : null;
}

export async function deleteFormDraft(db: Database, id: string): Promise<void> {
  await db.delete(formDrafts).where(eq(formDrafts.id, id));
}

/**
 * Drops expired drafts, and a person's oldest open drafts beyond `perPerson` (forms opened and
 * abandoned), so the table stays small without a job of its own.
 */
export async function pruneFormDrafts(
  db: Database,
  platform: Platform,
  userId: string,
  now: Date,
  perPerson: number,
): Promise<void> {
  await db.delete(formDrafts).where(lte(formDrafts.expiresAt, now));
  const open = await db
    .select({ id: formDrafts.id })
    .from(formDrafts)
    .where(and(eq(formDrafts.platform, platform), eq(formDrafts.userId, userId)))
    .orderBy(desc(formDrafts.expiresAt));
  const beyond = open.slice(perPerson).map((row) => row.id);
  if (beyond.length > 0) await db.delete(formDrafts).where(inArray(formDrafts.id, beyond));
}
