import { getTableColumns, getTableName, type InferInsertModel, inArray } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { AuditedWriter } from "../audit.js";
import type { Executor } from "../client.js";

/**
 * Bound parameters per statement: SQLite's limit is 32,766; staying well under it keeps a statement
 * of a wide table (plans have ~35 columns) to a few hundred rows.
 */
const MAX_PARAMETERS_PER_STATEMENT = 10_000;

type MultiRowInsert = { values(rows: unknown[]): PromiseLike<unknown> };

/**
 * Inserts many rows with multi-row statements: one statement costs about as much as one row on this
 * disk (~1.3 ms per single insert against ~76 ms for 1,000 rows in one), so imports batch.
 */
export async function insertBatch<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  rows: readonly InferInsertModel<T>[],
): Promise<void> {
  const rowsPerStatement = Math.max(
    1,
    Math.floor(MAX_PARAMETERS_PER_STATEMENT / Object.keys(getTableColumns(table)).length),
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    // Drizzle's builder is generic over a concrete table; the rows are typed by the signature above.
    await (tx.insert(table) as unknown as MultiRowInsert).values(rows.slice(start, start + rowsPerStatement));
  }
}

/**
 * {@link insertBatch} for rows whose id the caller generated, with one audit row per inserted row in
 * the writer's transaction. `auditChanges` may add what the row's link tables hold, so the audit row
 * tells the whole change.
 */
export async function insertAuditedBatch<T extends SQLiteTable>(
  writer: AuditedWriter,
  table: T,
  rows: readonly (InferInsertModel<T> & { id: string })[],
  auditChanges: (row: InferInsertModel<T> & { id: string }) => Record<string, unknown> = (row) => row,
): Promise<void> {
  await insertBatch(writer.tx, table, rows);
  const entity = getTableName(table);
  for (const row of rows) writer.record(entity, row.id, "insert", auditChanges(row));
}

/** Values per `in (…)` lookup, well under SQLite's bound-parameter limit. */
const LOOKUP_CHUNK = 500;

/** The rows of `table` whose `column` is one of `values`, looked up a chunk of values at a time. */
export async function selectWhereIn<T extends SQLiteTable>(
  tx: Executor,
  table: T,
  column: SQLiteColumn,
  values: readonly string[],
): Promise<T["$inferSelect"][]> {
  const found: T["$inferSelect"][] = [];
  for (let start = 0; start < values.length; start += LOOKUP_CHUNK) {
    const rows = await tx
      .select()
      .from(table as SQLiteTable)
      .where(inArray(column, values.slice(start, start + LOOKUP_CHUNK)));
    found.push(...(rows as T["$inferSelect"][]));
  }
  return found;
}
