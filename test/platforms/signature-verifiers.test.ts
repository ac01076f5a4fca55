import { createHmac, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { type SignatureVerifiers, webCryptoVerifiers } from "../../src/platforms/ingress/index.js";
import { nodeSignatureVerifiers } from "../../src/runtime/node/signatures.js";

/** Node's synchronous checks stand in for WebCrypto's on the Node runtime: they must agree on every answer. */
const bytes = (text: string) => new Uint8Array(Buffer.from(text)) as Uint8Array<ArrayBuffer>;
const copy = (buffer: Buffer) => new Uint8Array(buffer) as Uint8Array<ArrayBuffer>;

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const signed = bytes("v0:1531420618:token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&command=%2Fogp");
const mac = copy(createHmac("sha256", secret).update(signed).digest());
const tampered = (value: Uint8Array<ArrayBuffer>) => {
  const changed = value.slice();
  changed[changed.length - 1]! ^= 1;
  return changed;
};

const keys = generateKeyPairSync("ed25519");
const otherKeys = generateKeyPairSync("ed25519");
const rawPublicKey = copy(keys.publicKey.export({ format: "der", type: "spki" }).subarray(-32));
const body = bytes('1700000000{"type":1}');
const signature = copy(sign(null, body, keys.privateKey));
const foreignSignature = copy(sign(null, body, otherKeys.privateKey));

describe.each([
  ["WebCrypto", webCryptoVerifiers],
  ["node:crypto", nodeSignatureVerifiers],
] as [string, SignatureVerifiers][])("%s signature checks", (_name, verifiers) => {
  it("accepts Slack's HMAC-SHA256 and refuses a changed MAC, a changed body, another secret or a short MAC", async () => {
    const check = verifiers.hmacSha256(secret);
    expect(await check(mac, signed)).toBe(true);
    expect(await check(tampered(mac), signed)).toBe(false);
    expect(await check(mac, tampered(signed))).toBe(false);
    expect(await verifiers.hmacSha256(`${secret}x`)(mac, signed)).toBe(false);
    expect(await check(mac.slice(0, 16), signed)).toBe(false);
  });

  it("accepts Discord's Ed25519 and refuses a changed signature, a changed body or another key's signature", async () => {
    const check = verifiers.ed25519(rawPublicKey);
    expect(await check(signature, body)).toBe(true);
    expect(await check(tampered(signature), body)).toBe(false);
    expect(await check(signature, tampered(body))).toBe(false);
    expect(await check(foreignSignature, body)).toBe(false);
  });
});
