import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandResult } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { publicComments } from "../../src/db/schema/index.js";
import { submitPublicComment } from "../../src/services/submit-public-comment.js";
import { postUpdate } from "../services/public-comment-fixtures.js";
import { freshDatabase } from "../support/database.js";
import { NOW, seed, USERS } from "./fixtures.js";
import { commandRunner, control, said } from "./harness.js";

/** `/ogp comment approve|reject COMMENT` (Annex 4), typed or clicked, in the caller's language. */
describe("comment command", () => {
  let handle: DatabaseHandle;
  let run: ReturnType<typeof commandRunner>;
  let commentId: string;
  let ref: string;

  beforeEach(async () => {
    handle = await freshDatabase();
    const data = await seed(handle.db);
    run = commandRunner(handle.db);
    commentId = await submitPublicComment(
      { db: handle.db, now: NOW },
      {
        updateId: await postUpdate(handle.db, data),
        authorName: "",
        body: "Please publish the 2025 figures.",
      },
    );
    ref = commentId.slice(0, 8);
  });
  afterEach(() => handle.close());

  const moderation = async () =>
    (await handle.db.select().from(publicComments).where(eq(publicComments.id, commentId)))[0]?.moderation;
  const only = (result: CommandResult) => {
    if (result.kind !== "messages") throw new Error(`expected messages, got ${result.kind}`);
    expect(result.messages).toHaveLength(1);
    return result.messages[0]!;
  };

  it("approves when the point of contact types it, answering only them with who and when", async () => {
    const result = await run(USERS.poc, `comment approve ${ref}`);
    expect(result.status).toBe("ok");
    expect(only(result)).toMatchObject({ visibility: "ephemeral", target: { kind: "origin" } });
    expect(said(result)).toContain(
      `Comment ${ref} on sprfd0001 is approved by Ana Poc, 10 Mar 2026, 11:00 GMT-4: it is shown on the public site.`,
    );
    expect(said(result)).toContain("“Please publish the 2025 figures.” — anonymous");
    expect(await moderation()).toBe("approved");
  });

  it("rejects from the button, replacing the request for everyone who saw it", async () => {
    const result = await run(USERS.supportUnit, control("comment", "reject", commentId));
    expect(only(result)).toMatchObject({ visibility: "public", target: { kind: "replace" } });
    expect(said(result)).toContain(`Comment ${ref} on sprfd0001 is rejected by Dan Support`);
    expect(await moderation()).toBe("rejected");
  });

  it("answers a second decision with the first one instead of applying it", async () => {
    await run(USERS.poc, `comment approve ${ref}`);
    const again = await run(USERS.supportUnit, control("comment", "reject", commentId));
    expect(again.status).toBe("ok");
    expect(said(again)).toContain(`Comment ${ref} on sprfd0001 was already approved by Ana Poc, 10 Mar 2026`);
    expect(said(again)).toContain("nothing changed");
    expect(await moderation()).toBe("approved");
  });

  it("refuses civil society in their language and changes nothing", async () => {
    const result = await run(USERS.civilSociety, control("comment", "approve", commentId));
    expect(result.status).toBe("refused");
    expect(said(result)).toBe(
      "Seuls le point de contact de Springfield et l'Unité d'appui modèrent les commentaires publics sur sprfd0001 (annexe 4 du manuel).",
    );
    expect(await moderation()).toBe("pending");
  });

  it("says which comment it could not find", async () => {
    const result = await run(USERS.poc, "comment approve deadbeef");
    expect(result.status).toBe("not_found");
    expect(said(result)).toContain("No public comment “deadbeef”");
  });

  it.each(["comment", "comment approve", "comment publish REF", "comment reject REF now"])(
    "answers `%s` with the usage, changing nothing",
    async (typed) => {
      const result = await run(USERS.poc, typed.replace("REF", ref));
      expect(result.status).toBe("invalid");
      expect(said(result)).toContain("Type /ogp comment approve COMMENT or /ogp comment reject COMMENT");
      expect(await moderation()).toBe("pending");
    },
  );

  it("tells an unlinked person how to link", async () => {
    const result = await run(USERS.unlinked, `comment approve ${ref}`);
    expect(result.status).toBe("unlinked");
    expect(await moderation()).toBe("pending");
  });

  it("is in help for points of contact and the Support Unit only", async () => {
    for (const userId of [USERS.poc, USERS.supportUnit]) {
      const help = said(await run(userId, "help"));
      expect(help).toContain("/ogp comment approve COMMENT — approve a public comment");
      expect(help).toContain("/ogp comment reject COMMENT — reject a public comment");
    }
    expect(said(await run(USERS.civilSociety, "help"))).not.toContain("/ogp comment");
    expect(said(await run(USERS.official, "help"))).not.toContain("/ogp comment");
  });
});
