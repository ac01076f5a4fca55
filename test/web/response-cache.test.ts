import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

describe("cached public pages and open data", () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  /** Kōwhai Coast (Pacific/Auckland, UTC+13 in summer): 23:59:59 on 31 December 2026, local time. */
  let clock = new Date("2026-12-31T10:59:59Z");
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    app = createApp({ db: handle.db, logger: silentLogger, now: () => clock });
  });
  afterAll(() => handle.close());

  const statementsFor = async (path: string, headers: Record<string, string> = {}) => {
    // Every read of the pages goes through the query builder's select or a raw all(); the revision
    // read is a query prepared once, so a request answered from memory builds none.
    const select = vi.spyOn(handle.db, "select");
    const all = vi.spyOn(handle.db, "all");
    try {
      const response = await app.request(path, { headers });
      const text = await response.text();
      return { response, text, statements: select.mock.calls.length + all.mock.calls.length };
    } finally {
      select.mockRestore();
      all.mockRestore();
    }
  };

  it("answers a repeated request from memory, building no query", async () => {
    for (const path of ["/members/kowhai-coast", "/", "/countries/MX", "/api/v1/members/kowhai-coast"]) {
      const first = await statementsFor(path);
      const again = await statementsFor(path);
      expect(first.statements, path).toBeGreaterThan(3);
      expect(again.statements, path).toBe(0);
      expect(again.text, path).toBe(first.text);
      expect(again.response.headers.get("etag"), path).toBe(first.response.headers.get("etag"));
    }
  });

  it("answers a matching If-None-Match from memory with 304", async () => {
    const { response } = await statementsFor("/commitments/nzkwc0003");
    const cached = await statementsFor("/commitments/nzkwc0003", {
      "If-None-Match": response.headers.get("etag")!,
    });
    expect(cached.response.status).toBe(304);
    expect(cached.statements).toBe(0);
  });

  it("keeps each language apart", async () => {
    const english = await statementsFor("/members/val-de-brume", { "Accept-Language": "en" });
    const french = await statementsFor("/members/val-de-brume", { "Accept-Language": "fr" });
    expect(english.text).toContain("Voluntarily inactive");
    expect(french.text).toContain("Inactif volontairement");
    expect(french.response.headers.get("content-language")).toBe("fr");
  });

  it("computes again once a published fact changes, whoever wrote it", async () => {
    await statementsFor("/members/kowhai-coast");
    await handle.db.run(
      sql`update progress_updates set narrative = 'Archive search now live.' where narrative like 'Archive platform procured%'`,
    );
    const changed = await statementsFor("/members/kowhai-coast");
    expect(changed.statements).toBeGreaterThan(3);
    expect(changed.text).toContain("Archive search now live.");
    // Writes the site does not show leave the cached pages alone.
    await handle.db.run(sql`update inbound_deliveries set state = state`);
    expect((await statementsFor("/members/kowhai-coast")).statements).toBe(0);
  });

  it("computes again when a member's day may have turned (rules read the member's civil day)", async () => {
    const before = await statementsFor("/members/kowhai-coast");
    expect(before.text).not.toContain("OVERDUE since 31 Dec 2026");
    clock = new Date("2026-12-31T11:00:00Z"); // midnight in Auckland: 1 January 2027
    const after = await statementsFor("/members/kowhai-coast");
    expect(after.statements).toBeGreaterThan(3);
    expect(after.text).toContain("OVERDUE since 31 Dec 2026");
  });
});
