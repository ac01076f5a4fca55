import { describe, expect, it } from "vitest";
import { envSchema, isBase64Key32 } from "../../../src/config/env.js";
import { tokenSealer } from "../../../src/platforms/slack/token-sealer.js";

const KEY = btoa("0123456789abcdef0123456789abcdef");
const OTHER_KEY = btoa("fedcba9876543210fedcba9876543210");

describe("bot tokens at rest (SLACK_TOKEN_ENCRYPTION_KEY)", () => {
  it("seals a token so that only the key opens it, differently each time", async () => {
    const sealer = tokenSealer(KEY);
    const first = await sealer.seal("xoxb-1-secret");
    const second = await sealer.seal("xoxb-1-secret");
    expect(first).toMatch(/^enc:v1:/);
    expect(first).not.toContain("xoxb");
    expect(first).not.toBe(second);
    expect(await sealer.open(first)).toBe("xoxb-1-secret");
    await expect(tokenSealer(OTHER_KEY).open(first)).rejects.toThrow(/cannot be decrypted/);
    await expect(tokenSealer(undefined).open(first)).rejects.toThrow(/SLACK_TOKEN_ENCRYPTION_KEY is not set/);
  });

  it("refuses a tampered token rather than returning garbage", async () => {
    const sealer = tokenSealer(KEY);
    const sealed = await sealer.seal("xoxb-1-secret");
    const tampered = `${sealed.slice(0, -4)}${sealed.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    await expect(sealer.open(tampered)).rejects.toThrow(/cannot be decrypted/);
  });

  it("reads tokens stored before a key was set, and stores as is without a key", async () => {
    expect(await tokenSealer(KEY).open("xoxb-old-plain")).toBe("xoxb-old-plain");
    const plain = tokenSealer(undefined);
    expect(plain.encrypts).toBe(false);
    expect(await plain.seal("xoxb-1-secret")).toBe("xoxb-1-secret");
  });

  it("accepts only 32 bytes in base64 as the key, and says how to make one", () => {
    expect(isBase64Key32(KEY)).toBe(true);
    expect(isBase64Key32(btoa("too short"))).toBe(false);
    expect(isBase64Key32("not base64 at all!")).toBe(false);
    const parsed = envSchema.safeParse({ SLACK_TOKEN_ENCRYPTION_KEY: "short" });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toContain("openssl rand -base64 32");
  });
});
