import { drizzle } from "drizzle-orm/libsql";
import type { Database, DatabaseHandle } from "../../src/db/client.js";
import * as schema from "../../src/db/schema/index.js";

export interface PlannedStatement {
  sql: string;
  /** SQLite's `explain query plan` details, in order. */
  plan: string[];
}

/**
 * A database on `handle` whose statements are captured, and what SQLite plans for each statement a
 * call really sends: the plan of the statement a repository builds, with its own parameters.
 */
export function queryPlans(handle: DatabaseHandle) {
  const issued: { sql: string; params: unknown[] }[] = [];
  const db: Database = drizzle(handle.client, {
    schema,
    logger: { logQuery: (sql, params) => issued.push({ sql, params }) },
  });
  return {
    db,
    async of<T>(call: (db: Database) => Promise<T>): Promise<{ result: T; statements: PlannedStatement[] }> {
      issued.length = 0;
      const result = await call(db);
      const statements: PlannedStatement[] = [];
      for (const query of issued.splice(0)) {
        const plan = await handle.client.execute({
          sql: `explain query plan ${query.sql}`,
          args: query.params as never,
        });
        statements.push({ sql: query.sql, plan: plan.rows.map((row) => String(row.detail)) });
      }
      return { result, statements };
    },
  };
}
