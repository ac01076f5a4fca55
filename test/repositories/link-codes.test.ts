import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemActor } from "../../src/db/audit.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  createLinkCode,
  normalizeLinkCode,
  redeemLinkCode,
  UnknownPersonError,
} from "../../src/db/repositories/link-codes.js";
import {
  alertsOutbox,
  appSecrets,
  auditLog,
  channelSubscriptions,
  chatIdentities,
  linkCodes,
  persons,
} from "../../src/db/schema/index.js";
import { ServiceError } from "../../src/services/errors.js";
import { LINK_CAPS, LINK_LOCKOUT_KIND, linkChatIdentity } from "../../src/services/link-chat-identity.js";
import { freshDatabase } from "../support/database.js";

const actor = systemActor("cli");
const now = new Date("2026-11-22T10:00:00Z");
const hoursLater = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("link codes", () => {
  let handle: DatabaseHandle;
  let personId: string;

  beforeEach(async () => {
    handle = await freshDatabase();
    const [person] = await handle.db
      .insert(persons)
      .values({ name: "Ana Poc", email: "ana@example.org" })
      .returning();
    personId = person!.id;
  });
  afterEach(() => handle.close());

  const slackUser = { platform: "slack" as const, workspaceId: "T001", userId: "U001" };

  it("links a chat identity once, and refuses the same code a second time", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const first = await redeemLinkCode(handle.db, { code, ...slackUser }, actor, hoursLater(1));
    expect(first).toEqual({ ok: true, personId, alreadyLinked: false });
    const identities = await handle.db.select().from(chatIdentities);
    expect(identities).toMatchObject([{ personId, platform: "slack", workspaceId: "T001", userId: "U001" }]);

    const again = await redeemLinkCode(
      handle.db,
      { code, ...slackUser, userId: "U999" },
      actor,
      hoursLater(2),
    );
    expect(again).toEqual({ ok: false, reason: "invalid_or_expired" });
    expect(await handle.db.$count(chatIdentities)).toBe(1);
  });

  it("accepts a code retyped in lower case without its dash", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    const typed = normalizeLinkCode(code).toLowerCase();
    expect(await redeemLinkCode(handle.db, { code: typed, ...slackUser }, actor, now)).toMatchObject({
      ok: true,
    });
  });

  it("refuses an expired code and writes nothing", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    const auditBefore = await handle.db.$count(auditLog);
    expect(await redeemLinkCode(handle.db, { code, ...slackUser }, actor, hoursLater(24))).toEqual({
      ok: false,
      reason: "invalid_or_expired",
    });
    expect(await handle.db.$count(chatIdentities)).toBe(0);
    expect(await handle.db.$count(auditLog)).toBe(auditBefore);
  });

  it("stores only a hash of the code, in the table and in the audit log", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    const [row] = await handle.db.select().from(linkCodes).where(eq(linkCodes.personId, personId));
    expect(row!.codeHash).not.toContain(normalizeLinkCode(code));
    const audit = JSON.stringify(await handle.db.select().from(auditLog));
    expect(audit).not.toContain(normalizeLinkCode(code));
    expect(audit).not.toContain(row!.codeHash);
  });

  it("does not move an identity already linked to another person", async () => {
    const [other] = await handle.db
      .insert(persons)
      .values({ name: "Bo", email: "bo@example.org" })
      .returning();
    await handle.db.insert(chatIdentities).values({ personId: other!.id, ...slackUser });
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    expect(await redeemLinkCode(handle.db, { code, ...slackUser }, actor, now)).toEqual({
      ok: false,
      reason: "identity_linked_elsewhere",
    });
  });

  it("keys Discord identities by user alone, whatever guild the command came from", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    await redeemLinkCode(
      handle.db,
      { code, platform: "discord", workspaceId: "G1", userId: "D1" },
      actor,
      now,
    );
    expect(await handle.db.select().from(chatIdentities)).toMatchObject([
      { platform: "discord", workspaceId: "" },
    ]);
  });

  it("rejects an unknown email", async () => {
    await expect(createLinkCode(handle.db, "nobody@example.org", 24, actor, now)).rejects.toBeInstanceOf(
      UnknownPersonError,
    );
  });

  it("hashes codes with a key, so a copy of the table alone cannot be brute-forced", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    const [row] = await handle.db.select().from(linkCodes);
    const unkeyed = Buffer.from(
      await crypto.subtle.digest("SHA-256", new TextEncoder().encode(normalizeLinkCode(code))),
    ).toString("hex");
    expect(row!.codeHash).not.toBe(unkeyed);
    expect(await handle.db.$count(appSecrets)).toBe(1);
  });

  it("uses LINK_CODE_SECRET when set: a code does not redeem under another key", async () => {
    const secret = "a-secret-of-some-length";
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now, secret);
    const other = await redeemLinkCode(
      handle.db,
      { code, ...slackUser },
      actor,
      now,
      "another-secret-entirely",
    );
    expect(other).toEqual({ ok: false, reason: "invalid_or_expired" });
    expect(await redeemLinkCode(handle.db, { code, ...slackUser }, actor, now, secret)).toMatchObject({
      ok: true,
    });
  });

  it("still redeems a code stored unkeyed by an earlier version until it expires", async () => {
    const code = "ABCD-EFGH";
    const unkeyed = Buffer.from(
      await crypto.subtle.digest("SHA-256", new TextEncoder().encode(normalizeLinkCode(code))),
    ).toString("hex");
    await handle.db
      .insert(linkCodes)
      .values({ personId, codeHash: unkeyed, createdAt: now, expiresAt: hoursLater(24) });
    expect(await redeemLinkCode(handle.db, { code, ...slackUser }, actor, now)).toMatchObject({ ok: true });
  });
});

