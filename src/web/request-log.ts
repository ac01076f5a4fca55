import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logging/logger.js";

/**
 * One JSON line per request. Only method, path (never the query string, which can carry OAuth codes)
 * and timing are logged: no headers, bodies or secrets.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info("request", {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
