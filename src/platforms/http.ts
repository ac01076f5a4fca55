/** Plain `fetch` (no platform SDK): the same code runs on Node and on Workers. */

export interface JsonReply {
  status: number;
  headers: Headers;
  /** The parsed body, or null when it was not JSON. */
  body: unknown;
}

export async function postJson(
  url: string,
  authorization: string,
  body: unknown,
  timeoutMs: number,
): Promise<JsonReply> {
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization, "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // An HTML error page from a proxy: the status alone decides.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** `Retry-After` in ms: delta-seconds (what Slack and Discord send) or an HTTP date. */
export function retryAfterHeaderMs(headers: Headers, now: number = Date.now()): number | undefined {
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Network errors and timeouts read as one line. */
export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
