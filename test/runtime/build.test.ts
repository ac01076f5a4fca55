import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { signSlackRequest } from "../../src/platforms/slack/index.js";
import {
  commandPayload,
  DISCORD_USERS,
  generateDiscordKeys,
  signedDiscordHeaders,
} from "../platforms/discord/discord-requests.js";
import { slashCommandBody } from "../platforms/slack/slack-requests.js";
import { startFakeApi } from "../support/fake-http.js";

const root = new URL("../../", import.meta.url).pathname;

describe("the production build", () => {
  let directory: string | undefined;
  afterEach(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it("bundles the server and its libraries, and the bundle serves the site and both chat platforms", async () => {
    execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: root });
    const bundle = readFileSync(join(root, "dist/node.js"), "utf8");
    expect(bundle).not.toMatch(/from ["']tsx/);
    directory = mkdtempSync(join(tmpdir(), "ogp-bundle-"));
    // Slack's response URLs and Discord's API, on loopback.
    const platforms = await startFakeApi(() => ({ body: { ok: true, id: "1" } }));
    const keys = await generateDiscordKeys();
    const signingSecret = "bundle-signing-secret-0123456789ab";
    const child = spawn(process.execPath, ["dist/node.js"], {
      cwd: root,
      env: {
        ...process.env,
        PORT: "0",
        LOG_LEVEL: "info",
        DATABASE_URL: `file:${join(directory, "ogp.db")}`,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_BOT_TOKEN: "xoxb-bundle",
        SLACK_API_URL: `${platforms.url}/api/`,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_API_URL: `${platforms.url}/discord`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the bundle did not start")), 20_000);
        child.stdout!.on("data", (chunk: Buffer) => {
          for (const line of chunk.toString().split("\n").filter(Boolean)) {
            const entry = JSON.parse(line) as { message: string; port?: number };
            if (entry.message === "listening") {
              clearTimeout(timer);
              resolve(entry.port!);
            }
          }
        });
      });
      const server = `http://127.0.0.1:${port}`;
      expect((await fetch(`${server}/healthz`)).status).toBe(200);
      expect(await (await fetch(`${server}/`)).text()).toContain("Kōwhai Coast District");

      const timestamp = Math.floor(Date.now() / 1000);
      const slackBody = slashCommandBody({
        userId: "U0BUNDLE",
        text: "help",
        responseUrl: `${platforms.url}/response/1`,
      });
      const slack = await fetch(`${server}/slack/events`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": await signSlackRequest(signingSecret, timestamp, slackBody),
        },
        body: slackBody,
      });
      expect(slack.status).toBe(200);

      const interaction = JSON.stringify(commandPayload({ userId: DISCORD_USERS.poc }, "help"));
      const discord = await fetch(`${server}/discord/interactions`, {
        method: "POST",
        headers: await signedDiscordHeaders(keys.privateKey, String(timestamp), interaction),
        body: interaction,
      });
      expect(await discord.json()).toEqual({ type: 5, data: { flags: 64 } });

      // The work after both acknowledgements: Bolt and @discordjs/rest, as bundled, deliver the help.
      const deadline = Date.now() + 10_000;
      const replied = () =>
        platforms.requests.some((request) => request.path === "/response/1") &&
        platforms.requests.some(
          (request) => request.method === "PATCH" && decodeURIComponent(request.path).endsWith("/@original"),
        );
      while (!replied() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(
        JSON.stringify(platforms.requests.find((request) => request.path === "/response/1")?.body),
      ).toContain("OGP Local");
      expect(replied()).toBe(true);
    } finally {
      child.kill("SIGTERM");
      await platforms.close();
    }
  }, 40_000);
});
