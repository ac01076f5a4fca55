import { type InferInsertModel, type InferSelectModel, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Executor } from "./client.js";
import { changeFences } from "./schema/index.js";

/**
 * Compare-and-set in a transaction, on both kinds of transaction: the rows `where` selects are read
 * first, then changed under the same condition, and a fence fails the transaction unless the change
 * still found every one of them. With interactive transactions (libSQL) nothing can come between;
 * with batched ones (D1) another request can, and then this transaction stores nothing.
 * Read before this transaction writes `table`: a batched transaction does not see its own writes.
 */
export async function updateWhereStill<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  where: SQL,
  changes: Partial<InferInsertModel<T>>,
): Promise<InferSelectModel<T>[]> {
  const rows = await rowsWhere(tx, table, where);
  if (rows.length === 0) return [];
  await tx
    .update(table as SQLiteTable)
    .set(changes as Record<string, unknown>)
    .where(where);
  await fence(tx, rows.length);
  return rows.map((row) => ({ ...row, ...changes }));
}

/** Deletes the rows `where` selects, fenced as `updateWhereStill`; returns the rows deleted. */
export async function deleteWhereStill<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  where: SQL,
): Promise<InferSelectModel<T>[]> {
  const rows = await rowsWhere(tx, table, where);
  if (rows.length === 0) return [];
  await tx.delete(table as SQLiteTable).where(where);
  await fence(tx, rows.length);
  return rows;
}

const rowsWhere = async <T extends SQLiteTable>(tx: Executor, table: T, where: SQL) =>
  (await tx
    .select()
    .from(table as SQLiteTable)
    .where(where)) as InferSelectModel<T>[];

async function fence(tx: Executor, expected: number): Promise<void> {
  await tx.insert(changeFences).values({ expected, changed: sql`changes()` });
  await tx.delete(changeFences);
}

/** True when a transaction failed at a fence: a concurrent request changed the rows first. */
export const isFenceBreak = (error: unknown): boolean =>
  chainOf(error).some((cause) => /change_fences_hold/.test(cause));

function chainOf(error: unknown): string[] {
  const messages: string[] = [];
  for (let cause = error; cause instanceof Error && messages.length < 5; cause = cause.cause)
    messages.push(cause.message);
  return messages;
}
