import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logging/logger.js";
import type { Metrics } from "../logging/metrics.js";

/** Webhook routes, whose answer time is the acknowledgement the platforms wait for. */
const WEBHOOKS: Record<string, string> = { "/slack/events": "slack", "/discord/interactions": "discord" };

/**
 * One JSON line per request, and the request counted in the metrics by route pattern. Only method,
 * path (never the query string, which can carry OAuth codes) and timing are logged: no headers,
 * bodies or secrets.
 */
export function requestLog(logger: Logger, metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.routePath;
    metrics.httpRequests.inc({ route, method: c.req.method, status: String(c.res.status) });
    const platform = WEBHOOKS[route];
    if (platform) metrics.webhookAck.observe(seconds, { platform });
    logger.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(seconds * 10_000) / 10,
    });
  };
}
