import { readFileSync } from "node:fs";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/libsql";
import { Miniflare } from "miniflare";
import { inject } from "vitest";
import { type D1Binding, d1Client } from "../../src/db/d1-client.js";
import type { Database } from "../../src/db/database.js";
import * as schema from "../../src/db/schema/index.js";

const WRANGLER_TOML = readFileSync(new URL("../../wrangler.toml", import.meta.url), "utf8");
const setting = (name: string) => new RegExp(`^${name}\\s*=\\s*(.+)$`, "m").exec(WRANGLER_TOML)?.[1] ?? "";

/** The bundle's runtime settings, as wrangler.toml gives them to `wrangler dev` and `wrangler deploy`. */
const COMPATIBILITY_DATE = JSON.parse(setting("compatibility_date")) as string;
const COMPATIBILITY_FLAGS = JSON.parse(setting("compatibility_flags")) as string[];

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

const bundles = new Map<string, string>();
const bundleContents = (path: string): string => {
  let contents = bundles.get(path);
  if (contents === undefined) {
    contents = readFileSync(path, "utf8");
    bundles.set(path, contents);
  }
  return contents;
};

export interface TestWorker {
  /** A request to the Worker's `fetch`, as from the internet. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** A Cron Trigger; resolves once the handler and everything it left to `waitUntil` are done. */
  scheduled(cron: string, at?: Date): Promise<{ outcome: string }>;
  /** The Worker's D1 database, read and written from the test through the same adapter the Worker uses. */
  db: Database;
  d1: D1Binding;
  close(): Promise<void>;
}

export interface WorkerOptions {
  /** Variables and secrets, as wrangler.toml's [vars] and `wrangler secret put` would give them. */
  bindings?: Record<string, string>;
  /** A D1 database already on disk (`wrangler d1 migrations apply --local --persist-to`); fresh and migrated here otherwise. */
  d1Persist?: string;
  /** false: no D1 bound as DB (a Turso deployment, or a misconfigured one). */
  d1?: boolean;
}

/** The built Worker in workerd (Miniflare), with a local D1 bound as DB. */
export async function startWorker(options: WorkerOptions = {}): Promise<TestWorker> {
  const bundleDir = inject("workerBundleDir");
  const databaseId = /database_id\s*=\s*"([^"]+)"/.exec(WRANGLER_TOML)?.[1] ?? "DB";
  const scriptPath = join(bundleDir, "worker.js");
  // The module given with its contents: with `scriptPath` alone Miniflare parses the 5.5 MB bundle
  // in Node first (1–2 s a start).
  const mf = new Miniflare({
    modules: [{ type: "ESModule", path: scriptPath, contents: bundleContents(scriptPath) }],
    modulesRoot: bundleDir,
    compatibilityDate: COMPATIBILITY_DATE,
    compatibilityFlags: COMPATIBILITY_FLAGS,
    d1Databases: options.d1 === false ? {} : { DB: databaseId },
    ...(options.d1Persist ? { d1Persist: options.d1Persist } : {}),
    bindings: { LOG_LEVEL: "warn", DEMO_DATA: "off", ...options.bindings },
  });
  if (options.d1 === false) {
    const unbound = () => {
      throw new Error("this Worker has no D1 database bound");
    };
    return {
      fetch: (path, init) =>
        mf.dispatchFetch(`http://ogp.test${path}`, init as never) as unknown as Promise<Response>,
      scheduled: async (cron, at = new Date()) =>
        (await mf.getWorker()).scheduled({ cron, scheduledTime: at }),
      get db(): Database {
        return unbound();
      },
      get d1(): D1Binding {
        return unbound();
      },
      close: () => mf.dispose(),
    };
  }
  const d1 = (await mf.getD1Database("DB")) as unknown as D1Binding;
  if (!options.d1Persist)
    for (const statements of migrationStatements()) await d1.batch(statements.map((sql) => d1.prepare(sql)));
  return {
    fetch: (path, init) =>
      mf.dispatchFetch(`http://ogp.test${path}`, init as never) as unknown as Promise<Response>,
    scheduled: async (cron, at = new Date()) => (await mf.getWorker()).scheduled({ cron, scheduledTime: at }),
    db: drizzle(d1Client(d1), { schema }),
    d1,
    close: () => mf.dispose(),
  };
}

/** Waits for what the Worker does after its response (`waitUntil`): polls `done` for up to `ms`. */
export async function eventually<T>(probe: () => T | undefined | null | false, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error("the Worker's work after the response did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
