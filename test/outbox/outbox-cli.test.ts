import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { migrateDatabase, openDatabase } from "../../src/db/client.js";
import { alertsOutbox, auditLog } from "../../src/db/schema/index.js";
import { enqueueAlerts } from "../../src/outbox/index.js";
import { textPost } from "../support/posts.js";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

describe("cli outbox", () => {
  let directory: string;
  let env: Record<string, string>;
  let failedId: string;

  beforeEach(async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-outbox-cli-"));
    env = { DATABASE_URL: `file:${join(directory, "cli.db")}` };
    const handle = await openDatabase({ url: env.DATABASE_URL });
    await migrateDatabase(handle.db);
    await enqueueAlerts(handle.db, [
      {
        dedupeKey: "ok",
        alertKey: "ok",
        kind: "DUE-UPDATE",
        platform: "slack",
        target: "C1",
        post: textPost("hi"),
      },
      {
        dedupeKey: "bad",
        alertKey: "bad",
        kind: "INACT-4",
        platform: "discord",
        target: "42",
        isDirectMessage: true,
        post: textPost("hi"),
      },
    ]);
    const [failed] = await handle.db
      .update(alertsOutbox)
      .set({
        state: "failed",
        attempts: 1,
        lastError: "/channels/9/messages: HTTP 403 50007: Cannot send messages to this user",
      })
      .where(eq(alertsOutbox.dedupeKey, "bad"))
      .returning();
    failedId = failed!.id;
    handle.close();
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  const rowState = async () => {
    const handle = await openDatabase({ url: env.DATABASE_URL });
    const [row] = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.id, failedId));
    const audits = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, failedId));
    handle.close();
    return { row, audits };
  };

  it("lists the outbox commands in the overview and explains each", async () => {
    const overview = capture();
    await runCli(["--help"], overview.io, env);
    expect(overview.out.join("\n")).toMatch(/outbox list[\s\S]*outbox retry/);
    const help = capture();
    expect(await runCli(["outbox", "list", "--help"], help.io, env)).toBe(0);
    expect(help.out.join("\n")).toContain(
      "Usage: ogp-local outbox list [--failed] [--state STATE] [--limit N] [--json]",
    );
  });

  it("lists only failed alerts with their reason and id", async () => {
    const { io, out } = capture();
    expect(await runCli(["outbox", "list", "--failed"], io, env)).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain(failedId);
    expect(out[0]).toContain("discord:-/42 (DM)");
    expect(out[0]).toContain("HTTP 403 50007");
  });

  it("prints rows as JSON, filtered and limited", async () => {
    const all = capture();
    expect(await runCli(["outbox", "list", "--json"], all.io, env)).toBe(0);
    expect((JSON.parse(all.out.join("\n")) as unknown[]).length).toBe(2);
    const pending = capture();
    await runCli(["outbox", "list", "--state", "pending", "--limit", "1", "--json"], pending.io, env);
    expect(JSON.parse(pending.out.join("\n"))).toEqual([
      expect.objectContaining({ dedupeKey: "ok", state: "pending" }),
    ]);
  });

  it("refuses an unknown state, a bad limit and contradictory flags", async () => {
    for (const args of [
      ["--state", "lost"],
      ["--limit", "0"],
      ["--failed", "--state", "sent"],
    ]) {
      const { io, err } = capture();
      expect(await runCli(["outbox", "list", ...args], io, env)).toBe(2);
      expect(err.join("\n")).toContain("outbox list --help");
    }
  });

  it("puts a failed alert back in line with fresh attempts, and audits it", async () => {
    const { io, out } = capture();
    expect(await runCli(["outbox", "retry", failedId], io, env)).toBe(0);
    expect(out.join("\n")).toContain("pending again");
    const { row, audits } = await rowState();
    expect(row).toMatchObject({ state: "pending", attempts: 0 });
    expect(audits).toEqual([
      expect.objectContaining({
        entity: "alerts_outbox",
        action: "update",
        source: "cli",
        changes: expect.objectContaining({ state: "pending", attempts: 0 }),
      }),
    ]);
  });

  it("retries only failed alerts, and says so for others and for unknown ids", async () => {
    await runCli(["outbox", "retry", failedId], capture().io, env);
    const again = capture();
    expect(await runCli(["outbox", "retry", failedId], again.io, env)).toBe(1);
    expect(again.err.join("\n")).toContain("is pending, not failed");
    const unknown = capture();
    expect(await runCli(["outbox", "retry", "no-such-id"], unknown.io, env)).toBe(1);
    expect(unknown.err.join("\n")).toContain("No outbox row has the id no-such-id");
    expect((await rowState()).audits).toHaveLength(1);
  });
});
