import { afterEach, describe, expect, it } from "vitest";
import { startWorker, type TestWorker } from "./harness.js";

/**
 * Which database a Worker uses (src/runtime/worker/database.ts): the D1 binding DB by default, Turso
 * (libSQL over HTTP) when DATABASE_URL is a libsql:// URL, and a one-line answer saying what to set
 * when it has neither.
 */
describe("the Worker's database", () => {
  let worker: TestWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });

  it("uses Turso when DATABASE_URL is a libsql:// URL, even with DB bound, and reports it down when unreachable", async () => {
    // Port 9 (discard) on loopback: nothing answers, as with a Turso database that cannot be reached.
    worker = await startWorker({
      bindings: { DATABASE_URL: "libsql://127.0.0.1:9", DATABASE_AUTH_TOKEN: "turso-token-secret" },
    });
    const health = await worker.fetch("/healthz");
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", database: "down" });
    // The D1 bound beside it was left alone.
    expect(await worker.d1.prepare("select count(*) from members").raw({ columnNames: true })).toEqual([
      ["count(*)"],
      [0],
    ]);
  });

  it("answers 503 saying what to configure when there is no D1 binding and no DATABASE_URL", async () => {
    worker = await startWorker({ d1: false });
    const response = await worker.fetch("/healthz");
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toMatch(/bind a D1 database as DB in wrangler\.toml, or set DATABASE_URL/);
    expect(response.headers.get("retry-after")).toBe("60");
  });

  it("answers 503 naming the setting, never its value, when a setting is invalid", async () => {
    worker = await startWorker({ bindings: { SLACK_BOT_TOKEN: "not-a-bot-token-SECRET" } });
    const response = await worker.fetch("/");
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(text).toContain("SLACK_BOT_TOKEN");
    expect(text).not.toContain("not-a-bot-token-SECRET");
  });
});
