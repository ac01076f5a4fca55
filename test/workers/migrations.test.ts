import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getTableColumns, getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../src/db/schema/index.js";
import { DEMO_INTENDED_STATUSES } from "../../src/domain/dossier/demo.js";
import { startWorker, type TestWorker } from "./harness.js";

const run = promisify(execFile);
const REPO = new URL("../..", import.meta.url).pathname;

/** `wrangler d1 migrations apply DB --local`, as README's Workers section has operators run it before deploying. */
async function applyMigrations(persistTo: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo],
      { cwd: REPO, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" }, timeout: 60_000 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** The committed migrations, in the order drizzle-kit's journal (what Node applies) gives them. */
const journalTags = (
  JSON.parse(readFileSync(join(REPO, "drizzle/meta/_journal.json"), "utf8")) as { entries: { tag: string }[] }
).entries.map((entry) => entry.tag);

const schemaTables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable =>
  is(value, SQLiteTable),
);

const rowsOf = async <T>(worker: TestWorker, query: string) =>
  ((await worker.d1.prepare(query).raw<unknown[]>({ columnNames: true })) as [string[], ...unknown[][]])
    .slice(1)
    .map((row) => row as T);

describe("the committed migrations on a fresh local D1, through wrangler", () => {
  const dir = mkdtempSync(join(tmpdir(), "ogp-d1-migrations-"));
  let first: { code: number; output: string };
  let second: { code: number; output: string };
  let worker: TestWorker;

  beforeAll(async () => {
    first = await applyMigrations(dir);
    second = await applyMigrations(dir);
    // wrangler lays out `--persist-to DIR` as DIR/v3/d1 (it prints "from …/v3/d1"), which is Miniflare's d1Persist.
    worker = await startWorker({ d1Persist: join(dir, "v3", "d1"), bindings: { DEMO_DATA: "on" } });
  });
  afterAll(async () => {
    await worker?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("applies every migration of the journal once, and nothing on a second run", async () => {
    expect(first.code, first.output).toBe(0);
    for (const tag of journalTags) expect(first.output).toContain(`${tag}.sql`);
    expect(first.output).not.toMatch(/✘|ERROR/);
    expect(first.output).toContain(join(dir, "v3", "d1").split("/").slice(-3).join("/"));
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain("No migrations to apply");
    for (const tag of journalTags) expect(second.output).not.toContain(tag);

    // Wrangler applies every .sql file of migrations_dir; Node applies the journal: the two must agree.
    const applied = await rowsOf<[string]>(worker, "select name from d1_migrations order by id");
    expect(applied.map(([name]) => name)).toEqual(journalTags.map((tag) => `${tag}.sql`));
  });

  it("serves /healthz with the database up, from the D1 wrangler migrated", async () => {
    const response = await worker.fetch("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
  });

  it("loads the demo (DEMO_DATA=on) and lists its members with their recorded statuses", async () => {
    const response = await worker.fetch("/api/v1/members");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: { slug: string; status: string }[] };
    const dossier = JSON.parse(readFileSync(join(REPO, "demo/demo-dossier.json"), "utf8")) as {
      members: { slug: string }[];
    };
    expect(body.items.map((item) => item.slug).sort()).toEqual(
      dossier.members.map((member) => member.slug).sort(),
    );
    // The statuses the demo tells its story with (INACT-4, PROB-1, VOL-1: handbook §4.1–§4.2), as stored.
    for (const item of body.items)
      expect(item.status, item.slug).toBe(
        DEMO_INTENDED_STATUSES[item.slug as keyof typeof DEMO_INTENDED_STATUSES]?.status,
      );
  });

  it("has every table and column of src/db/schema", async () => {
    const tables = new Set(
      (await rowsOf<[string]>(worker, "select name from sqlite_master where type = 'table'")).map(
        ([name]) => name,
      ),
    );
    expect(schemaTables.length).toBeGreaterThan(20);
    expect(schemaTables.map(getTableName).filter((name) => !tables.has(name))).toEqual([]);
    // One batch: each table's columns as SQLite has them (D1 refuses pragmas on its own _cf_ tables).
    const columns = await worker.d1.batch(
      schemaTables.map((table) =>
        worker.d1.prepare("select name from pragma_table_info(?)").bind(getTableName(table)),
      ),
    );
    const missing = schemaTables.flatMap((table, index) => {
      const stored = new Set(((columns[index]?.results ?? []) as { name: string }[]).map((row) => row.name));
      return Object.values(getTableColumns(table))
        .filter((column) => !stored.has(column.name))
        .map((column) => `${getTableName(table)}.${column.name}`);
    });
    expect(missing).toEqual([]);
  });
});
