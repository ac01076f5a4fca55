import { type SQL, sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, integer, text } from "drizzle-orm/sqlite-core";

/** Text ids so rows can be created on any instance (Node, Workers, Turso replicas) without a round-trip. */
export const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

/** An instant, stored as epoch milliseconds. */
export const instant = (name: string) => integer(name, { mode: "timestamp_ms" });

export const createdAt = () =>
  instant("created_at")
    .notNull()
    .$defaultFn(() => new Date());

/** A civil date in the member's time zone, ISO `YYYY-MM-DD`. */
export const civilDate = (name: string) => text(name);

/** A month, ISO `YYYY-MM` (milestones are planned by month, Annex 2 §17). */
export const civilMonth = (name: string) => text(name);

const quoted = (values: readonly string[]) =>
  sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", "));

/** CHECK that a code column holds one of a vocabulary's codes (NULL passes; add notNull for required). */
export function oneOf(
  name: string,
  column: AnySQLiteColumn,
  values: readonly string[],
): ReturnType<typeof check> {
  return check(name, sql`${column} in (${quoted(values)})`);
}

/** CHECK that a text column is an ISO date (shape only; the zod layer checks the calendar). */
export function isoDate(name: string, column: AnySQLiteColumn): ReturnType<typeof check> {
  return check(name, sql`${column} is null or ${column} glob '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`);
}

export function isoMonth(name: string, column: AnySQLiteColumn): ReturnType<typeof check> {
  return check(name, sql`${column} is null or ${column} glob '[0-9][0-9][0-9][0-9]-[01][0-9]'`);
}

/** CHECK that exactly one of several nullable references is set (polymorphic owner/subject). */
export function exactlyOne(name: string, columns: AnySQLiteColumn[]): ReturnType<typeof check> {
  const terms: SQL[] = columns.map((c) => sql`(${c} is not null)`);
  return check(name, sql`${sql.join(terms, sql` + `)} = 1`);
}
