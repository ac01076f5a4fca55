import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { circleMembers, circles, commitmentPolicyAreas } from "../../src/db/schema/index.js";
import { freshDatabase } from "../support/database.js";
import { type Seeded, seed, USERS } from "./fixtures.js";
import { commandRunner, said } from "./harness.js";

let handle: DatabaseHandle;
let data: Seeded;
let run: ReturnType<typeof commandRunner>;

/** Springfield's active commitments are in fiscal openness (sprfd0001) and open data (sprfd0002); Shelbyville's in fiscal openness. */
beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  run = commandRunner(handle.db);
  await handle.db.insert(commitmentPolicyAreas).values([
    { commitmentId: data.budgetPortal, code: "fiscal_openness" },
    { commitmentId: data.oldCommitment, code: "open_data" },
    { commitmentId: data.shelbyvilleCommitment, code: "fiscal_openness" },
  ]);
});
afterEach(() => handle.close());

describe("peers (§2.4 peer exchange)", () => {
  it("lists the members with active commitments in a policy area, with their circles", async () => {
    const [circle] = await handle.db
      .insert(circles)
      .values({ slug: "open-budget", name: "Open Budget", themePolicyArea: "fiscal_openness" })
      .returning();
    await handle.db.insert(circleMembers).values({ circleId: circle!.id, memberId: data.springfield });
    const result = await run(USERS.shelbyvillePoc, "peers fiscal-openness");
    expect(result.status).toBe("ok");
    expect(said(result)).toContain("Peers in Fiscal Openness");
    expect(said(result)).toContain("Springfield (US): sprfd0001 · circles: Open Budget");
    // Shelbyville is the caller's own member.
    expect(said(result)).not.toContain("shlby0001");
  });

  it("defaults to the policy areas of the caller's members' active commitments, leaving their own members out", async () => {
    const result = await run(USERS.poc, "peers");
    expect(said(result)).toContain("Peers in Fiscal Openness\nShelbyville (US): shlby0001");
    expect(said(result)).toContain("No other member has active commitments in Open Data.");
    expect(said(result)).not.toContain("sprfd");
  });

  it("answers in the caller's language", async () => {
    const result = await run(USERS.civilSociety, "peers open_data");
    // Carla is civil society of Springfield: her own member is not her peer.
    expect(said(result)).toContain("Aucun autre membre n'a d'engagement actif en Données ouvertes.");
  });

  it("refuses an unknown policy area, listing the codes, and asks the Support Unit to name one", async () => {
    const unknown = await run(USERS.poc, "peers budgets");
    expect(unknown.status).toBe("invalid");
    expect(said(unknown)).toContain("“budgets” is not a policy area. Policy areas: audits_controls,");
    const supportUnit = await run(USERS.supportUnit, "peers");
    expect(supportUnit.status).toBe("invalid");
    expect(said(supportUnit)).toContain("Name a policy area: /ogp peers POLICY_AREA");
    expect(said(await run(USERS.supportUnit, "peers fiscal_openness"))).toContain(
      "Springfield (US): sprfd0001",
    );
  });

  it("says when the caller's members have no active commitment with a policy area", async () => {
    await handle.db
      .delete(commitmentPolicyAreas)
      .where(eq(commitmentPolicyAreas.commitmentId, data.shelbyvilleCommitment));
    const result = await run(USERS.shelbyvillePoc, "peers");
    expect(result.status).toBe("not_found");
    expect(said(result)).toContain("Your members have no active commitment with a policy area");
  });
});