describe("link-code attempt caps", () => {
  let handle: DatabaseHandle;
  const guesser = { platform: "slack" as const, workspaceId: "T001", userId: "U0GUESS" };

  beforeEach(async () => {
    handle = await freshDatabase();
    await handle.db.insert(persons).values({ name: "Ana Poc", email: "ana@example.org" });
    await handle.db.insert(channelSubscriptions).values({
      platform: "slack",
      workspaceId: "T0SU",
      channelId: "C0SU",
      kind: "support_unit_alerts",
      subjectKey: "",
      alertKinds: [],
      createdBy: null,
    });
  });
  afterEach(() => handle.close());

  const attempt = (identity: typeof guesser, code: string, at = now) =>
    linkChatIdentity({ db: handle.db, now: at }, identity, code).then(
      () => "linked",
      (error: unknown) => (error instanceof ServiceError ? error.code : String(error)),
    );

  it("locks an identity out after 5 wrong codes, refuses even the right code, and tells the Support Unit once", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    const wrong = [];
    for (let i = 0; i < LINK_CAPS.identity.failures; i++) wrong.push(await attempt(guesser, "WXYZ-2345"));
    expect(wrong).toEqual(Array(5).fill("cmd.link.invalid_code"));
    expect(await attempt(guesser, code)).toBe("cmd.link.locked");
    expect(await attempt(guesser, "WXYZ-2346")).toBe("cmd.link.locked");
    expect(await handle.db.$count(chatIdentities)).toBe(0);
    const notices = await handle.db
      .select()
      .from(alertsOutbox)
      .where(eq(alertsOutbox.kind, LINK_LOCKOUT_KIND));
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(notices[0]!.payload)).toContain("slack user U0GUESS");
    // Another person's chat account is not locked out by the guesser.
    expect(await attempt({ ...guesser, userId: "U0ANA" }, code)).toBe("linked");
  });

  it("pauses every redemption when wrong codes pile up from many accounts", async () => {
    const { code } = await createLinkCode(handle.db, "ana@example.org", 24, actor, now);
    for (let i = 0; i < LINK_CAPS.everyone.failures; i++)
      await attempt({ ...guesser, userId: `U${i}` }, "WXYZ-2345");
    expect(await attempt({ ...guesser, userId: "U0ANA" }, code)).toBe("cmd.link.locked");
    const later = new Date(now.getTime() + (LINK_CAPS.everyone.windowMinutes + 1) * 60_000);
    expect(await attempt({ ...guesser, userId: "U0ANA" }, code, later)).toBe("linked");
    expect(
      await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.kind, LINK_LOCKOUT_KIND)),
    ).toHaveLength(1);
  });
});
