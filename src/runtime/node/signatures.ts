import { createHmac, timingSafeEqual } from "node:crypto";
import { type SignatureVerifiers, webCryptoVerifiers } from "../../platforms/ingress/index.js";

/**
 * The webhooks' signature checks on Node, each where it costs the event loop least (measured under
 * bench/webhook.ts's load). Slack's HMAC takes a few µs of CPU: node:crypto does it synchronously,
 * where WebCrypto's round trip through the thread pool cost ~35 µs of the event loop's time.
 * Discord's Ed25519 verification takes ~150 µs of CPU (43% of a synchronous acknowledgement's, in a
 * profile): WebCrypto runs it on the thread pool, so the event loop answers other requests meanwhile
 * (throughput against the bare verifier was the same either way, 0.63-0.68× in interleaved runs).
 * Same answers as `webCryptoVerifiers` (test/platforms/signature-verifiers.test.ts).
 */
export const nodeSignatureVerifiers: SignatureVerifiers = {
  hmacSha256(secret) {
    return (mac, signed) => {
      const expected = createHmac("sha256", secret).update(signed).digest();
      return mac.byteLength === expected.byteLength && timingSafeEqual(expected, mac);
    };
  },
  ed25519: webCryptoVerifiers.ed25519,
};
