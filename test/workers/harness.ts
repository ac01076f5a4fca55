import { readFileSync } from "node:fs";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/libsql";
import { Miniflare } from "miniflare";
import { inject } from "vitest";
import { type D1Binding, d1Client } from "../../src/db/d1-client.js";
import type { Database } from "../../src/db/database.js";
import * as schema from "../../src/db/schema/index.js";
import {
  COMPATIBILITY_DATE,
  COMPATIBILITY_FLAGS,
  D1_DATABASE_ID,
  migrationStatements,
} from "./wrangler-settings.js";

export { migrationStatements } from "./wrangler-settings.js";

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
  const scriptPath = join(bundleDir, "worker.js");
  // The module given with its contents: with `scriptPath` alone Miniflare parses the 5.5 MB bundle
  // in Node first (1–2 s a start).
  const mf = new Miniflare({
    modules: [{ type: "ESModule", path: scriptPath, contents: bundleContents(scriptPath) }],
    modulesRoot: bundleDir,
    compatibilityDate: COMPATIBILITY_DATE,
    compatibilityFlags: COMPATIBILITY_FLAGS,
    d1Databases: options.d1 === false ? {} : { DB: D1_DATABASE_ID },
    ...(options.d1Persist ? { d1Persist: options.d1Persist } : {}),
    bindings: { LOG_LEVEL: "warn", DEMO_DATA: "off", ...options.bindings },
  });
  const entry = {
    fetch: (path: string, init?: RequestInit) =>
      mf.dispatchFetch(`http://ogp.test${path}`, init as never) as unknown as Promise<Response>,
    scheduled: async (cron: string, at = new Date()) =>
      (await mf.getWorker()).scheduled({ cron, scheduledTime: at }),
    close: () => mf.dispose(),
  };
  if (options.d1 === false) {
    const unbound = () => {
      throw new Error("this Worker has no D1 database bound");
    };
    return {
      ...entry,
      get db(): Database {
        return unbound();
      },
      get d1(): D1Binding {
        return unbound();
      },
    };
  }
  const d1 = (await mf.getD1Database("DB")) as unknown as D1Binding;
  if (!options.d1Persist)
    for (const statements of migrationStatements()) await d1.batch(statements.map((sql) => d1.prepare(sql)));
  return { ...entry, db: drizzle(d1Client(d1), { schema }), d1 };
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
