import type { Client, InArgs, InStatement, InValue, ResultSet, Row, Transaction } from "@libsql/client";
import { emptyResultSet, withBatchedTransactions } from "./batched-transactions.js";

/**
 * Cloudflare D1, as much of it as this adapter uses (the binding's type lives in
 * @cloudflare/workers-types, whose globals would clash with Node's in the rest of the code).
 */
export interface D1Binding {
  prepare(query: string): D1PreparedStatement;
  batch(statements: D1PreparedStatement[]): Promise<{ results?: unknown[]; meta?: { changes?: number } }[]>;
  exec(query: string): Promise<unknown>;
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>;
  run(): Promise<{ meta?: { changes?: number; last_row_id?: number } }>;
}

/**
 * D1 binds at most 100 values per statement, and takes statements of at most 100,000 bytes.
 * drizzle writes a multi-row insert as one statement: past the limit it is sent as several, in the
 * same batch, so it stays all or nothing. Any other statement past it (a lookup of many ids) gets its
 * values written into the SQL as literals instead (`inlineValues`); lists long enough to pass the
 * size limit that way are read in slices by their repositories.
 */
export const D1_MAX_BOUND_VALUES = 100;

interface Statement {
  sql: string;
  args: InValue[];
}

/**
 * A libSQL `Client` over a D1 binding, so drizzle's libSQL driver, and every repository typed
 * against it, run unchanged on a Worker. Transactions are batched (see batched-transactions.ts):
 * D1 refuses BEGIN/COMMIT and commits a batch atomically.
 */
export function d1Client(d1: D1Binding): Client {
  const prepare = (statement: Statement) => d1.prepare(statement.sql).bind(...statement.args.map(toD1Value));

  const execute = async (statement: Statement): Promise<ResultSet> => {
    const pieces = withinBindingLimit(statement);
    if (pieces.length > 1) {
      const results = await d1.batch(pieces.map(prepare));
      return resultFromBatch(results);
    }
    const [single = statement] = pieces;
    if (/^\s*(?:insert|update|delete|replace)\b/i.test(single.sql) && !/\breturning\b/i.test(single.sql)) {
      const { meta } = await prepare(single).run();
      return { ...emptyResultSet(), rowsAffected: meta?.changes ?? 0 };
    }
    const [columns = [], ...values] = await prepare(single).raw<unknown[]>({ columnNames: true });
    return resultSet(columns, values);
  };

  const batch = async (stmts: (InStatement | [string, InArgs?])[]): Promise<ResultSet[]> => {
    const statements = stmts.map(toStatement);
    const pieces = statements.map(withinBindingLimit);
    const results = await d1.batch(pieces.flat().map(prepare));
    // One result per statement asked for, whatever it was split into.
    let next = 0;
    return pieces.map((split) => {
      const start = next;
      next += split.length;
      return resultFromBatch(results.slice(start, next));
    });
  };

  const client: Client = {
    execute: ((stmt: InStatement | string, args?: InArgs) =>
      execute(toStatement(typeof stmt === "string" ? [stmt, args] : stmt))) as Client["execute"],
    batch,
    migrate: (stmts) => batch(stmts),
    transaction: (): Promise<Transaction> => {
      throw new Error("unreachable: transactions are batched");
    },
    executeMultiple: async (sql) => {
      await d1.exec(sql);
    },
    sync: () => Promise.reject(new Error("D1 has no embedded replica to sync")),
    close: () => {},
    reconnect: () => {},
    closed: false,
    protocol: "d1",
  };
  return withBatchedTransactions(client);
}

/** The statement as D1 can take it: whole rows split off an insert, or values inlined. */
const withinBindingLimit = (statement: Statement): Statement[] =>
  splitInsert(statement, D1_MAX_BOUND_VALUES).map((piece) =>
    piece.args.length > D1_MAX_BOUND_VALUES ? inlineValues(piece) : piece,
  );

function toStatement(stmt: InStatement | [string, InArgs?]): Statement {
  const [sql, args] = Array.isArray(stmt)
    ? stmt
    : typeof stmt === "string"
      ? [stmt, []]
      : [stmt.sql, stmt.args];
  if (args !== undefined && !Array.isArray(args)) throw new Error("D1 takes positional arguments only");
  return { sql, args: args ?? [] };
}

/** libSQL's argument types as D1 binds them. */
function toD1Value(value: InValue): unknown {
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  return value;
}

/** D1 answers blobs as arrays of bytes; libSQL, and drizzle after it, expect an ArrayBuffer. */
const fromD1Value = (value: unknown) => (Array.isArray(value) ? new Uint8Array(value).buffer : value);

