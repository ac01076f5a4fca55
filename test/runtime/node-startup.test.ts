import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { members } from "../../src/db/schema/index.js";
import { DEMO_INTENDED_STATUSES } from "../../src/domain/dossier/demo.js";

const root = new URL("../../", import.meta.url).pathname;

/** Starts `src/runtime/node.ts` as `npm start` does and resolves with the port it logs. */
function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number; logs: string[] }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/runtime/node.ts"], {
    cwd: root,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no 'listening' line; logs: ${logs.join("\n")}`)),
      20_000,
    );
    child.stderr!.on("data", (chunk: Buffer) => logs.push(chunk.toString()));
    child.stdout!.on("data", (chunk: Buffer) => {
      for (const line of chunk.toString().split("\n").filter(Boolean)) {
        logs.push(line);
        const entry = JSON.parse(line) as { message: string; port?: number };
        if (entry.message === "listening") {
          clearTimeout(timer);
          resolve({ child, port: entry.port!, logs });
        }
      }
    });
    child.on("exit", (code) => reject(new Error(`exited with ${code}; logs: ${logs.join("\n")}`)));
  });
}

const exitCode = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on("exit", resolve));

describe("npm start on an empty database file", () => {
  let directory: string | undefined;
  let running: ChildProcess | undefined;
  afterEach(() => {
    running?.kill("SIGKILL");
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it("creates the schema, loads the demo, serves / and /healthz, and stops cleanly on SIGTERM", async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-start-"));
    const file = join(directory, "nested", "ogp.db");
    const { child, port, logs } = await startServer({ DATABASE_URL: `file:${file}` });
    running = child;

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    const check = await openDatabase({ url: `file:${file}` });
    const stored = await check.db.select({ name: members.name, slug: members.slug }).from(members);
    check.close();
    expect(stored.map((member) => member.slug).sort()).toEqual(Object.keys(DEMO_INTENDED_STATUSES).sort());
    for (const member of stored) expect(page).toContain(member.name);

    const exited = exitCode(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(logs.join("\n")).toContain('"message":"stopped"');
  }, 40_000);

  it("starts empty with DEMO_DATA=off", async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-start-"));
    const file = join(directory, "ogp.db");
    const { child, port } = await startServer({ DATABASE_URL: `file:${file}`, DEMO_DATA: "off" });
    running = child;
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toContain(
      "No members are registered yet.",
    );
    const check = await openDatabase({ url: `file:${file}` });
    expect(await check.db.$count(members)).toBe(0);
    check.close();
  }, 40_000);

  it("refuses to start on an invalid setting, naming it", async () => {
    await expect(startServer({ PORT: "not-a-port" })).rejects.toThrow(/PORT/);
  }, 40_000);
});
