import type { WorkerBindings } from "./worker/bindings.js";
import { createWorkerRuntime, type WorkerRuntime } from "./worker/runtime.js";

/**
 * Cloudflare Workers entry point (wrangler.toml): `npm run dev:worker` locally, `npm run deploy`.
 * One runtime per isolate, made on its first event; the response goes out first and the work it
 * leaves runs under `waitUntil`, backed by the database so an evicted isolate loses nothing (the
 * next Cron Trigger takes it up).
 */

interface ExecutionContext {
  waitUntil(work: Promise<unknown>): void;
}

interface ScheduledController {
  scheduledTime: number;
  cron: string;
}

let runtime: Promise<WorkerRuntime> | undefined;

function runtimeFor(bindings: WorkerBindings): Promise<WorkerRuntime> {
  runtime ??= createWorkerRuntime(bindings).catch((error: unknown) => {
    // A configuration fixed by a new deployment, or a database briefly unreachable: the next event tries again.
    runtime = undefined;
    throw error;
  });
  return runtime;
}

/** A start-up failure logged in one line, as on Node: what is wrong and what to set (never a secret's value). */
function unavailable(error: unknown): Response {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ogp-local-hub cannot start: ${message}`);
  return new Response(`The service cannot start: ${message}\n`, {
    status: 503,
    headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "60" },
  });
}

export default {
  async fetch(request: Request, bindings: WorkerBindings, ctx: ExecutionContext): Promise<Response> {
    let current: WorkerRuntime;
    try {
      current = await runtimeFor(bindings);
    } catch (error) {
      return unavailable(error);
    }
    const response = await current.fetch(request);
    ctx.waitUntil(current.afterResponse(request));
    return response;
  },

  async scheduled(controller: ScheduledController, bindings: WorkerBindings, ctx: ExecutionContext) {
    let current: WorkerRuntime;
    try {
      current = await runtimeFor(bindings);
    } catch (error) {
      unavailable(error);
      throw error;
    }
    ctx.waitUntil(current.scheduled(new Date(controller.scheduledTime), controller.cron));
  },
};
