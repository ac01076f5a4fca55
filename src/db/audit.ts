import { eq, getTableName, type InferInsertModel, type InferSelectModel, type SQL } from "drizzle-orm";
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
type ReturningInsert = {
  values(values: unknown): { returning(): Promise<unknown[]> } & PromiseLike<unknown>;
};
type ReturningUpdate = {
  set(changes: unknown): { where(condition: SQL | undefined): { returning(): Promise<unknown[]> } };
};

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

  /** `redact` names columns whose values must not reach the audit log (secrets, token hashes). */
  async insert<T extends TableWithId>(
    table: T,
    values: InferInsertModel<T>,
    options: { redact?: (keyof InferInsertModel<T> & string)[] } = {},
  ): Promise<InferSelectModel<T>> {
    const builder = this.tx.insert(table) as unknown as ReturningInsert;
    const [row] = (await builder.values(values).returning()) as InferSelectModel<T>[];
    if (!row) throw new Error(`insert into ${getTableName(table)} returned no row`);
    const changes: Record<string, unknown> = { ...values };
    for (const column of options.redact ?? []) changes[column] = "[redacted]";
    this.record(getTableName(table), String((row as { id: unknown }).id), "insert", changes);
    return row;
  }

  /** Inserts rows of a table without an `id` column (link tables); the audit row names the owner. */
  async insertLinks<T extends SQLiteTable>(
    table: T,
    rows: InferInsertModel<T>[],
    owner: { entity: string; id: string },
  ): Promise<void> {
    if (rows.length === 0) return;
    await (this.tx.insert(table) as unknown as ReturningInsert).values(rows);
    this.record(owner.entity, owner.id, "update", { [getTableName(table)]: rows });
  }

  async update<T extends TableWithId>(
    table: T,
    id: string,
    changes: Partial<InferInsertModel<T>>,
  ): Promise<InferSelectModel<T>> {
    const builder = this.tx.update(table) as unknown as ReturningUpdate;
    const [row] = (await builder.set(changes).where(eq(table.id, id)).returning()) as InferSelectModel<T>[];
    if (!row) throw new Error(`${getTableName(table)} ${id} not found`);
    this.record(getTableName(table), id, "update", changes as Record<string, unknown>);
    return row;
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
