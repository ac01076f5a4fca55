/**
 * The load side of `npm run bench:web`: GET requests on loopback over keep-alive connections, a
 * closed loop of N connections bounded in time and in request count, each response read to its
 * last byte. Plain node:http, without Accept-Encoding, so bodies arrive as the server wrote them.
 */
import { Agent, type IncomingHttpHeaders, request } from "node:http";
import { percentile } from "./webhook-load.js";

export interface GetLoadResult {
  requests: number;
  /** Answers other than 2xx, and connections that failed. */
  errors: number;
  seconds: number;
  perSecond: number;
  /** From sending the request to the response's last byte. */
  latencyMs: { p50: number; p99: number; max: number };
  /** Mean body size of the answers. */
  bytes: number;
}

export interface Fetched {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** From sending the request to the last byte. */
  ms: number;
}

interface Answer {
  status: number;
  bytes: number;
}

function get(agent: Agent, port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ agent, host: "127.0.0.1", port, method: "GET", path }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** One request on a fresh connection, its body kept. */
export async function fetchOnce(port: number, path: string): Promise<Fetched> {
  const chunks: Buffer[] = [];
  let headers: IncomingHttpHeaders = {};
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, method: "GET", path }, (response) => {
      headers = response.headers;
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
  return { status, headers, body: Buffer.concat(chunks), ms: performance.now() - started };
}

/**
 * `connections` loops, each requesting the next of `paths` (in turn) as soon as its previous answer
 * has fully arrived, until `durationMs` has passed or `maxRequests` have been sent. Requests under
 * way at the deadline are waited for and counted.
 */
export async function closedLoopGet(
  port: number,
  paths: readonly string[],
  options: { connections: number; durationMs: number; maxRequests: number },
): Promise<GetLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (performance.now() < deadline && sent < options.maxRequests) {
        const path = paths[sent % paths.length]!;
        sent += 1;
        const before = performance.now();
        try {
          const answer = await get(agent, port, path);
          latencies.push(performance.now() - before);
          bytes += answer.bytes;
          if (answer.status < 200 || answer.status >= 300) errors += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  agent.destroy();
  return summarize(latencies, errors, bytes, (performance.now() - started) / 1000);
}

function summarize(latencies: number[], errors: number, bytes: number, seconds: number): GetLoadResult {
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: Math.round((latencies.length / seconds) * 10) / 10,
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? 0),
    },
    bytes: latencies.length === 0 ? 0 : Math.round(bytes / latencies.length),
  };
}

/**
 * `count` downloads of `path` started at once, each on its own connection: how long each took to its
 * last byte. Those still running after `timeoutMs` are cut off and counted as unfinished.
 */
export async function simultaneousGets(
  port: number,
  path: string,
  count: number,
  timeoutMs: number,
): Promise<GetLoadResult & { unfinished: number }> {
  const agent = new Agent({ keepAlive: false, maxSockets: count });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let unfinished = 0;
  const started = performance.now();
  const cutOff = setTimeout(() => agent.destroy(), timeoutMs);
  await Promise.all(
    Array.from({ length: count }, async () => {
      try {
        const answer = await get(agent, port, path);
        if (performance.now() - started >= timeoutMs) throw new Error("cut off");
        latencies.push(performance.now() - started);
        bytes += answer.bytes;
        if (answer.status < 200 || answer.status >= 300) errors += 1;
      } catch {
        unfinished += 1;
      }
    }),
  );
  clearTimeout(cutOff);
  agent.destroy();
  return { ...summarize(latencies, errors, bytes, (performance.now() - started) / 1000), unfinished };
}
