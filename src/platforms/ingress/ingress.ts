import type { Platform } from "../../domain/vocabularies.js";
import type { Logger } from "../../logging/logger.js";
import { MAX_BODY_BYTES, readBoundedBody } from "./body.js";
import { type InboundLedger, type JobRunner, RECEIVER_LEASE_MS } from "./jobs.js";
import { webhookPressure } from "./pressure.js";
import { jsonResponse } from "./responses.js";
import type { SignatureCheck } from "./signature.js";

/**
 * The shared front of every chat webhook: bound the body, verify the signature over the exact bytes
 * received, parse, claim the delivery once, then acknowledge. Work that can wait is recorded with
 * the claim and acknowledged at once, then run by the platform's job runner; only answers that must
 * be in the response itself (a modal's validation errors, select options, a Discord modal) are
 * prepared within the request. Nothing is parsed before the signature is checked, and nothing is
 * written for a request that is unsigned, stale, too large or malformed.
 */

/** Work to do after the acknowledgement, and the acknowledgement that announces it. */
export interface DeferredWork {
  payload: unknown;
  ack: Response;
}

export interface IngressSpec<T> {
  platform: Platform;
  verify(body: Uint8Array<ArrayBuffer>, headers: Headers, now: Date): Promise<SignatureCheck>;
  /**
   * The verified body as a typed request, or the answer refusing it (`malformed`: 400) when it is
   * none of the payloads the platform handles.
   */
  parse(body: Uint8Array<ArrayBuffer>, headers: Headers): T | Response;
  /**
   * What identifies this delivery, claimed once; null for requests that write nothing (handshakes,
   * suggestions asked on every keystroke), which are answered every time.
   */
  deliveryId(
    request: T,
    body: Uint8Array<ArrayBuffer>,
    headers: Headers,
  ): Promise<string | null> | string | null;
  /** The answer to a delivery already handled (the platform retried, or someone replayed it). */
  duplicate(request: T, headers: Headers): Response | Promise<Response>;
  /** The work of a claimed request that can run after the acknowledgement; null to `handle` it now. */
  defer(request: T, headers: Headers): DeferredWork | null;
  /** Answers a request whose answer cannot wait (or that writes nothing). */
  handle(request: T, headers: Headers): Promise<Response>;
}

export interface IngressDependencies {
  deliveries: Pick<InboundLedger, "claim">;
  /** Where deferred work goes once claimed. */
  jobs: Pick<JobRunner, "accept">;
  logger: Logger;
  now: () => Date;
}

const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", discord: "Discord" };

export function createIngress<T>(
  spec: IngressSpec<T>,
  deps: IngressDependencies,
): (request: Request) => Promise<Response> {
  const { logger, now } = deps;
  const { platform } = spec;
  const answer = async (request: Request): Promise<Response> => {
    const body = await readBoundedBody(request);
    if (!body) {
      logger.warn(`${platform} request refused`, { reason: "body_too_large" });
      return jsonResponse(413, {
        error: "payload_too_large",
        message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`,
      });
    }
    const check = await spec.verify(body, request.headers, now());
    if (!check.ok) {
      logger.warn(`${platform} request refused`, { reason: check.reason });
      return jsonResponse(401, {
        error: check.reason,
        message: `The request is not signed by ${PLATFORM_NAMES[platform]} for this app.`,
      });
    }
    const parsed = spec.parse(body, request.headers);
    if (parsed instanceof Response) return parsed;
    const deliveryId = await spec.deliveryId(parsed, body, request.headers);
    if (deliveryId === null) return spec.handle(parsed, request.headers);
    const deferred = spec.defer(parsed, request.headers);
    const receivedAt = now();
    const first = await deps.deliveries.claim({
      platform,
      deliveryId,
      receivedAt,
      work: deferred
        ? { payload: deferred.payload, leaseUntil: new Date(receivedAt.getTime() + RECEIVER_LEASE_MS) }
        : undefined,
    });
    if (!first) {
      logger.info(`${platform} delivery already handled`, {
        retry: request.headers.get("x-slack-retry-num") ?? undefined,
      });
      return spec.duplicate(parsed, request.headers);
    }
    if (!deferred) return spec.handle(parsed, request.headers);
    deps.jobs.accept({ platform, deliveryId, receivedAt, payload: deferred.payload, attempts: 0 });
    return deferred.ack;
  };
  return async (request) => {
    webhookPressure.enter();
    try {
      return await answer(request);
    } finally {
      webhookPressure.leave();
    }
  };
}
