import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { openDatabase } from "../../src/db/client.js";
import { alertsOutbox, jobLeases } from "../../src/db/schema/index.js";
import { DEMO_REFERENCE_DATE } from "../../src/domain/dossier/demo.js";
import { TICK_LEASE } from "../../src/scheduler/index.js";

describe("cli scheduler tick", () => {
  let directory: string;
  let env: Record<string, string>;
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, env);
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
  const withDb = async <T>(work: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>) => {
    const handle = await openDatabase({ url: env.DATABASE_URL });
    try {
      return await work(handle.db);
    } finally {
      handle.close();
    }
  };

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-tick-"));
    env = { DATABASE_URL: `file:${join(directory, "tick.db")}`, PUBLIC_BASE_URL: "https://ogp.example.org" };
    expect((await run("seed-demo")).code).toBe(0);
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it("prints what a dry run would write and send, and writes nothing", async () => {
    const { code, out } = await run("scheduler", "tick", "--at", DEMO_REFERENCE_DATE, "--dry-run");
    expect(code).toBe(0);
    expect(out).toContain(`Tick at ${DEMO_REFERENCE_DATE} (dry run: nothing written)`);
    expect(out).toContain("5 member(s) evaluated; 0 status transition(s) would be recorded");
    // Without subscriptions only the linked PoCs' and civil society's direct messages remain.
    expect(out).toContain("Alerts: 10 addressed, 9 new (would be written to the outbox)");
    expect(out).toMatch(
      /DUE-UPDATE\s+kowhai-coast\s+discord:815500000000000002 \(DM\)\s+Overdue: Quarterly progress update · Kōwhai Coast District/,
    );
    expect(out).toContain("Rosa Elena Campos (point_of_contact)");
    expect(await withDb((db) => db.$count(alertsOutbox))).toBe(0);
  });

  it("writes the alerts once, as JSON on request, and stands aside while another instance holds the lease", async () => {
    const first = await run("scheduler", "tick", "--at", DEMO_REFERENCE_DATE, "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ dryRun: false, evaluated: 5, alerts: { created: 9 } });
    const again = await run("scheduler", "tick", "--at", DEMO_REFERENCE_DATE, "--json");
    expect(JSON.parse(again.out)).toMatchObject({ alerts: { created: 0 } });
    expect(await withDb((db) => db.$count(alertsOutbox))).toBe(9);

    await withDb((db) =>
      db
        .insert(jobLeases)
        .values({ name: TICK_LEASE, holder: "server:1", expiresAt: new Date(Date.now() + 60_000) }),
    );
    const busy = await run("scheduler", "tick", "--at", DEMO_REFERENCE_DATE);
    expect(busy.code).toBe(1);
    expect(busy.err).toMatch(
      /^Another instance is ticking \(server:1, lease until .*\); nothing was done\.$/,
    );
  });
});
