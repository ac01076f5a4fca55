import type { Platform } from "../domain/vocabularies.js";
import type { Logger } from "../logging/logger.js";

/**
 * The shared front of every chat webhook: bound the body, verify the signature over the exact bytes
 * received, parse, claim the delivery once, then hand over to the platform (which acknowledges within
 * the platform's deadline and works after). Nothing is parsed before the signature is checked, and
 * nothing is written for a request that is unsigned, stale, too large or malformed.
 */

/** Slack and Discord payloads are a few kilobytes; anything larger is refused before it is read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Replay window: timestamps further than this from our clock, in either direction, are refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return null;
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** What a signature covers: a prefix (a timestamp) followed by the body exactly as received. */
export function concatBytes(prefix: Uint8Array, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const signed = new Uint8Array(new ArrayBuffer(prefix.length + body.length));
  signed.set(prefix, 0);
  signed.set(body, prefix.length);
  return signed;
}

/** Whether a request timestamp (seconds) lies within the replay window around `now`. */
export const isFresh = (timestampSeconds: number, now: Date): boolean =>
  Math.abs(now.getTime() / 1000 - timestampSeconds) <= SIGNATURE_WINDOW_SECONDS;

/** The delivery ids already handled: a retried or replayed delivery is processed once. */
export interface DeliveryLedger {
  /** True only for the first claim of `deliveryId` on `platform`. */
  claim(platform: Platform, deliveryId: string, at: Date): Promise<boolean>;
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
  deliveryId(request: T, body: Uint8Array<ArrayBuffer>): Promise<string | null>;
  /** The answer to a delivery already handled (the platform retried, or someone replayed it). */
  duplicate(request: T, headers: Headers): Response | Promise<Response>;
  /** Acknowledges the request; work that takes longer continues after the answer. */
  handle(request: T, headers: Headers): Promise<Response>;
}

export interface IngressDependencies {
  deliveries: DeliveryLedger;
  logger: Logger;
  now: () => Date;
}

export const jsonResponse = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

/** A signed request that is not a payload we handle: 400, and nothing written. */
export const malformed = (message: string, error = "malformed_payload"): Response =>
  jsonResponse(400, { error, message });

/**
 * The body, or null once it exceeds `limit` bytes: a declared length over the limit is refused at
 * once, and a body that streams past it is cancelled, so an oversized request costs no more memory
 * than the limit.
 */
export async function readBoundedBody(
  request: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const PLATFORM_NAMES: Record<Platform, string> = { slack: "Slack", discord: "Discord" };

export function createIngress<T>(
  spec: IngressSpec<T>,
  deps: IngressDependencies,
): (request: Request) => Promise<Response> {
  const { logger, now } = deps;
  return async (request) => {
    const body = await readBoundedBody(request);
    if (!body) {
      logger.warn(`${spec.platform} request refused`, { reason: "body_too_large" });
      return jsonResponse(413, {
        error: "payload_too_large",
        message: `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`,
      });
    }
    const check = await spec.verify(body, request.headers, now());
    if (!check.ok) {
      logger.warn(`${spec.platform} request refused`, { reason: check.reason });
      return jsonResponse(401, {
        error: check.reason,
        message: `The request is not signed by ${PLATFORM_NAMES[spec.platform]} for this app.`,
      });
    }
    const parsed = spec.parse(body, request.headers);
    if (parsed instanceof Response) return parsed;
    const deliveryId = await spec.deliveryId(parsed, body);
    if (deliveryId !== null && !(await deps.deliveries.claim(spec.platform, deliveryId, now()))) {
      logger.info(`${spec.platform} delivery already handled`, {
        retry: request.headers.get("x-slack-retry-num") ?? undefined,
      });
      return spec.duplicate(parsed, request.headers);
    }
    return spec.handle(parsed, request.headers);
  };
}
