/**
 * The ceiling of `npm run bench:web`: bare Hono on @hono/node-server answering each path with the
 * bytes our server sent for it, held in memory. No database, no rendering: what serving those bytes
 * costs on this machine. Started by bench/web.ts with PORT and MANIFEST (a JSON list of
 * `{ path, contentType, file }`; the query string is not part of a path here).
 */
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

interface ManifestEntry {
  path: string;
  contentType: string;
  file: string;
}

const manifest = JSON.parse(readFileSync(process.env.MANIFEST ?? "", "utf8")) as ManifestEntry[];
/** Views of the files' bytes, made once: a request copies nothing. */
const responses = new Map(
  manifest.map((entry) => {
    const bytes = readFileSync(entry.file);
    const body = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
    return [entry.path, { body, contentType: entry.contentType }];
  }),
);

const app = new Hono();
app.get("*", (c) => {
  const response = responses.get(c.req.path);
  if (!response) return c.notFound();
  return c.body(response.body, 200, { "content-type": response.contentType });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
