import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { members } from "../../src/db/schema/index.js";
import { createLogger, silentLogger } from "../../src/logging/logger.js";
import { enqueueAlerts } from "../../src/outbox/index.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";
import { textPost } from "../support/posts.js";

describe("web app", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  describe("GET /healthz", () => {
    it("answers 200 when the database answers", async () => {
      const response = await createApp({ db: handle.db, logger: silentLogger }).request("/healthz");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok", database: "up" });
    });

    it("answers 503 when the database is unreachable", async () => {
      const app = createApp({ db: handle.db, logger: silentLogger });
      handle.close();
      const response = await app.request("/healthz");
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
    });
  });

  describe("GET /metrics", () => {
    it("counts requests by route pattern and status, and reads the outbox's states when scraped", async () => {
      await enqueueAlerts(handle.db, [
        {
          dedupeKey: "m1",
          alertKey: "m1",
          kind: "DUE-UPDATE",
          platform: "slack",
          target: "C1",
          post: textPost("Update due"),
        },
      ]);
      const app = createApp({ db: handle.db, logger: silentLogger });
      await app.request("/healthz");
      await app.request("/members/nobody");
      await app.request("/members/someone-else");
      const response = await app.request("/metrics");
      expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
      const text = await response.text();
      expect(text).toContain('ogp_http_requests_total{route="/healthz",method="GET",status="200"} 1');
      expect(text).toContain('ogp_http_requests_total{route="/members/:slug",method="GET",status="404"} 2');
      expect(text).toContain('ogp_outbox_alerts{state="pending"} 1');
      expect(text).toContain("# TYPE ogp_webhook_ack_seconds histogram");
    });

    it("wants METRICS_TOKEN as a bearer token when one is set", async () => {
      const app = createApp({ db: handle.db, logger: silentLogger, metricsToken: "a-token-of-length-16" });
      expect((await app.request("/metrics")).status).toBe(401);
      const allowed = await app.request("/metrics", {
        headers: { authorization: "Bearer a-token-of-length-16" },
      });
      expect(allowed.status).toBe(200);
    });
  });

  describe("GET /", () => {
    beforeEach(async () => {
      await handle.db.insert(members).values([
        {
          slug: "val-de-brume",
          code: "frvdb",
          name: "Val-de-Brume <Métropole>",
          country: "FR",
          jurisdictionType: "region",
          language: "fr",
          timeZone: "Europe/Paris",
          joinedOn: "2024-01-15",
          status: "probation",
          statusSince: "2026-10-01",
        },
        {
          slug: "rioverde",
          code: "mxrio",
          name: "Ríoverde",
          country: "MX",
          jurisdictionType: "municipality",
          language: "es",
          timeZone: "America/Mexico_City",
          joinedOn: "2023-05-01",
        },
      ]);
    });

    it("lists every member with its recorded status, escaping names", async () => {
      const response = await createApp({ db: handle.db, logger: silentLogger }).request("/");
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain("Val-de-Brume &lt;Métropole&gt;");
      expect(page).not.toContain("<Métropole>");
      expect(page).toContain("Ríoverde");
      expect(page).toMatch(/status-probation">On probation</);
      expect(page).toMatch(/status-active">Active</);
      expect(page).toContain("1 Oct 2026");
    });

    it("speaks the visitor's language from Accept-Language, and ?lang= overrides it", async () => {
      const app = createApp({ db: handle.db, logger: silentLogger });
      const french = await app.request("/", { headers: { "Accept-Language": "fr-CA,fr;q=0.9,en;q=0.5" } });
      expect(french.headers.get("content-language")).toBe("fr");
      expect(await french.text()).toContain("En probation");
      const spanish = await app.request("/?lang=es", { headers: { "Accept-Language": "fr" } });
      expect(await spanish.text()).toContain("En periodo de prueba");
    });
  });

  it("logs one JSON line per request with method, path and status, without the query string", async () => {
    const lines: string[] = [];
    const app = createApp({ db: handle.db, logger: createLogger("info", (line) => lines.push(line)) });
    await app.request("/healthz?token=secret-value");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: "info",
      message: "request",
      method: "GET",
      path: "/healthz",
      status: 200,
    });
    expect(lines[0]).not.toContain("secret-value");
  });

  it("answers unknown routes with a JSON 404", async () => {
    const response = await createApp({ db: handle.db, logger: silentLogger }).request("/nope");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found" });
  });
});
