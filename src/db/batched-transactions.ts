import type { Client, InStatement, ResultSet, Transaction, TransactionMode } from "@libsql/client";

/**
 * Transactions for a database that commits a batch of statements atomically but refuses BEGIN,
 * COMMIT and SAVEPOINT (Cloudflare D1). A transaction's reads run at once; its writes are held and
 * sent as one batch on commit, so the facts, their history, their audit rows and the alerts they
 * cause are stored together or not at all, as with an interactive transaction.
 *
 * What a held write cannot give is refused, loudly, so that no code silently depends on it:
 * - `RETURNING` inside a transaction (the row does not exist until commit);
 * - a read of a table this transaction has already written (it would not see its own writes).
 * Code shared by both runtimes follows these two rules; `npm run test:batched` runs the whole suite
 * with them enforced on libSQL, so a breach shows on Node before it reaches a Worker.
 *
 * Reads and the batch are not isolated from other requests: what was read can change before the
 * batch commits. Uniqueness and references stay guarded by the schema's constraints, which fail the
 * whole batch.
 */
export class BatchedTransactionError extends Error {
  override readonly name = "BatchedTransactionError";
}

interface Statement {
  sql: string;
  args: NonNullable<Exclude<InStatement, string>["args"]>;
}

const normalize = (stmt: InStatement): Statement =>
  typeof stmt === "string" ? { sql: stmt, args: [] } : { sql: stmt.sql, args: stmt.args ?? [] };

const WRITE = /^\s*(?:insert|update|delete|replace)\b/i;
/** drizzle's nested transactions, kept as positions in the held writes. */
const SAVEPOINT = /^\s*savepoint\s+(\w+)/i;
const RELEASE = /^\s*release\s+(?:savepoint\s+)?(\w+)/i;
const ROLLBACK_TO = /^\s*rollback\s+to\s+(?:savepoint\s+)?(\w+)/i;
const RETURNING = /\breturning\b/i;
/** Drizzle quotes every table it names; a quoted name after these keywords is a table. */
const TABLE_AFTER = /\b(?:from|join|into|update)\s+"([^"]+)"/gi;

/**
 * Marks a read whose caller accounts for this transaction's own writes itself (the outbox's dedupe
 * keys): the only read of a written table a batched transaction lets through.
 */
export const READS_PAST_OWN_WRITES = "/* reads-past-own-writes */";

const tablesOf = (sql: string): string[] => [...sql.matchAll(TABLE_AFTER)].map((match) => match[1] ?? "");

export const emptyResultSet = (): ResultSet => ({
  columns: [],
  columnTypes: [],
  rows: [],
  rowsAffected: 0,
  lastInsertRowid: undefined,
  toJSON: () => ({ columns: [], columnTypes: [], rows: [], rowsAffected: 0, lastInsertRowid: null }),
});

class BatchedTransaction implements Transaction {
  private readonly held: Statement[] = [];
  private readonly written = new Set<string>();
  private readonly savepoints: { name: string; held: number }[] = [];
  closed = false;

  constructor(private readonly client: Client) {}

  async execute(stmt: InStatement): Promise<ResultSet> {
    this.assertOpen();
    const statement = normalize(stmt);
    if (this.savepoint(statement.sql)) return emptyResultSet();
    if (WRITE.test(statement.sql)) {
      if (RETURNING.test(statement.sql))
        throw new BatchedTransactionError(
          `RETURNING inside a batched transaction cannot be answered before commit: ${statement.sql.slice(0, 120)}`,
        );
      this.held.push(statement);
      for (const table of tablesOf(statement.sql)) this.written.add(table);
      return emptyResultSet();
    }
    const stale = statement.sql.startsWith(READS_PAST_OWN_WRITES)
      ? undefined
      : tablesOf(statement.sql).find((table) => this.written.has(table));
    if (stale !== undefined)
      throw new BatchedTransactionError(
        `A batched transaction read "${stale}" after writing it; read before writing: ${statement.sql.slice(0, 120)}`,
      );
    return this.client.execute(statement);
  }

  async batch(stmts: InStatement[]): Promise<ResultSet[]> {
    const results: ResultSet[] = [];
    for (const stmt of stmts) results.push(await this.execute(stmt));
    return results;
  }

  async executeMultiple(): Promise<void> {
    throw new BatchedTransactionError("executeMultiple is not available inside a batched transaction");
  }

  async commit(): Promise<void> {
    this.assertOpen();
    this.closed = true;
    if (this.held.length > 0) await this.client.batch(this.held, "write");
  }

  async rollback(): Promise<void> {
    this.close();
  }

  close(): void {
    this.closed = true;
    this.held.length = 0;
  }

  /** True when `sql` opens, releases or rolls back to a savepoint, which is then done on the held writes. */
  private savepoint(sql: string): boolean {
    const opened = SAVEPOINT.exec(sql);
    if (opened) {
      this.savepoints.push({ name: opened[1] ?? "", held: this.held.length });
      return true;
    }
    const released = RELEASE.exec(sql) ?? ROLLBACK_TO.exec(sql);
    if (!released) return false;
    const index = this.savepoints.findLastIndex((savepoint) => savepoint.name === released[1]);
    if (index < 0) throw new BatchedTransactionError(`No savepoint ${released[1]} in this transaction`);
    const savepoint = this.savepoints[index]!;
    if (ROLLBACK_TO.test(sql)) this.held.length = savepoint.held;
    this.savepoints.length = index;
    return true;
  }

  private assertOpen(): void {
    if (this.closed) throw new BatchedTransactionError("The transaction is already committed or rolled back");
  }
}

/** `client` with `transaction()` made of immediate reads and one atomic batch of writes. */
export function withBatchedTransactions(client: Client): Client {
  const transaction = async (_mode?: TransactionMode): Promise<Transaction> => new BatchedTransaction(client);
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "transaction") return transaction;
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
