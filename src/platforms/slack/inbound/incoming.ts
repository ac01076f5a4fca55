/**
 * The three shapes Slack posts to the one events URL — form-encoded slash commands, form-encoded
 * `payload=` JSON for interactivity, JSON for the Events API — read into one typed value. Anything
 * else is malformed and answered 400 before Bolt sees it.
 */

export type SlackIncoming =
  | { kind: "url_verification"; challenge: string }
  | { kind: "ssl_check" }
  | { kind: "slash_command"; body: Record<string, string> }
  | { kind: "interactive"; body: Record<string, unknown> & { type: string } }
  | { kind: "event"; body: Record<string, unknown> & { event_id?: string } };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function readSlackIncoming(body: Uint8Array, contentType: string | undefined): SlackIncoming | null {
  const rawBody = new TextDecoder().decode(body);
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/json") {
    const body = parseJson(rawBody);
    if (!isRecord(body)) return null;
    if (body.type === "url_verification" && typeof body.challenge === "string")
      return { kind: "url_verification", challenge: body.challenge };
    if (body.type === "event_callback" && isRecord(body.event) && typeof body.event.type === "string")
      return { kind: "event", body };
    return null;
  }
  if (type === "application/x-www-form-urlencoded") {
    const form = new URLSearchParams(rawBody);
    if (form.get("ssl_check") === "1") return { kind: "ssl_check" };
    const payload = form.get("payload");
    if (payload !== null) {
      const body = parseJson(payload);
      return isRecord(body) && typeof body.type === "string"
        ? { kind: "interactive", body: body as Record<string, unknown> & { type: string } }
        : null;
    }
    const command = form.get("command");
    if (command && form.get("user_id") && form.get("team_id"))
      return { kind: "slash_command", body: Object.fromEntries(form) };
    return null;
  }
  return null;
}

/**
 * What identifies one delivery, so a retried or replayed one is processed once: the Events API's
 * `event_id`; for commands and interactions (which Slack does not retry), the verified signature,
 * which covers the timestamp and the exact body: a replay repeats it, and only Slack can make another.
 */
export function deliveryIdOf(incoming: SlackIncoming, signature: string): string {
  if (incoming.kind === "event" && typeof incoming.body.event_id === "string")
    return `event:${incoming.body.event_id}`;
  return `signature:${signature.toLowerCase()}`;
}
