/**
 * Slack request signing, v0 (https://api.slack.com/authentication/verifying-requests-from-slack):
 * HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret. Checked before anything else
 * reads the body. WebCrypto's `verify` compares in constant time and runs on Node and Workers alike.
 */

/** Slack's replay window: timestamps further than this from our clock, in either direction, are refused. */
const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export type SignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

const encoder = new TextEncoder();

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return null;
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

export async function verifySlackSignature(input: {
  signingSecret: string;
  rawBody: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  now: Date;
}): Promise<SignatureCheck> {
  const { timestampHeader, signatureHeader } = input;
  if (!timestampHeader || !signatureHeader?.startsWith("v0=")) {
    return { ok: false, reason: "missing_headers" };
  }
  const timestamp = Number(timestampHeader);
  if (!/^\d+$/.test(timestampHeader) || !Number.isSafeInteger(timestamp))
    return { ok: false, reason: "missing_headers" };
  if (Math.abs(input.now.getTime() / 1000 - timestamp) > SIGNATURE_WINDOW_SECONDS) {
    return { ok: false, reason: "stale_timestamp" };
  }
  const signature = hexToBytes(signatureHeader.slice(3));
  if (signature?.length !== 32) return { ok: false, reason: "bad_signature" };
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(input.signingSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const signed = encoder.encode(`v0:${timestampHeader}:${input.rawBody}`);
  const valid = await crypto.subtle.verify("HMAC", key, signature, signed);
  return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
}

/** The signature Slack would send; used by tests and local tools that replay payloads. */
export async function signSlackRequest(
  signingSecret: string,
  timestamp: number,
  rawBody: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(signingSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", key, encoder.encode(`v0:${timestamp}:${rawBody}`)),
  );
  return `v0=${Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
