import { sql } from "drizzle-orm";
import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * Always empty: a conditional change writes a row here right after itself, with how many rows it
 * expected to change and how many it did (`changes()`), and deletes it at once. A mismatch breaks the
 * CHECK and fails the whole transaction, at the statement where transactions are interactive and at
 * commit where they are batched (D1), so of two racing decisions only one is stored (fenced-change.ts).
 */
export const changeFences = sqliteTable(
  "change_fences",
  {
    expected: integer("expected").notNull(),
    changed: integer("changed").notNull(),
  },
  (t) => [check("change_fences_hold", sql`${t.changed} = ${t.expected}`)],
);
