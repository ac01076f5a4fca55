/**
 * The load side of `npm run bench:webhook`: keep-alive HTTP on loopback, a closed loop (N connections,
 * each sending its next request when the previous answer arrives) and an open loop (a fixed rate,
 * whatever the answers do). Requests are prepared (signed) beforehand so signing costs nothing here.
 */
import { Agent, request } from "node:http";

export interface PreparedRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface LoadResult {
  requests: number;
  /** Answers other than 2xx. */
  errors: number;
  seconds: number;
  perSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
}

function send(agent: Agent, port: number, prepared: PreparedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method: "POST",
        path: prepared.path,
        headers: { ...prepared.headers, "content-length": Buffer.byteLength(prepared.body) },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(prepared.body);
  });
}

export const percentile = (sorted: readonly number[], share: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;

function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: Math.round(latencies.length / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 0.5)),
      p99: round(percentile(latencies, 0.99)),
      max: round(latencies.at(-1) ?? 0),
    },
  };
}

/** `connections` loops, each sending its next prepared request as soon as the previous one is answered. */
export async function closedLoop(
  port: number,
  next: () => PreparedRequest,
  connections: number,
  durationMs: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const status = await send(agent, port, next());
        latencies.push(performance.now() - sent);
        if (status < 200 || status >= 300) errors += 1;
      }
    }),
  );
  agent.destroy();
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}

/**
 * `rate` requests a second for `durationMs`, sent on schedule whether or not earlier ones have been
 * answered: latency includes any queueing in the server, as a platform's traffic would see it.
 */
export async function openLoop(
  port: number,
  next: () => PreparedRequest,
  rate: number,
  durationMs: number,
  onSent?: (prepared: PreparedRequest, at: number) => void,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round((rate * durationMs) / 1000);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const prepared = next();
    const sent = performance.now();
    onSent?.(prepared, Date.now());
    pending.push(
      send(agent, port, prepared).then(
        (status) => {
          latencies.push(performance.now() - sent);
          if (status < 200 || status >= 300) errors += 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}
