import type { webcrypto } from "node:crypto";
import { and, count, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { Platform } from "../../domain/vocabularies.js";
import { type Actor, writeAudited } from "../audit.js";
import type { Database, Executor } from "../client.js";
import { appSecrets, chatIdentities, linkAttempts, linkCodes, persons } from "../schema/index.js";

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

const LINK_CODE_KEY = "link_code_key";
const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");

/**
 * The key link codes are hashed with: LINK_CODE_SECRET when the operator sets one (a copy of the
 * database then reveals nothing about pending codes), else a random key this installation makes once
 * and keeps in `app_secrets`.
 */
async function linkCodeKey(db: Executor, secret: string | undefined): Promise<webcrypto.CryptoKey> {
  let material = secret;
  if (material === undefined) {
    const read = () => db.select().from(appSecrets).where(eq(appSecrets.name, LINK_CODE_KEY));
    let [stored] = await read();
    if (!stored) {
      const fresh = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
      // Two first uses at once: one key is stored, and both read that one back.
      await db.insert(appSecrets).values({ name: LINK_CODE_KEY, value: fresh }).onConflictDoNothing();
      [stored] = await read();
    }
    material = stored!.value;
  }
  return crypto.subtle.importKey("raw", encoder.encode(material), { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
}

/** HMAC-SHA-256 of the normalized code: an 8-character code cannot be brute-forced from its hash alone. */
export async function hashLinkCode(code: string, key: webcrypto.CryptoKey): Promise<string> {
  return hex(await crypto.subtle.sign("HMAC", key, encoder.encode(normalizeLinkCode(code))));
}

/**
 * Codes created before codes were keyed (plain SHA-256) keep working until they expire (30 days at
 * most); none is created so any more.
 */
async function unkeyedHash(code: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(normalizeLinkCode(code))));
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
  secret?: string,
): Promise<{ code: string; expiresAt: Date; personId: string }> {
  const [person] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.email, email.toLowerCase()));
  if (!person) throw new UnknownPersonError(email);
  const code = generateLinkCode();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  const key = await linkCodeKey(db, secret);
  await writeAudited(
    db,
    actor,
    async (writer) => {
      await writer.insert(
        linkCodes,
        {
          personId: person.id,
          codeHash: await hashLinkCode(code, key),
          createdAt: now,
          expiresAt,
        },
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
  secret?: string,
): Promise<LinkOutcome> {
  const workspaceId = input.platform === "discord" ? "" : input.workspaceId;
  const key = await linkCodeKey(db, secret);
  return writeAudited(
    db,
    actor,
    async (writer): Promise<LinkOutcome> => {
      const hashes = [await hashLinkCode(input.code, key), await unkeyedHash(input.code)];
      const [code] = await writer.tx
        .select()
        .from(linkCodes)
        .where(
          and(inArray(linkCodes.codeHash, hashes), isNull(linkCodes.usedAt), gt(linkCodes.expiresAt, now)),
        );
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

export interface ChatIdentityRef {
  platform: Platform;
  workspaceId: string;
  userId: string;
}

/** Records one redemption attempt, for the attempt caps. Bookkeeping: not audited. */
export async function recordLinkAttempt(
  db: Executor,
  identity: ChatIdentityRef,
  succeeded: boolean,
  at: Date,
): Promise<void> {
  await db.insert(linkAttempts).values({ ...identity, attemptedAt: at, succeeded });
}

/** Failed attempts since `since`: by this identity, and by everyone. */
export async function countFailedLinkAttempts(
  db: Executor,
  identity: ChatIdentityRef,
  since: Date,
): Promise<{ identity: number; everyone: number }> {
  const failed = and(eq(linkAttempts.succeeded, false), gt(linkAttempts.attemptedAt, since));
  const [mine] = await db
    .select({ n: count() })
    .from(linkAttempts)
    .where(
      and(
        failed,
        eq(linkAttempts.platform, identity.platform),
        eq(linkAttempts.workspaceId, identity.workspaceId),
        eq(linkAttempts.userId, identity.userId),
      ),
    );
  const [all] = await db.select({ n: count() }).from(linkAttempts).where(failed);
  return { identity: mine?.n ?? 0, everyone: all?.n ?? 0 };
}

/** Drops attempts older than `before`: the caps look back an hour at most. */
export async function pruneLinkAttempts(db: Executor, before: Date): Promise<number> {
  const removed = await db
    .delete(linkAttempts)
    .where(lt(linkAttempts.attemptedAt, before))
    .returning({ id: linkAttempts.id });
  return removed.length;
}
