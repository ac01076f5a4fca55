import {
  concatBytes,
  hexToBytes,
  isFresh,
  type SignatureCheck,
  type SignatureVerifiers,
  webCryptoVerifiers,
} from "../../ingress/index.js";

/**
 * Slack request signing, v0 (https://api.slack.com/authentication/verifying-requests-from-slack):
 * HMAC-SHA256 of `v0:{timestamp}:{raw body}` with the signing secret, checked before anything reads
 * the body. The MAC is compared in constant time (`SignatureVerifiers`).
 */

const encoder = new TextEncoder();

const signingKey = (secret: string) =>
  crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);

const signedBytes = (timestamp: string, body: Uint8Array): Uint8Array<ArrayBuffer> =>
  concatBytes(encoder.encode(`v0:${timestamp}:`), body);

/** A verifier for one signing secret. */
export function slackSignatureVerifier(
  signingSecret: string,
  verifiers: SignatureVerifiers = webCryptoVerifiers,
) {
  const verifyMac = verifiers.hmacSha256(signingSecret);
  return async (body: Uint8Array, headers: Headers, now: Date): Promise<SignatureCheck> => {
    const timestamp = headers.get("x-slack-request-timestamp");
    const signature = headers.get("x-slack-signature");
    if (!timestamp || !signature?.startsWith("v0=") || !/^\d{1,12}$/.test(timestamp))
      return { ok: false, reason: "missing_headers" };
    if (!isFresh(Number(timestamp), now)) return { ok: false, reason: "stale_timestamp" };
    const mac = hexToBytes(signature.slice(3));
    if (mac?.length !== 32) return { ok: false, reason: "bad_signature" };
    const valid = await verifyMac(mac, signedBytes(timestamp, body));
    return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
  };
}

/** The signature Slack would send; used by tests and local tools that replay payloads. */
export async function signSlackRequest(
  signingSecret: string,
  timestamp: number,
  rawBody: string,
): Promise<string> {
  const mac = new Uint8Array(
    await crypto.subtle.sign(
      "HMAC",
      await signingKey(signingSecret),
      signedBytes(String(timestamp), encoder.encode(rawBody)),
    ),
  );
  return `v0=${Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}
