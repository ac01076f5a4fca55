import { and, eq, gt, isNull } from "drizzle-orm";
import type { Platform } from "../../domain/vocabularies.js";
import { type Actor, writeAudited } from "../audit.js";
import type { Database } from "../client.js";
import { chatIdentities, linkCodes, persons } from "../schema/index.js";

/** Crockford-style alphabet: no 0/O or 1/I/L, so a code read aloud or retyped from a phone survives. */
const ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
const CODE_LENGTH = 8;

export function generateLinkCode(
  random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
): string {
  const bytes = random(new Uint8Array(CODE_LENGTH));
  let code = "";
  for (const byte of bytes) code += ALPHABET[byte % ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Codes are compared case- and separator-insensitively: people retype them. */
export function normalizeLinkCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export async function hashLinkCode(code: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(normalizeLinkCode(code)));
  return Buffer.from(digest).toString("hex");
}

export class UnknownPersonError extends Error {
  constructor(readonly email: string) {
    super(`No person with email ${email}`);
  }
}

/** Creates a single-use code for `link CODE`; only its hash is stored. Returns the plain code once. */
export async function createLinkCode(
  db: Database,
  email: string,
  ttlHours: number,
  actor: Actor,
  now: Date = new Date(),
): Promise<{ code: string; expiresAt: Date; personId: string }> {
  const [person] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.email, email.toLowerCase()));
  if (!person) throw new UnknownPersonError(email);
  const code = generateLinkCode();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await writeAudited(
    db,
    actor,
    async (writer) => {
      await writer.insert(
        linkCodes,
        { personId: person.id, codeHash: await hashLinkCode(code), createdAt: now, expiresAt },
        { redact: ["codeHash"] },
      );
    },
    now,
  );
  return { code, expiresAt, personId: person.id };
}

export type LinkOutcome =
  | { ok: true; personId: string; alreadyLinked: boolean }
  | { ok: false; reason: "invalid_or_expired" | "identity_linked_elsewhere" };

/**
 * Redeems a code for a chat identity: single use, expiring. Checking and consuming happen in one
 * transaction so two simultaneous redemptions of the same code cannot both succeed.
 */
export async function redeemLinkCode(
  db: Database,
  input: { code: string; platform: Platform; workspaceId: string; userId: string },
  actor: Actor,
  now: Date = new Date(),
): Promise<LinkOutcome> {
  const codeHash = await hashLinkCode(input.code);
  const workspaceId = input.platform === "discord" ? "" : input.workspaceId;
  return writeAudited(
    db,
    actor,
    async (writer): Promise<LinkOutcome> => {
      const [code] = await writer.tx
        .select()
        .from(linkCodes)
        .where(and(eq(linkCodes.codeHash, codeHash), isNull(linkCodes.usedAt), gt(linkCodes.expiresAt, now)));
      if (!code) return { ok: false, reason: "invalid_or_expired" };
      const [existing] = await writer.tx
        .select()
        .from(chatIdentities)
        .where(
          and(
            eq(chatIdentities.platform, input.platform),
            eq(chatIdentities.workspaceId, workspaceId),
            eq(chatIdentities.userId, input.userId),
          ),
        );
      if (existing && existing.personId !== code.personId)
        return { ok: false, reason: "identity_linked_elsewhere" };
      const identity =
        existing ??
        (await writer.insert(chatIdentities, {
          personId: code.personId,
          platform: input.platform,
          workspaceId,
          userId: input.userId,
          linkedAt: now,
        }));
      await writer.update(linkCodes, code.id, { usedAt: now, usedByIdentityId: identity.id });
      return { ok: true, personId: code.personId, alreadyLinked: existing !== undefined };
    },
    now,
  );
}
