/**
 * Workspace bot tokens at rest. With SLACK_TOKEN_ENCRYPTION_KEY (32 bytes, base64) a token is stored
 * as `enc:v1:<iv>:<ciphertext>`, AES-256-GCM through WebCrypto (the same on Node and Workers), so a
 * copy of the database alone does not hand out the workspaces. Without a key tokens are stored as
 * Slack gave them. Tokens stored before a key was set stay readable; a reinstall seals them.
 */
export interface TokenSealer {
  /** Whether new tokens are encrypted. */
  readonly encrypts: boolean;
  seal(token: string): Promise<string>;
  /** The token from what was stored; throws when it is sealed and this server cannot open it. */
  open(stored: string): Promise<string>;
}

const PREFIX = "enc:v1:";
const IV_BYTES = 12;

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (character) => character.charCodeAt(0));

export function tokenSealer(keyBase64: string | undefined): TokenSealer {
  const key = keyBase64
    ? crypto.subtle.importKey("raw", fromBase64(keyBase64), "AES-GCM", false, ["encrypt", "decrypt"])
    : null;
  return {
    encrypts: key !== null,
    async seal(token) {
      if (!key) return token;
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = await crypto.subtle.encrypt(
        { name: "AES-GCM", iv },
        await key,
        new TextEncoder().encode(token),
      );
      return `${PREFIX}${toBase64(iv)}:${toBase64(new Uint8Array(sealed))}`;
    },
    async open(stored) {
      if (!stored.startsWith(PREFIX)) return stored;
      if (!key) throw new Error("a Slack bot token is encrypted, but SLACK_TOKEN_ENCRYPTION_KEY is not set");
      const [iv = "", sealed = ""] = stored.slice(PREFIX.length).split(":");
      try {
        const opened = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: fromBase64(iv) },
          await key,
          fromBase64(sealed),
        );
        return new TextDecoder().decode(opened);
      } catch {
        // Never the stored value or the key in the message.
        throw new Error(
          "a Slack bot token cannot be decrypted with SLACK_TOKEN_ENCRYPTION_KEY (another key?)",
        );
      }
    },
  };
}
