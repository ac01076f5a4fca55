/**
 * Discord request signing (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers):
 * Ed25519 over the `X-Signature-Timestamp` header followed by the raw body, checked against the
 * application's public key before anything reads the body. Node 20's WebCrypto (and workerd) verify
 * Ed25519 natively, so no library is needed.
 */
import {
  concatBytes,
  hexToBytes,
  isFresh,
  type SignatureCheck,
  type SignatureVerifiers,
  webCryptoVerifiers,
} from "../../ingress/index.js";

/**
 * A verifier for the application's public key. The key is checked when the endpoint is built, so a
 * malformed key stops start-up.
 */
export function discordSignatureVerifier(
  publicKeyHex: string,
  verifiers: SignatureVerifiers = webCryptoVerifiers,
) {
  const raw = hexToBytes(publicKeyHex);
  if (raw?.length !== 32) throw new Error("DISCORD_PUBLIC_KEY must be 64 hexadecimal characters");
  const verifySignature = verifiers.ed25519(raw);
  return async (body: Uint8Array, headers: Headers, now: Date): Promise<SignatureCheck> => {
    const timestamp = headers.get("x-signature-timestamp");
    const signatureHex = headers.get("x-signature-ed25519");
    if (!timestamp || !signatureHex || !/^\d{1,12}$/.test(timestamp))
      return { ok: false, reason: "missing_headers" };
    if (!isFresh(Number(timestamp), now)) return { ok: false, reason: "stale_timestamp" };
    const signature = hexToBytes(signatureHex);
    if (signature?.length !== 64) return { ok: false, reason: "bad_signature" };
    const signed = concatBytes(new TextEncoder().encode(timestamp), body);
    const valid = await verifySignature(signature, signed);
    return valid ? { ok: true } : { ok: false, reason: "bad_signature" };
  };
}
