import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { inboundDeliveries } from "../../src/db/schema/index.js";
import { chatStores } from "../../src/db/stores.js";
import { createLogger } from "../../src/logging/logger.js";
import { createDiscordEndpoints } from "../../src/platforms/discord/index.js";
import { createIngress, MAX_BODY_BYTES, readBoundedBody } from "../../src/platforms/ingress/index.js";
import { createSlackEndpoints } from "../../src/platforms/slack/index.js";
import { createApp } from "../../src/web/app.js";
import { NOW } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { generateDiscordKeys } from "./discord/discord-requests.js";
import { SIGNING_SECRET, sendToSlackEndpoint } from "./slack/slack-requests.js";

const logger = createLogger("silent");

/** A body that arrives in chunks with no declared length, as a client streaming it would send it. */
function streamed(bytes: number, chunk = 64 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, bytes - sent);
      controller.enqueue(new Uint8Array(size).fill(120));
      sent += size;
    },
  });
}

describe("the shared ingress", () => {
  it("reads a body up to the limit and refuses one beyond it, declared or streamed", async () => {
    const post = (body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
      new Request("http://local/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
    expect((await readBoundedBody(post("hello")))?.byteLength).toBe(5);
    expect(await readBoundedBody(post(streamed(MAX_BODY_BYTES)))).toHaveLength(MAX_BODY_BYTES);
    expect(await readBoundedBody(post(streamed(MAX_BODY_BYTES + 1)))).toBeNull();
    expect(await readBoundedBody(post("tiny", { "content-length": String(MAX_BODY_BYTES + 1) }))).toBeNull();
  });

  it("verifies before parsing, and claims each delivery once", async () => {
    const claimed: string[] = [];
    const seen: string[] = [];
    const accepted: unknown[] = [];
    const ingress = createIngress<string>(
      {
        platform: "slack",
        verify: async (body) =>
          new TextDecoder().decode(body).startsWith("signed:")
            ? { ok: true }
            : { ok: false, reason: "bad_signature" },
        parse: (body) => {
          seen.push(new TextDecoder().decode(body));
          return new TextDecoder().decode(body).slice("signed:".length);
        },
        deliveryId: (request) => (request === "handshake" ? null : request),
        duplicate: () => new Response("again"),
        defer: (request) =>
          request.startsWith("later-") ? { payload: { request }, ack: new Response("acked") } : null,
        handle: async (request) => new Response(`handled ${request}`),
      },
      {
        deliveries: {
          claim: async ({ deliveryId, work }) => {
            if (claimed.includes(deliveryId)) return false;
            claimed.push(work ? `${deliveryId} with work` : deliveryId);
            return true;
          },
        },
        jobs: { accept: (job) => accepted.push(job) },
        logger,
        now: () => NOW,
      },
    );
    const send = async (body: string) => {
      const response = await ingress(new Request("http://local/x", { method: "POST", body }));
      return `${response.status} ${await response.text()}`;
    };
    expect(await send("forged")).toMatch(/^401 /);
    expect(seen).toEqual([]);
    expect(await send("signed:a")).toBe("200 handled a");
    expect(await send("signed:a")).toBe("200 again");
    expect(await send("signed:handshake")).toBe("200 handled handshake");
    expect(await send("signed:handshake")).toBe("200 handled handshake");
    expect(await send("signed:later-b")).toBe("200 acked");
    expect(claimed).toEqual(["a", "later-b with work"]);
    expect(accepted).toEqual([
      {
        platform: "slack",
        deliveryId: "later-b",
        receivedAt: NOW,
        payload: { request: "later-b" },
        attempts: 0,
      },
    ]);
  });
});

describe("oversized requests on the webhooks", () => {
  let handle: DatabaseHandle;
  let app: Hono;

  beforeEach(async () => {
    handle = await freshDatabase();
    const keys = await generateDiscordKeys();
    const deps = { commands: { db: handle.db, logger, now: () => NOW }, ...chatStores(handle.db) };
    app = createApp({
      db: handle.db,
      logger,
      slack: createSlackEndpoints(
        { signingSecret: SIGNING_SECRET, botToken: "xoxb-x", apiUrl: "http://127.0.0.1:9/api", retries: 0 },
        deps,
      ),
      discord: createDiscordEndpoints({ publicKey: keys.publicKeyHex, apiUrl: "http://127.0.0.1:9" }, deps),
    });
  });
  afterEach(() => handle.close());

  it("answers 413 before reading the rest, signed or not, and writes nothing", async () => {
    const big = "x".repeat(MAX_BODY_BYTES + 1);
    const signed = await sendToSlackEndpoint(
      app,
      `command=/ogp&text=${big}`,
      "application/x-www-form-urlencoded",
    );
    expect(signed.status).toBe(413);
    expect(await signed.json()).toMatchObject({ error: "payload_too_large" });
    for (const path of ["/slack/events", "/discord/interactions"]) {
      const unsigned = await app.request(path, {
        method: "POST",
        body: streamed(8 * MAX_BODY_BYTES),
        duplex: "half",
      } as RequestInit);
      expect(unsigned.status, path).toBe(413);
    }
    expect(await handle.db.$count(inboundDeliveries)).toBe(0);
  });
});
