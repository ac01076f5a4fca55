import type { MiddlewareHandler } from "hono";
import type { Database } from "../db/client.js";
import { siteRevisionReader } from "../db/repositories/site-revision.js";
import { pickLanguage } from "../messages/language.js";

/**
 * Every time zone's midnight falls on a quarter hour of UTC (offsets are whole quarter hours), and
 * a page changes with the facts or with a member's day: an answer kept for the revision of the
 * facts and the current quarter hour is exactly the answer the page would compute again.
 */
const QUARTER_HOUR_MS = 15 * 60 * 1000;

/** Answers larger than this are streamed files (the CSV exports), not worth holding in memory. */
const LARGEST_KEPT_BYTES = 1024 * 1024;

interface KeptAnswer {
  status: number;
  /**
   * Plain records and a byte array: the shapes @hono/node-server writes straight to the socket,
   * where a Headers object or an ArrayBuffer would go through a web stream on every hit.
   */
  headers: Record<string, string>;
  /** The same headers without the body's, for a 304. */
  notModifiedHeaders: Record<string, string>;
  etag: string | undefined;
  body: Uint8Array;
}

/**
 * Keeps the public pages' and open data's successful GET answers in memory, keyed by URL, reader's
 * language, facts revision and quarter hour, up to `maxBytes` (least recently used first out).
 * One indexed read of the revision replaces a page's dozen queries and its rules evaluation.
 */
export function responseCache({
  db,
  now,
  maxBytes = 32 * 1024 * 1024,
}: {
  db: Database;
  now: () => Date;
  maxBytes?: number;
}): MiddlewareHandler {
  const readRevision = siteRevisionReader(db);
  const kept = new Map<string, KeptAnswer>();
  let keptBytes = 0;
  let keptRevision = -1;

  const forget = (key: string) => {
    const answer = kept.get(key);
    if (!answer) return;
    kept.delete(key);
    keptBytes -= answer.body.byteLength;
  };

  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const revision = await readRevision();
    if (revision !== keptRevision) {
      kept.clear();
      keptBytes = 0;
      keptRevision = revision;
    }
    const url = new URL(c.req.url);
    const language = pickLanguage(c.req.query("lang"), c.req.header("accept-language"));
    const key = `${Math.floor(now().getTime() / QUARTER_HOUR_MS)}|${language}|${url.pathname}${url.search}`;
    const hit = kept.get(key);
    if (hit) {
      // Most recently used goes last: the map's order is the eviction order.
      kept.delete(key);
      kept.set(key, hit);
      const { etag } = hit;
      if (
        etag &&
        c.req
          .header("if-none-match")
          ?.split(/\s*,\s*/)
          .includes(etag)
      )
        return new Response(null, { status: 304, headers: hit.notModifiedHeaders });
      return new Response(hit.body, { status: hit.status, headers: hit.headers });
    }
    await next();
    const length = Number(c.res.headers.get("content-length") ?? Number.NaN);
    if (c.res.status !== 200 || length > LARGEST_KEPT_BYTES || url.pathname.endsWith(".csv")) return;
    // Several Set-Cookie headers do not fit a plain record; no cached route sets one.
    if (c.res.headers.has("set-cookie")) return;
    const body = new Uint8Array(await c.res.clone().arrayBuffer());
    if (body.byteLength > LARGEST_KEPT_BYTES || body.byteLength > maxBytes) return;
    // The answer was computed from facts at least as new as `revision`: a write since only
    // makes the next request read a newer revision and compute again.
    if (keptRevision !== revision) return;
    const headers = Object.fromEntries(c.res.headers);
    const { "content-type": _type, "content-length": _length, ...notModifiedHeaders } = headers;
    kept.set(key, { status: c.res.status, headers, notModifiedHeaders, etag: headers.etag, body });
    keptBytes += body.byteLength;
    for (const oldest of kept.keys()) {
      if (keptBytes <= maxBytes) break;
      forget(oldest);
    }
  };
}
