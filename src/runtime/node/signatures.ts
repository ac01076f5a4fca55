import { createHmac, createPublicKey, timingSafeEqual, verify } from "node:crypto";
import type { SignatureVerifiers } from "../../platforms/ingress/index.js";

/**
 * Node's own crypto for the webhooks' signatures: synchronous, where WebCrypto hands each check to
 * the thread pool and back (~35 µs of an acknowledgement, measured with bench/webhook.ts's load).
 * Same answers as `webCryptoVerifiers` (test/platforms/signature-verifiers.test.ts).
 */
export const nodeSignatureVerifiers: SignatureVerifiers = {
  hmacSha256(secret) {
    return (mac, signed) => {
      const expected = createHmac("sha256", secret).update(signed).digest();
      return mac.byteLength === expected.byteLength && timingSafeEqual(expected, mac);
    };
  },
  ed25519(publicKey) {
    const key = createPublicKey({
      key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKey).toString("base64url") },
      format: "jwk",
    });
    return (signature, signed) => verify(null, signed, key, signature);
  },
};
