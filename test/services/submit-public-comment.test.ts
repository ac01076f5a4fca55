import { eq, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import {
  alertsOutbox,
  auditLog,
  chatIdentities,
  persons,
  publicComments,
} from "../../src/db/schema/index.js";
import { LIMITS } from "../../src/messages/limits.js";
import { type Post, postSchema } from "../../src/messages/model.js";
import { submitPublicComment } from "../../src/services/submit-public-comment.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { messageText, postUpdate, SUPPORT_CHANNEL, subscribeSupportUnit } from "./public-comment-fixtures.js";

/** Annex 4: a public comment is held for moderation, and its moderators are asked in chat. */
describe("submitting a public comment", () => {
  let handle: DatabaseHandle;
  let data: Seeded;
  let updateId: string;

  beforeEach(async () => {
    handle = await freshDatabase();
    data = await seed(handle.db);
    updateId = await postUpdate(handle.db, data);
    await subscribeSupportUnit(handle.db, {
      platform: "slack",
      workspaceId: TEAM,
      channelId: SUPPORT_CHANNEL,
    });
  });
  afterEach(() => handle.close());

  const deps = () => ({ db: handle.db, now: NOW, publicBaseUrl: "https://ogp-local.example.org" });
  const submit = (body: string, authorName = "") =>
    submitPublicComment(deps(), { updateId, authorName, body });
  /** The outbox's rows, each with its message as the outbox validated it. */
  const outbox = async () =>
    (await handle.db.select().from(alertsOutbox).orderBy(alertsOutbox.target)).map((row) => ({
      ...row,
      payload: postSchema.parse(row.payload),
    }));
  const actionsOf = (post: Post) =>
    post.blocks.flatMap((block) =>
      block.kind === "buttons"
        ? block.buttons.map((button) => ("invoke" in button ? button.invoke : button.url))
        : [],
    );

  it("asks the member's point of contact by direct message and the Support Unit's channel, with the comment's facts and buttons", async () => {
    const id = await submit("When will the portal open?");
    const rows = await outbox();
    expect(rows.map((row) => [row.platform, row.target, row.isDirectMessage, row.kind])).toEqual([
      ["slack", SUPPORT_CHANNEL, false, "comment.moderation"],
      ["slack", USERS.poc, true, "comment.moderation"],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ subjectKind: "public_comment", subjectId: id, memberId: data.springfield });
      const text = messageText(row.payload);
      expect(text).toContain("Public comment to moderate · sprfd0001");
      expect(text).toContain("Springfield");
      expect(text).toContain("sprfd0001 · Open budget portal");
      // Posted late on 1 March in Springfield's time zone, although it was already 2 March in UTC.
      expect(text).toContain("1 Mar 2026");
      expect(text).toContain("anonymous");
      expect(text).toContain("When will the portal open?");
      expect(actionsOf(row.payload)).toEqual([
        { command: "comment", args: ["approve", id] },
        { command: "comment", args: ["reject", id] },
        "https://ogp-local.example.org/commitments/sprfd0001?lang=en",
      ]);
    }
    // Eve, Shelbyville's point of contact, has nothing to moderate here.
    expect(rows.some((row) => row.target === USERS.shelbyvillePoc)).toBe(false);
    const [stored] = await handle.db.select().from(publicComments);
    expect(stored).toMatchObject({ id, moderation: "pending", updateId });
  });

  it("writes each request in its reader's language: the point of contact's, English for the Support Unit", async () => {
    await handle.db.update(persons).set({ language: "fr" }).where(eq(persons.id, data.persons.poc!));
    await submit("Merci pour ces données.", "Léa");
    const rows = await outbox();
    const dm = rows.find((row) => row.isDirectMessage)!;
    const channel = rows.find((row) => !row.isDirectMessage)!;
    expect(dm.payload.language).toBe("fr");
    expect(messageText(dm.payload)).toContain("Commentaire public à modérer · sprfd0001");
    expect(messageText(dm.payload)).toContain("1 mars 2026");
    expect(messageText(dm.payload)).toContain("Léa");
    expect(actionsOf(dm.payload)).toContain("https://ogp-local.example.org/commitments/sprfd0001?lang=fr");
    expect(channel.payload.language).toBe("en");
    expect(messageText(channel.payload)).toContain("Public comment to moderate · sprfd0001");
  });

  it("messages a person linked on both platforms once, on the platform they prefer", async () => {
    await handle.db.insert(chatIdentities).values({
      personId: data.persons.poc!,
      platform: "discord",
      workspaceId: "",
      userId: "100000000000000001",
    });
    await handle.db
      .update(persons)
      .set({ preferredPlatform: "discord" })
      .where(eq(persons.id, data.persons.poc!));
    await submit("Which datasets come first?");
    const direct = (await outbox()).filter((row) => row.isDirectMessage);
    expect(direct.map((row) => [row.platform, row.target])).toEqual([["discord", "100000000000000001"]]);
  });

  it("reaches only the Support Unit channels that take this kind of alert about the member's country", async () => {
    await subscribeSupportUnit(
      handle.db,
      { platform: "slack", workspaceId: TEAM, channelId: "C0FRANCE" },
      { country: "FR" },
    );
    await subscribeSupportUnit(
      handle.db,
      { platform: "slack", workspaceId: TEAM, channelId: "C0LETTERS" },
      { alertKinds: ["INACT-4"] },
    );
    await subscribeSupportUnit(
      handle.db,
      { platform: "discord", workspaceId: "800000000000000001", channelId: "700000000000000009" },
      { country: "US", alertKinds: ["comment.moderation"] },
    );
    await submit("Good progress.");
    const channels = (await outbox()).filter((row) => !row.isDirectMessage).map((row) => row.target);
    expect(channels.sort()).toEqual(["700000000000000009", SUPPORT_CHANNEL]);
  });

  it("shortens a comment longer than a message holds, keeping the stored comment whole", async () => {
    const long = "a".repeat(LIMITS.textLength + 500);
    await submit(long);
    const [row] = await outbox();
    const shown = row!.payload.blocks.find((block) => block.kind === "text" && block.text.startsWith("aaa"));
    expect(shown).toMatchObject({ kind: "text" });
    expect(shown?.kind === "text" && shown.text.length).toBe(LIMITS.textLength);
    expect(shown?.kind === "text" && shown.text.endsWith("…")).toBe(true);
    expect((await handle.db.select().from(publicComments))[0]?.body).toBe(long);
  });

  it("has no link to the commitment page when the site's address is not configured", async () => {
    await submitPublicComment({ db: handle.db, now: NOW }, { updateId, authorName: "", body: "Hello" });
    const [row] = await outbox();
    expect(actionsOf(row!.payload)).toHaveLength(2);
  });

  it("stores no comment when its moderation request cannot be queued: one transaction", async () => {
    await handle.db.run(
      sql.raw(
        "create trigger outbox_down before insert on alerts_outbox begin select raise(abort, 'outbox down'); end",
      ),
    );
    await expect(submit("Lost?")).rejects.toThrow();
    expect(await handle.db.$count(publicComments)).toBe(0);
    expect(await handle.db.$count(alertsOutbox)).toBe(0);
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it("refuses a comment on an update that does not exist, writing nothing", async () => {
    await expect(
      submitPublicComment(deps(), { updateId: "no-such-update", authorName: "", body: "Hi" }),
    ).rejects.toMatchObject({ kind: "not_found", code: "cmd.comment.no_update" });
    expect(await handle.db.$count(publicComments)).toBe(0);
  });
});
