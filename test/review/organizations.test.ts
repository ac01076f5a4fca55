import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { organizations, persons } from "../../src/db/schema/index.js";
import { seed, USERS } from "../commands/fixtures.js";
import { commandRunner, said } from "../commands/harness.js";
import { freshDatabase } from "../support/database.js";

/**
 * Review: organization names are unique "whatever their case", which SQLite's `lower()` only honours
 * for ASCII letters. A name with a capital accented letter (École, Ñandú, Ärzte) must still be found
 * by its own spelling, and a second registration differing only in case must be refused.
 */
let handle: DatabaseHandle;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  await seed(handle.db);
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

describe("organization names with non-ASCII capitals", () => {
  it("finds an organization by its exact name when it starts with an accented capital", async () => {
    const registered = await run(USERS.supportUnit, "register organization civil-society-org École Civique");
    expect(registered).toMatchObject({ status: "ok" });
    const result = await run(
      USERS.supportUnit,
      'register person Cara Civic cara@ecole.example fr "École Civique"',
    );
    expect(result).toMatchObject({ status: "ok" });
    const [ecole] = await handle.db
      .select()
      .from(organizations)
      .where(eq(organizations.name, "École Civique"));
    const [cara] = await handle.db.select().from(persons).where(eq(persons.email, "cara@ecole.example"));
    expect(cara?.organizationId).toBe(ecole?.id);
  });

  it("refuses a second organization whose name differs only in the case of an accented letter", async () => {
    await run(USERS.supportUnit, "register organization civil-society-org École Civique");
    const duplicate = await run(USERS.supportUnit, "register organization media ÉCOLE CIVIQUE");
    expect(duplicate).toMatchObject({ status: "refused" });
    expect(await handle.db.$count(organizations, eq(organizations.kind, "media"))).toBe(0);
    expect(said(duplicate)).toContain("École Civique");
  });
});
