import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { members } from "../../src/db/schema/index.js";
import { DEMO_INTENDED_STATUSES } from "../../src/domain/dossier/demo.js";
import { enqueueAlerts } from "../../src/outbox/index.js";
import { signSlackRequest } from "../../src/platforms/slack/index.js";
import {
  APPLICATION_ID,
  generateDiscordKeys,
  signedDiscordHeaders,
} from "../platforms/discord/discord-requests.js";
import { SIGNING_SECRET, slashCommandBody } from "../platforms/slack/slack-requests.js";
import { FakeSlack } from "../support/fake-slack.js";
import { textPost } from "../support/posts.js";

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
    const file = join(directory, "ogp.db");
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

    // The database holds people's contacts and tokens: only its owner may read it.
    expect(statSync(file).mode & 0o777).toBe(0o600);

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

  it("with Slack configured, answers a signed slash command and delivers the outbox to Slack", async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-start-"));
    const file = join(directory, "ogp.db");
    const slack = await FakeSlack.start();
    try {
      const { child, port } = await startServer({
        DATABASE_URL: `file:${file}`,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: "xoxb-test-token",
        SLACK_API_URL: slack.apiUrl,
      });
      running = child;

      const body = slashCommandBody({
        userId: "U0STRANGER",
        text: "help",
        responseUrl: slack.responseUrl("help"),
      });
      const timestamp = Math.floor(Date.now() / 1000);
      const command = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": await signSlackRequest(SIGNING_SECRET, timestamp, body),
        },
        body,
      });
      expect(command.status).toBe(200);
      await expect.poll(() => slack.responsesTo("help").length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(JSON.stringify(slack.responsesTo("help"))).toContain("link");

      const unsigned = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", body });
      expect(unsigned.status).toBe(401);

      const writer = await openDatabase({ url: `file:${file}` });
      await enqueueAlerts(writer.db, [
        {
          dedupeKey: "startup-test:1",
          alertKey: "startup-test:1",
          kind: "DUE-UPDATE",
          platform: "slack",
          workspaceId: "T0SPRING",
          target: "C0ALERTS",
          post: textPost("Quarterly update due"),
        },
      ]);
      writer.close();
      await expect
        .poll(() => slack.callsTo("chat.postMessage").map((call) => call.args.channel), { timeout: 10_000 })
        .toContain("C0ALERTS");
      expect(slack.callsTo("chat.postMessage")[0]!.token).toBe("xoxb-test-token");
    } finally {
      await slack.stop();
    }
  }, 40_000);

  it("with Discord configured, answers a signed PING and refuses an unsigned one", async () => {
    directory = mkdtempSync(join(tmpdir(), "ogp-start-"));
    const keys = await generateDiscordKeys();
    const { child, port } = await startServer({
      DATABASE_URL: `file:${join(directory, "ogp.db")}`,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    });
    running = child;
    const body = JSON.stringify({ id: "1", application_id: APPLICATION_ID, type: 1, token: "t", version: 1 });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const ping = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
      method: "POST",
      headers: await signedDiscordHeaders(keys.privateKey, timestamp, body),
      body,
    });
    expect(ping.status).toBe(200);
    expect(await ping.json()).toEqual({ type: 1 });
    const unsigned = await fetch(`http://127.0.0.1:${port}/discord/interactions`, { method: "POST", body });
    expect(unsigned.status).toBe(401);
  }, 40_000);

  it("refuses to start on an invalid setting, naming it", async () => {
    await expect(startServer({ PORT: "not-a-port" })).rejects.toThrow(/PORT/);
  }, 40_000);
});

/** Runs `npm start`'s entry to its exit, as a first-time user would see it: exit code and stderr. */
function startToExit(
  env: Record<string, string>,
  cwd = root,
): Promise<{ code: number | null; stderr: string }> {
  const loader = new URL("node_modules/tsx/dist/loader.mjs", `file://${root}`).href;
  const child = spawn(process.execPath, ["--import", loader, join(root, "src/runtime/node.ts")], {
    cwd,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("start-up failures say what to fix, in one line, without a stack trace", () => {
  let directory: string;
  let blocker: Server | undefined;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "ogp-fail-"));
  });
  afterEach(() => {
    blocker?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const oneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  };

  it("names a port already in use", async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, "0.0.0.0", resolve));
    const port = (blocker.address() as { port: number }).port;
    const { code, stderr } = await startToExit({
      PORT: String(port),
      DATABASE_URL: `file:${join(directory, "a.db")}`,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${port} is already in use`);
    oneLine(stderr);
  }, 30_000);

  it("refuses a file: URL whose folder does not exist, and creates nothing", async () => {
    const missing = join(directory, "typo", "ogp.db");
    const { code, stderr } = await startToExit({ PORT: "0", DATABASE_URL: `file:${missing}` });
    expect(code).toBe(1);
    expect(stderr).toContain("does not exist. Create it, or correct the path.");
    expect(existsSync(join(directory, "typo"))).toBe(false);
    oneLine(stderr);
  }, 30_000);

  it("names a DATABASE_URL of the wrong kind, and an unreachable libSQL server", async () => {
    const wrong = await startToExit({ PORT: "0", DATABASE_URL: "postgres://db.example/ogp" });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("DATABASE_URL: expected file:PATH, :memory:, or a libsql:// (Turso) URL");
    const unreachable = await startToExit({ PORT: "0", DATABASE_URL: "http://127.0.0.1:9" });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain("Cannot open the database at http://127.0.0.1:9");
    oneLine(unreachable.stderr);
  }, 30_000);

  it("reads settings from .env in the working folder, under those set in the environment", async () => {
    const file = join(directory, "from-dotenv.db");
    writeFileSync(join(directory, ".env"), `DATABASE_URL=file:${file}\nPORT=not-a-port\n`);
    // PORT from the environment wins over .env's; DATABASE_URL comes from .env.
    const blockerPort = await new Promise<number>((resolve) => {
      blocker = createServer();
      blocker.listen(0, "0.0.0.0", () => resolve((blocker!.address() as { port: number }).port));
    });
    const { code, stderr } = await startToExit({ PORT: String(blockerPort) }, directory);
    expect(stderr).toContain(`Port ${blockerPort} is already in use`);
    expect(code).toBe(1);
    expect(existsSync(file)).toBe(true);
  }, 30_000);
});
