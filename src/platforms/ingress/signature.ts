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
