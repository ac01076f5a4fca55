import {
  eq,
  getTableColumns,
  getTableName,
  type InferInsertModel,
  type InferSelectModel,
  is,
  SQL,
} from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { AuditSource } from "../domain/vocabularies.js";
import type { Database, Executor } from "./client.js";
import { auditLog } from "./schema/index.js";

/** Who is writing: a linked person, or the system/CLI/rules with a label. */
export interface Actor {
  personId: string | null;
  label: string;
  source: AuditSource;
}

export const systemActor = (source: AuditSource, label: string = source): Actor => ({
  personId: null,
  label,
  source,
});

type AuditEntry = typeof auditLog.$inferInsert;

/**
 * Drizzle's builders are generic over a concrete table; these generic methods only need the shape
 * below, and the typed signatures of `insert`/`update` keep callers checked.
 */
type Insert = { values(values: unknown): PromiseLike<unknown> };
type Update = { set(changes: unknown): { where(condition: SQL | undefined): PromiseLike<unknown> } };

/** Any table whose primary key column is `id`. */
type TableWithId = SQLiteTable & { id: SQLiteColumn };

/**
 * A write transaction that appends one audit row per change (spec §2 Audit log). The audit rows are
 * inserted at the end of the same transaction, so a failed write leaves neither facts nor audit.
 */
export class AuditedWriter {
  private readonly entries: AuditEntry[] = [];

  constructor(
    readonly tx: Executor,
    readonly actor: Actor,
    readonly at: Date,
  ) {}

  record(
    entity: string,
    entityId: string,
    action: AuditEntry["action"],
    changes: Record<string, unknown>,
  ): void {
    this.entries.push({
      at: this.at,
      actorPersonId: this.actor.personId,
      actorLabel: this.actor.label,
      source: this.actor.source,
      entity,
      entityId,
      action,
      changes,
    });
  }

  /**
   * Inserts one row and returns it as stored. The row is completed here (generated ids, defaults)
   * rather than read back with RETURNING: a batched transaction (D1) has no row to return before it
   * commits. `redact` names columns whose values must not reach the audit log (secrets, token hashes).
   */
  async insert<T extends TableWithId>(
    table: T,
    values: InferInsertModel<T>,
    options: { redact?: (keyof InferInsertModel<T> & string)[] } = {},
  ): Promise<InferSelectModel<T>> {
    const row = completeRow(table, values as Record<string, unknown>);
    await (this.tx.insert(table) as unknown as Insert).values(row);
    const changes: Record<string, unknown> = { ...values };
    for (const column of options.redact ?? []) changes[column] = "[redacted]";
    this.record(getTableName(table), String(row.id), "insert", changes);
    return row as InferSelectModel<T>;
  }

  /** Inserts rows of a table without an `id` column (link tables); the audit row names the owner. */
  async insertLinks<T extends SQLiteTable>(
    table: T,
    rows: InferInsertModel<T>[],
    owner: { entity: string; id: string },
  ): Promise<void> {
    if (rows.length === 0) return;
    await (this.tx.insert(table) as unknown as Insert).values(rows);
    this.record(owner.entity, owner.id, "update", { [getTableName(table)]: rows });
  }

  /** Changes one row by id; the caller holds the row it read, and the changes it made. */
  async update<T extends TableWithId>(
    table: T,
    id: string,
    changes: Partial<InferInsertModel<T>>,
  ): Promise<void> {
    await (this.tx.update(table) as unknown as Update).set(changes).where(eq(table.id, id));
    this.record(getTableName(table), id, "update", changes as Record<string, unknown>);
  }

  async flush(): Promise<void> {
    const batchSize = 500;
    for (let i = 0; i < this.entries.length; i += batchSize) {
      await this.tx.insert(auditLog).values(this.entries.slice(i, i + batchSize));
    }
    this.entries.length = 0;
  }
}

/** Runs `work` in one transaction with audit; rolls back everything (facts and audit) if it throws. */
export async function writeAudited<T>(
  db: Database,
  actor: Actor,
  work: (writer: AuditedWriter) => Promise<T>,
  at: Date = new Date(),
): Promise<T> {
  return db.transaction(async (tx) => {
    const writer = new AuditedWriter(tx, actor, at);
    const result = await work(writer);
    await writer.flush();
    return result;
  });
}

/**
 * The row an insert of `values` stores: every column, with generated values ($defaultFn) and
 * defaults filled in here and sent explicitly, so the returned row is exactly the stored one.
 */
function completeRow(table: SQLiteTable, values: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const given = values[key];
    if (given !== undefined) row[key] = given;
    else if (column.defaultFn) row[key] = column.defaultFn();
    else if (column.default === undefined) row[key] = null;
    else if (is(column.default, SQL))
      row[key] = column.mapFromDriverValue(sqlLiteral(column.default, column.name));
    else row[key] = column.default;
  }
  return row;
}

/** The value of a default written as one SQL string literal (`sql\`'[]'\``); other SQL defaults are refused. */
function sqlLiteral(expression: SQL, columnName: string): string {
  const [chunk, ...rest] = expression.queryChunks;
  const text = (chunk as { value?: unknown } | undefined)?.value;
  const literal = Array.isArray(text) && text.length === 1 ? String(text[0]) : undefined;
  const match = rest.length === 0 && literal ? /^'((?:[^']|'')*)'$/.exec(literal) : null;
  if (!match) throw new Error(`Column ${columnName} has an SQL default other than a string literal`);
  return (match[1] ?? "").replaceAll("''", "'");
}
