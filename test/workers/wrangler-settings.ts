import { readFileSync } from "node:fs";

/**
 * What wrangler.toml gives `wrangler dev` and `wrangler deploy`, read the same way by the Worker
 * tests and bench:worker, and the committed migrations as `wrangler d1 migrations apply` runs them.
 */
const WRANGLER_TOML = readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8");
const setting = (name: string) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(WRANGLER_TOML)?.[1] ?? "";

export const COMPATIBILITY_DATE = JSON.parse(setting("compatibility_date")) as string;
export const COMPATIBILITY_FLAGS = JSON.parse(setting("compatibility_flags")) as string[];
export const MINIFIED = /^minify\s*=\s*true/m.test(WRANGLER_TOML);
export const D1_DATABASE_ID = /database_id\s*=\s*"([^"]+)"/.exec(WRANGLER_TOML)?.[1] ?? "DB";

/** The committed migrations in journal order, each split where drizzle-kit marks a statement break. */
export function migrationStatements(): string[][] {
  const journal = JSON.parse(
    readFileSync(new URL("../../drizzle/meta/_journal.json", import.meta.url), "utf8"),
  );
  return (journal.entries as { tag: string }[]).map(({ tag }) =>
    readFileSync(new URL(`../../drizzle/${tag}.sql`, import.meta.url), "utf8")
      .split("--> statement-breakpoint")
      .map((statement) => statement.trim())
      .filter((statement) => statement !== ""),
  );
}
