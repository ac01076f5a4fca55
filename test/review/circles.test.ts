import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { auditLog, circles } from "../../src/db/schema/index.js";
import { seed, USERS } from "../commands/fixtures.js";
import { commandRunner } from "../commands/harness.js";
import { freshDatabase } from "../support/database.js";

/**
 * Review: `circle create NAME THEME` with two words, each in quotes, reads what is inside the quotes,
 * as it does for a name of several words: no circle named with its quotes, and an empty quoted theme
 * is refused like a missing one, writing nothing.
 */
let handle: DatabaseHandle;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  await seed(handle.db);
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

describe("circle create with quoted one-word parts", () => {
  it("drops the quotes around a one-word name and theme", async () => {
    const result = await run(USERS.supportUnit, 'circle create "Budgets" "Open data"');
    expect(result).toMatchObject({ status: "ok" });
    const other = await run(USERS.supportUnit, 'circle create “Contracts” "procurement"');
    expect(other).toMatchObject({ status: "ok" });
    const rows = await handle.db.select().from(circles);
    expect(rows.map((row) => [row.name, row.themeText]).sort()).toEqual([
      ["Budgets", "Open data"],
      ["Contracts", "procurement"],
    ]);
  });

  it("refuses an empty quoted theme, writing nothing", async () => {
    const before = await handle.db.$count(auditLog);
    const result = await run(USERS.supportUnit, 'circle create "Budgets" ""');
    expect(result).toMatchObject({ status: "invalid" });
    expect(await handle.db.$count(circles)).toBe(0);
    expect(await handle.db.$count(auditLog)).toBe(before);
  });
});
