import { createRequire } from "node:module";

/**
 * @libsql/client prepares every statement anew on a local database (`executeStmt` calls
 * `db.prepare(sql)` each time, and has no option to keep them), and preparing costs more than running
 * most of our queries: the facts query takes about a millisecond to prepare. This keeps each
 * connection's most recently used statements prepared. A statement is only ever run to completion
 * (`all`, `run`) before the next use, so sharing one is safe; SQLite re-prepares a kept statement
 * itself when a migration changes the schema under it.
 *
 * Each execution also asks the driver for the statement's columns (twice) and sets its modes, each
 * a native call costing about as much as running a small query: a kept statement answers those from
 * what it was told the first time. Migrations run at start-up, before the statements they would
 * change are prepared.
 *
 * It patches the `libsql` driver that @libsql/client itself loads (resolved from there, so it is the
 * same module instance), once per process.
 */

const STATEMENTS_PER_CONNECTION = 256;

interface PreparingDatabase {
  prepare(sql: string): DriverStatement;
}

interface DriverStatement {
  columns(): unknown[];
  raw(on?: boolean): DriverStatement;
  safeIntegers(on?: boolean): DriverStatement;
}

/** The statement, answering the questions asked at every execution from their first answers. */
function rememberingAnswers(statement: DriverStatement): DriverStatement {
  const { columns, raw, safeIntegers } = statement;
  let knownColumns: unknown[] | undefined;
  // `raw(true)` throws for a statement that returns no rows, which is how the client tells them apart.
  let rawOutcome: { ok: true } | { error: unknown } | undefined;
  let safe: boolean | undefined;
  statement.columns = () => {
    knownColumns ??= columns.call(statement);
    return knownColumns;
  };
  statement.raw = (on = true) => {
    if (!on) {
      rawOutcome = undefined;
      return raw.call(statement, on);
    }
    if (!rawOutcome) {
      try {
        raw.call(statement, true);
        rawOutcome = { ok: true };
      } catch (error) {
        rawOutcome = { error };
      }
    }
    if ("error" in rawOutcome) throw rawOutcome.error;
    return statement;
  };
  statement.safeIntegers = (on = true) => {
    if (safe !== on) {
      safeIntegers.call(statement, on);
      safe = on;
    }
    return statement;
  };
  return statement;
}

const PATCHED = Symbol.for("ogp-local.statement-cache");

/** Statements prepared by the driver since the cache was installed, in this process: misses. */
export const preparedStatements = { count: 0 };

export function keepPreparedStatements(): void {
  const requireFromClient = createRequire(import.meta.resolve("@libsql/client"));
  const Database = requireFromClient("libsql") as { prototype: PreparingDatabase & { [PATCHED]?: true } };
  const prototype = Database.prototype;
  if (prototype[PATCHED]) return;
  const prepare = prototype.prepare;
  const caches = new WeakMap<object, Map<string, DriverStatement>>();
  prototype.prepare = function prepareOnce(this: PreparingDatabase, sql: string) {
    let cache = caches.get(this);
    if (!cache) {
      cache = new Map();
      caches.set(this, cache);
    }
    const kept = cache.get(sql);
    if (kept !== undefined) {
      // Most recently used last, so the first entry is the one to drop.
      cache.delete(sql);
      cache.set(sql, kept);
      return kept;
    }
    const statement = rememberingAnswers(prepare.call(this, sql));
    preparedStatements.count += 1;
    cache.set(sql, statement);
    if (cache.size > STATEMENTS_PER_CONNECTION) cache.delete(cache.keys().next().value!);
    return statement;
  };
  prototype[PATCHED] = true;
}