function resultSet(columns: string[], values: unknown[][]): ResultSet {
  const rows = values.map((rowValues) => {
    // libSQL's rows: readable by index (not enumerated) and by column name (enumerated).
    const row = {} as Row & Record<string, unknown>;
    rowValues.forEach((value, index) => {
      const converted = fromD1Value(value);
      Object.defineProperty(row, index, { value: converted, enumerable: false });
      Object.defineProperty(row, columns[index] ?? String(index), {
        value: converted,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    Object.defineProperty(row, "length", { value: rowValues.length, enumerable: false });
    return row as Row;
  });
  return {
    columns,
    columnTypes: columns.map(() => ""),
    rows,
    rowsAffected: 0,
    lastInsertRowid: undefined,
    toJSON: () => ({ columns, rows: values }),
  };
}

/** The pieces of one statement, answered as one: their rows (RETURNING) and changes added up. */
function resultFromBatch(results: { results?: unknown[]; meta?: { changes?: number } }[]): ResultSet {
  const objects = results.flatMap((result) => (result.results ?? []) as Record<string, unknown>[]);
  const columns = objects[0] ? Object.keys(objects[0]) : [];
  const combined = resultSet(
    columns,
    objects.map((object) => columns.map((column) => object[column])),
  );
  return { ...combined, rowsAffected: results.reduce((sum, result) => sum + (result.meta?.changes ?? 0), 0) };
}

/**
 * Splits `insert … values (…), (…) [tail]` into inserts of whole rows binding at most `limit` values
 * each. Any other statement, or one within the limit, comes back whole.
 */
export function splitInsert(statement: Statement, limit: number): Statement[] {
  if (statement.args.length <= limit || !/^\s*insert\b/i.test(statement.sql)) return [statement];
  const valuesAt = statement.sql.search(/\)\s*values\s*\(/i);
  if (valuesAt < 0) return [statement];
  const head = statement.sql.slice(0, statement.sql.indexOf("values", valuesAt) + "values".length);
  const tuples: { text: string; params: number }[] = [];
  let index = head.length;
  let end = index;
  const sql = statement.sql;
  for (;;) {
    while (index < sql.length && /[\s,]/.test(sql[index] ?? "")) index += 1;
    if (sql[index] !== "(") break;
    const start = index;
    let depth = 0;
    let params = 0;
    let quote: string | null = null;
    for (; index < sql.length; index += 1) {
      const char = sql[index];
      if (quote) {
        if (char === quote) quote = null;
      } else if (char === "'" || char === '"') quote = char;
      else if (char === "?") params += 1;
      else if (char === "(") depth += 1;
      else if (char === ")" && --depth === 0) break;
    }
    index += 1;
    end = index;
    tuples.push({ text: sql.slice(start, index), params });
  }
  const tail = sql.slice(end);
  if (tuples.length < 2 || tuples.some((tuple) => tuple.params > limit)) return [statement];
  const pieces: Statement[] = [];
  let argIndex = 0;
  let current: { texts: string[]; args: InValue[] } = { texts: [], args: [] };
  for (const tuple of tuples) {
    if (current.texts.length > 0 && current.args.length + tuple.params > limit) {
      pieces.push({ sql: `${head} ${current.texts.join(", ")}${tail}`, args: current.args });
      current = { texts: [], args: [] };
    }
    current.texts.push(tuple.text);
    current.args.push(...statement.args.slice(argIndex, argIndex + tuple.params));
    argIndex += tuple.params;
  }
  pieces.push({ sql: `${head} ${current.texts.join(", ")}${tail}`, args: current.args });
  return pieces;
}

/**
 * The statement with every `?` replaced by its value as an SQL literal: text quoted with quotes
 * doubled (SQLite's only escape), numbers and booleans as numbers, bytes as a blob literal. Question
 * marks inside quoted text or identifiers are left alone.
 */
export function inlineValues(statement: Statement): Statement {
  let argIndex = 0;
  let sql = "";
  let quote: string | null = null;
  for (const char of statement.sql) {
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === "?") {
      if (argIndex >= statement.args.length) throw new Error("More placeholders than values");
      sql += sqlLiteral(statement.args[argIndex++] as InValue);
      continue;
    }
    sql += char;
  }
  if (argIndex !== statement.args.length) throw new Error("More values than placeholders");
  return { sql, args: [] };
}

function sqlLiteral(value: InValue): string {
  if (value === null) return "NULL";
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} into SQL`);
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (value instanceof Date) return value.getTime().toFixed(0);
  const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
  return `X'${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}'`;
}
