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

/**
 * The two signature checks the platforms need, for one key each. WebCrypto's run on Node and Workers
 * alike; a runtime may bring cheaper ones (on Node, Slack's HMAC with node:crypto: see
 * src/runtime/node/signatures.ts).
 */
export interface SignatureVerifiers {
  /** Whether `mac` is HMAC-SHA256 of `signed` with `secret`, compared in constant time. */
  hmacSha256(
    secret: string,
  ): (mac: Uint8Array<ArrayBuffer>, signed: Uint8Array<ArrayBuffer>) => Promise<boolean> | boolean;
  /** Whether `signature` is the Ed25519 signature of `signed` by the raw 32-byte `publicKey`. */
  ed25519(
    publicKey: Uint8Array<ArrayBuffer>,
  ): (signature: Uint8Array<ArrayBuffer>, signed: Uint8Array<ArrayBuffer>) => Promise<boolean> | boolean;
}

export const webCryptoVerifiers: SignatureVerifiers = {
  hmacSha256(secret) {
    // Imported once, not per request: importing costs more than verifying.
    const key = crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode(secret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["verify"],
    );
    return async (mac, signed) => crypto.subtle.verify("HMAC", await key, mac, signed);
  },
  ed25519(publicKey) {
    let key: ReturnType<typeof crypto.subtle.importKey> | undefined;
    return async (signature, signed) => {
      key ??= crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"]);
      return crypto.subtle.verify("Ed25519", await key, signature, signed);
    };
  },
};
