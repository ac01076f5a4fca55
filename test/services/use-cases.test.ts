import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { findPersonByChatIdentity } from "../../src/db/repositories/people.js";
import { findPlanById } from "../../src/db/repositories/plans.js";
import { auditLog, endorsements } from "../../src/db/schema/index.js";
import type { Acting } from "../../src/services/acting.js";
import { endorsePlan } from "../../src/services/endorse-plan.js";
import { describeServiceError, ServiceError } from "../../src/services/errors.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "../commands/fixtures.js";
import { freshDatabase } from "../support/database.js";

/**
 * The use cases run without a chat platform: the command-line surface (and any other) calls them with
 * a person and a source, and gets coded errors it can say in its reader's language.
 */
describe("use cases, called directly", () => {
  let handle: DatabaseHandle;
  let data: Seeded;

  beforeEach(async () => {
    handle = await freshDatabase();
    data = await seed(handle.db);
  });
  afterEach(() => handle.close());

  const actingAs = async (userId: string): Promise<Acting> => {
    const person = await findPersonByChatIdentity(handle.db, {
      platform: "slack",
      workspaceId: TEAM,
      userId,
    });
    if (!person) throw new Error(`no person for ${userId}`);
    return { person, source: "cli", label: `${person.email} via cli` };
  };

  it("refuses a government role with a coded error (PLAN-5), says it in any language, and writes nothing", async () => {
    const plan = (await findPlanById(handle.db, data.shelbyvillePlan))!;
    const deps = { db: handle.db, now: NOW };
    const attempt = endorsePlan(deps, await actingAs(USERS.shelbyvillePoc), plan);
    await expect(attempt).rejects.toBeInstanceOf(ServiceError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ServiceError;
    expect(error).toMatchObject({ kind: "refused", code: "cmd.endorse.government_refused" });
    expect(describeServiceError(error, "en")).toContain("Shelbyville");
    expect(describeServiceError(error, "fr")).not.toBe(describeServiceError(error, "en"));
    expect(await handle.db.$count(endorsements)).toBe(0);
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it("records what civil society endorses from the command line, audited with its source, once", async () => {
    const plan = (await findPlanById(handle.db, data.shelbyvillePlan))!;
    const deps = { db: handle.db, now: NOW };
    const acting = await actingAs(USERS.civilSociety);
    const first = await endorsePlan(deps, acting, plan);
    const again = await endorsePlan(deps, acting, plan);
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, endorsement: { id: first.endorsement.id } });
    expect(await handle.db.select().from(endorsements)).toMatchObject([{ source: "cli" }]);
    expect(await handle.db.select().from(auditLog)).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: "cli", actorLabel: acting.label })]),
    );
  });
});
