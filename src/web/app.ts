import { type Context, Hono } from "hono";
import { html } from "hono/html";
import { type Database, pingDatabase } from "../db/database.js";
import { countUnfinishedInboundJobs } from "../db/repositories/inbound-deliveries.js";
import { countAlertsByState } from "../db/repositories/outbox-alerts.js";
import type { Logger } from "../logging/logger.js";
import { Metrics } from "../logging/metrics.js";
import type { DiscordEndpoints } from "../platforms/discord/index.js";
import type { SlackEndpoints } from "../platforms/slack/index.js";
import { openDataRoutes } from "./api/index.js";
import { layout } from "./pages/layout.js";
import { requestLog } from "./request-log.js";
import { responseCache } from "./response-cache.js";
import { siteRoutes } from "./site.js";

export interface AppDependencies {
  db: Database;
  logger: Logger;
  /** Where requests are counted; `GET /metrics` serves it. A fresh registry by default. */
  metrics?: Metrics;
  /** METRICS_TOKEN: when set, `GET /metrics` wants it as a bearer token. */
  metricsToken?: string | undefined;
  /** Built by `createSlackEndpoints` when Slack is configured; without it `/slack/*` answers 503. */
  slack?: SlackEndpoints | undefined;
  /** Built by `createDiscordEndpoints` when Discord is configured; without it `/discord/*` answers 503. */
  discord?: DiscordEndpoints | undefined;
  /** The clock the public pages evaluate the rules at; the system clock by default. */
  now?: () => Date;
  /** The visitor's network address (the comment form's rate limit); each runtime reads its own. */
  clientAddress?: (c: Context) => string;
  /** PUBLIC_BASE_URL: the site's address in links sent to chat; the request's origin otherwise. */
  publicBaseUrl?: string | undefined;
}

/** The HTTP surface of the product, the same on Node and Workers; runtimes only pass dependencies in. */
export function createApp({
  db,
  logger,
  slack,
  discord,
  metrics = new Metrics(),
  metricsToken,
  now = () => new Date(),
  clientAddress = () => "unknown",
  publicBaseUrl,
}: AppDependencies): Hono {
  const app = new Hono();
  app.use(requestLog(logger, metrics));
  metrics.onCollect({
    name: "ogp_outbox_alerts",
    help: "Alerts in the outbox by state (pending, sending, sent, failed, cancelled).",
    collect: async () =>
      (await countAlertsByState(db)).map((row) => ({ labels: { state: row.state }, value: row.count })),
  });
  metrics.onCollect({
    name: "ogp_inbound_jobs",
    help: "Webhook work acknowledged and not finished yet, by platform and state (pending, running).",
    collect: async () =>
      (await countUnfinishedInboundJobs(db)).map((row) => ({
        labels: { platform: row.platform, state: row.state },
        value: row.count,
      })),
  });

  app.get("/metrics", async (c) => {
    if (metricsToken && c.req.header("authorization") !== `Bearer ${metricsToken}`)
      return c.json(
        { error: "unauthorized", message: "GET /metrics wants the METRICS_TOKEN as a bearer token." },
        401,
      );
    return c.text(await metrics.render(), 200, {
      "content-type": "text/plain; version=0.0.4; charset=utf-8",
    });
  });

  app.get("/healthz", async (c) => {
    const databaseUp = await pingDatabase(db);
    return c.json(
      { status: databaseUp ? "ok" : "unavailable", database: databaseUp ? "up" : "down" },
      databaseUp ? 200 : 503,
    );
  });

  const cache = responseCache({ db, now });
  for (const path of ["/", "/members/*", "/commitments/*", "/countries/*", "/updates.atom", "/api/v1/*"])
    app.use(path, cache);
  app.route("/", siteRoutes({ db, now, clientAddress, publicBaseUrl }));

  if (slack) {
    app.post("/slack/events", (c) => slack.events(c.req.raw));
    app.get("/slack/install", (c) => slack.install(c.req.raw));
    app.get("/slack/oauth_redirect", async (c) => {
      const outcome = await slack.oauthRedirect(c.req.raw);
      if (outcome instanceof Response) return outcome;
      const page = await layout(outcome.language, outcome.title, html`<p>${outcome.text}</p>`);
      return c.html(page, outcome.status, { "cache-control": "no-store", ...outcome.headers });
    });
  } else {
    app.all("/slack/*", (c) =>
      c.json(
        {
          error: "slack_not_configured",
          message:
            "Slack is not configured on this server: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or the OAuth settings).",
        },
        503,
      ),
    );
  }

  if (discord) {
    app.post("/discord/interactions", (c) => discord.interactions(c.req.raw));
  } else {
    app.all("/discord/*", (c) =>
      c.json(
        {
          error: "discord_not_configured",
          message:
            "Discord is not configured on this server: set DISCORD_PUBLIC_KEY to the application's public key.",
        },
        503,
      ),
    );
  }

  app.route("/", openDataRoutes({ db, now, publicBaseUrl }));

  app.notFound((c) =>
    c.json({ error: "not_found", message: `No route for ${c.req.method} ${c.req.path}` }, 404),
  );
  app.onError((error, c) => {
    logger.error("unhandled error", { path: c.req.path, error: error.message });
    return c.json(
      { error: "internal_error", message: "Something went wrong on our side; it has been logged." },
      500,
    );
  });
  return app;
}
