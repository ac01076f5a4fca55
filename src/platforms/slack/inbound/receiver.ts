import type { App, Receiver } from "@slack/bolt";
import type { Logger } from "../../../logging/logger.js";

/** Slack gives up after 3 s; if no listener has acknowledged by then, we answer empty ourselves. */
const ACK_DEADLINE_MS = 2500;

/**
 * Bolt behind Hono, off the acknowledgement's path: Bolt routes a verified, parsed body to its
 * listener, either after our ingress has acknowledged it (`process`, for work that can wait) or
 * within the request (`dispatch`, whose HTTP answer is the listener's `ack`: modal validation errors
 * and select options). Bolt's own receivers are Node HTTP servers (bolt-js #1898); this one needs
 * nothing but a body.
 */
export class HonoReceiver implements Receiver {
  private app: App | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  init(app: App): void {
    this.app = app;
  }

  /** Hono owns the HTTP server; nothing to start. */
  start(): Promise<void> {
    return Promise.resolve();
  }

  /** Waits for listeners still working after their ack (replies, posts), for a clean shutdown. */
  stop(): Promise<void> {
    return this.settled();
  }

  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /**
   * Runs the listeners of a request already acknowledged (its work was deferred): their `ack` has
   * nothing left to answer.
   */
  async process(body: Record<string, unknown>, retry: SlackRetry): Promise<void> {
    const app = this.app;
    if (!app) throw new Error("HonoReceiver used before Bolt initialised it");
    await app.processEvent({ body, ack: async () => {}, ...retryFields(retry) });
  }

  /** Runs the listeners within the request: the HTTP answer is what the listener acknowledges with. */
  async dispatch(body: Record<string, unknown>, retry: SlackRetry): Promise<Response> {
    const app = this.app;
    if (!app) throw new Error("HonoReceiver used before Bolt initialised it");
    let respond: (response: Response) => void = () => {};
    const acked = new Promise<Response>((resolve) => {
      respond = resolve;
    });
    let ackCalled = false;
    const ack = async (answer?: unknown): Promise<void> => {
      if (ackCalled) return;
      ackCalled = true;
      respond(ackResponse(answer));
    };
    const work = app
      .processEvent({
        body,
        ack,
        ...retryFields(retry),
      })
      .catch((error: unknown) => {
        this.logger.error("slack listener failed", {
          error: error instanceof Error ? error.message : String(error),
        });
      })
      .finally(() => {
        this.inFlight.delete(work);
        // No listener acknowledged (an event type we do not handle): Slack still wants a 200.
        if (!ackCalled) respond(new Response(null, { status: 200 }));
      });
    this.inFlight.add(work);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<Response>((resolve) => {
      timer = setTimeout(() => {
        this.logger.warn("slack listener did not acknowledge in time");
        resolve(new Response(null, { status: 200 }));
      }, ACK_DEADLINE_MS);
    });
    try {
      return await Promise.race([acked, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Slack's retry headers (Events API): which attempt this is, and why the earlier one failed. */
export interface SlackRetry {
  num?: number;
  reason?: string;
}

const retryFields = (retry: SlackRetry) => ({
  ...(retry.num !== undefined ? { retryNum: retry.num } : {}),
  ...(retry.reason !== undefined ? { retryReason: retry.reason } : {}),
});

/** Bolt's ack argument as Slack expects it: nothing, text, or JSON (modal errors, command replies). */
function ackResponse(answer: unknown): Response {
  if (answer === undefined || answer === null || answer === "") return new Response(null, { status: 200 });
  if (typeof answer === "string")
    return new Response(answer, { status: 200, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(JSON.stringify(answer), {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
