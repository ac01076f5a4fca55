import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { auditLog, publicComments } from "../../src/db/schema/index.js";
import { describeServiceError, ServiceError } from "../../src/services/errors.js";
import { moderatePublicComment } from "../../src/services/moderate-public-comment.js";
import { submitPublicComment } from "../../src/services/submit-public-comment.js";
import { NOW, type Seeded, seed, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";
import { actingAs, postUpdate } from "./public-comment-fixtures.js";

/** Annex 4: the member's point of contact or the Support Unit decides, once, whether a comment is shown. */
describe("moderating a public comment", () => {
  let handle: DatabaseHandle;
  let data: Seeded;
  let commentId: string;

  beforeEach(async () => {
    handle = await freshDatabase();
    data = await seed(handle.db);
    const updateId = await postUpdate(handle.db, data);
    commentId = await submitPublicComment(
      { db: handle.db, now: NOW },
      { updateId, authorName: "Léa", body: "Where is the dataset?" },
    );
  });
  afterEach(() => handle.close());

  const LATER = new Date(NOW.getTime() + 60 * 60 * 1000);
  const moderate = async (userId: string, ref: string, decision: "approved" | "rejected", now = NOW) =>
    moderatePublicComment({ db: handle.db, now }, await actingAs(handle.db, userId), ref, decision);
  const stored = async () =>
    (await handle.db.select().from(publicComments).where(eq(publicComments.id, commentId)))[0]!;
  const moderationAudit = () =>
    handle.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, "public_comments"), eq(auditLog.action, "update")));

  it("lets the member's point of contact approve by the short reference, audited with who and when", async () => {
    const outcome = await moderate(USERS.poc, commentId.slice(0, 8), "approved");
    expect(outcome).toMatchObject({ applied: true, moderatorName: "Ana Poc" });
    expect(await stored()).toMatchObject({
      moderation: "approved",
      moderatedBy: data.persons.poc,
      moderatedAt: NOW,
    });
    expect(await moderationAudit()).toMatchObject([
      {
        entityId: commentId,
        actorPersonId: data.persons.poc,
        source: "slack",
        changes: { moderation: "approved", moderatedBy: data.persons.poc },
      },
    ]);
  });

  it("lets the Support Unit reject by the full id", async () => {
    const outcome = await moderate(USERS.supportUnit, commentId, "rejected");
    expect(outcome).toMatchObject({ applied: true, moderatorName: "Dan Support" });
    expect(await stored()).toMatchObject({ moderation: "rejected", moderatedBy: data.persons.supportUnit });
  });

  it("answers a second decision with the first, by whom and when, and writes nothing", async () => {
    await moderate(USERS.poc, commentId, "approved");
    const again = await moderate(USERS.supportUnit, commentId, "rejected", LATER);
    expect(again).toMatchObject({
      applied: false,
      moderatorName: "Ana Poc",
      comment: { moderation: "approved", moderatedAt: NOW },
    });
    expect(await stored()).toMatchObject({ moderation: "approved", moderatedBy: data.persons.poc });
    expect(await moderationAudit()).toHaveLength(1);
  });

  it.each([
    ["civil society of the member", USERS.civilSociety],
    ["an official of the member", USERS.official],
    ["another member's point of contact", USERS.shelbyvillePoc],
  ])("refuses %s, saying who may, and writes nothing", async (_who, userId) => {
    const attempt = await moderate(userId, commentId, "approved").catch((error: unknown) => error);
    expect(attempt).toBeInstanceOf(ServiceError);
    expect(attempt).toMatchObject({ kind: "refused", code: "cmd.comment.not_moderator" });
    expect(describeServiceError(attempt as ServiceError, "en")).toBe(
      "Only the point of contact of Springfield or the Support Unit moderates public comments on sprfd0001 (handbook Annex 4).",
    );
    expect(await stored()).toMatchObject({ moderation: "pending", moderatedBy: null, moderatedAt: null });
    expect(await moderationAudit()).toHaveLength(0);
  });

  it.each(["deadbeef", "x", "not-a-reference!"])("finds no comment for %s", async (ref) => {
    await expect(moderate(USERS.poc, ref, "approved")).rejects.toMatchObject({
      kind: "not_found",
      code: "cmd.comment.not_found",
      params: { ref },
    });
  });
});
