import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { circleMembers, circles } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

/** Review: circle names and free-text themes are the Support Unit's words, shown escaped on the site. */
describe("circle names and themes with markup on the public site", () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    const [circle] = await handle.db
      .insert(circles)
      .values({
        slug: "script-alert-1-script",
        name: '<script>alert(1)</script>"><img src=x onerror=alert(2)>',
        themePolicyArea: null,
        themeText: "<b onmouseover=alert(3)>theme</b>",
      })
      .returning();
    const [member] = await handle.db.query.members.findMany({ limit: 1 });
    await handle.db.insert(circleMembers).values({ circleId: circle!.id, memberId: member!.id });
    app = createApp({
      db: handle.db,
      logger: silentLogger,
      now: () => new Date("2026-12-06T12:00:00Z"),
      clientAddress: () => "192.0.2.1",
    });
  });
  afterAll(() => handle.close());

  it("escapes them on /circles and on the member page", async () => {
    const page = await (await app.request("/circles")).text();
    expect(page).not.toContain("<script>alert(1)");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<b onmouseover");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const [member] = await handle.db.query.members.findMany({ limit: 1 });
    const memberPage = await (await app.request(`/members/${member!.slug}`)).text();
    expect(memberPage).toContain("&lt;script&gt;alert(1)");
    expect(memberPage).not.toContain("<script>alert(1)");
    expect(memberPage).not.toContain("<b onmouseover");
  });
});
