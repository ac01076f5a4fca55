/**
 * Discord request signing (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers):
 * Ed25519 over the `X-Signature-Timestamp` header followed by the raw body, checked against the
 * application's public key before anything reads the body. Node 20's WebCrypto (and workerd) verify
 * Ed25519 natively, so no library is needed.
 */
import type { webcrypto } from "node:crypto";

type CryptoKey = webcrypto.CryptoKey;

/** Replay window: timestamps further than this from our clock, in either direction, are refused. */
const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export type DiscordSignatureCheck =
  | { ok: true }
  | { ok: false; reason: "missing_headers" | "stale_timestamp" | "bad_signature" };

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-f]*$/i.test(hex)) return null;
  const bytes = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/**
 * The application's public key, checked when the endpoint is built so a malformed key stops start-up,
 * and imported into WebCrypto on first use.
 */
export function discordPublicKey(hex: string): () => Promise<CryptoKey> {
  const raw = hexToBytes(hex);
  if (raw?.length !== 32) throw new Error("DISCORD_PUBLIC_KEY must be 64 hexadecimal characters");
  let imported: Promise<CryptoKey> | undefined;
  return () => {
    imported ??= crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
    return imported;
  };
}

export async function verifyDiscordSignature(input: {
  publicKey: CryptoKey;
  rawBody: Uint8Array<ArrayBuffer>;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  now: Date;
}): Promise<DiscordSignatureCheck> {
  const { timestampHeader, signatureHeader } = input;
  if (!timestampHeader || !signatureHeader || !/^\d+$/.test(timestampHeader))
    return { ok: false, reason: "missing_headers" };
  if (Math.abs(input.now.getTime() / 1000 - Number(timestampHeader)) > SIGNATURE_WINDOW_SECONDS)
    return { ok: false, reason: "stale_timestamp" };
  const signature = hexToBytes(signatureHeader);
  if (signature?.length !== 64) return { ok: false, reason: "bad_signature" };
  const timestamp = new TextEncoder().encode(timestampHeader);
  const signed = new Uint8Array(new ArrayBuffer(timestamp.length + input.rawBody.length));
  signed.set(timestamp, 0);
  signed.set(input.rawBody, timestamp.length);
  const valid = await crypto.subtle.verify("Ed25519", input.publicKey, signature, signed);
  return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
}
