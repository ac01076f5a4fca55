import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { revisionCache } from "../../src/db/revision-cache.js";
import { milestones, organizations } from "../../src/db/schema/index.js";
import { seed, USERS } from "../commands/fixtures.js";
import { commandRunner, said } from "../commands/harness.js";
import { freshDatabase } from "../support/database.js";

/** Reads kept until the facts revision moves (src/db/revision-cache.ts). */
describe("revisionCache", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
  });
  afterEach(() => handle.close());

  const counting = (maxEntries?: number) => {
    const loads: string[][] = [];
    const cache = revisionCache<string>(async (_db, keys) => {
      loads.push(keys);
      return new Map(keys.map((key) => [key, `${key}@${loads.length}`]));
    }, maxEntries);
    return { cache, loads };
  };
  const bumpRevision = () =>
    handle.db.insert(organizations).values({ name: `Org ${Math.random()}`, kind: "media" });

  it("loads only what it does not hold, until a published fact is written", async () => {
    const { cache, loads } = counting();
    expect(Object.fromEntries(await cache.get(handle.db, ["a", "b"]))).toEqual({ a: "a@1", b: "b@1" });
    expect(Object.fromEntries(await cache.get(handle.db, ["b", "c"]))).toEqual({ b: "b@1", c: "c@2" });
    expect(loads).toEqual([["a", "b"], ["c"]]);
    await bumpRevision();
    expect(Object.fromEntries(await cache.get(handle.db, ["a"]))).toEqual({ a: "a@3" });
    expect(loads).toHaveLength(3);
  });

  it("keeps at most maxEntries keys, the least recently used going first", async () => {
    const { cache, loads } = counting(2);
    await cache.get(handle.db, ["a", "b"]);
    await cache.get(handle.db, ["a"]);
    await cache.get(handle.db, ["c"]);
    await cache.get(handle.db, ["a", "b"]);
    expect(loads).toEqual([["a", "b"], ["c"], ["b"]]);
  });

  it("keeps each database's values apart", async () => {
    const other = await freshDatabase();
    try {
      const { cache, loads } = counting();
      await cache.get(handle.db, ["a"]);
      await cache.get(other.db, ["a"]);
      expect(loads).toEqual([["a"], ["a"]]);
    } finally {
      other.close();
    }
  });
});

describe("status through the cache", () => {
  let handle: DatabaseHandle;
  afterEach(() => handle.close());

  it("shows a milestone completed since the last look at once", async () => {
    handle = await freshDatabase();
    const data = await seed(handle.db);
    const run = commandRunner(handle.db);
    expect(said(await run(USERS.civilSociety, "status springfield"))).toContain("jalons terminés 0/2");
    await handle.db
      .update(milestones)
      .set({ status: "complete" })
      .where(eq(milestones.id, data.publishDataset));
    expect(said(await run(USERS.civilSociety, "status springfield"))).toContain("jalons terminés 1/2");
  });
});
