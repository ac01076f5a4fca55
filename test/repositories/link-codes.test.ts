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
import { auditLog, chatIdentities, linkCodes, persons } from "../../src/db/schema/index.js";
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
});
