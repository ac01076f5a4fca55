import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { alertsOutbox } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { tick } from "../../src/scheduler/index.js";
import { freshDatabase } from "../support/database.js";
import { postView } from "../support/posts.js";
import { PEOPLE, runAs } from "./demo.js";

/**
 * Issue 14's "done when" on the demo data: its Open Budget circle (fiscal openness; Kōwhai Coast,
 * Santa Clara de los Pinos, Villa Encinar) gets its weekly digest in its three linked channels, and
 * peer matching finds it.
 */
describe("circles on the demo data", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
  });
  afterEach(() => handle.close());

  it("posts the Open Budget circle's weekly digest to each of its channels, once per week", async () => {
    // The week of 21–27 Sept 2026 holds Villa Encinar's update on mxven0001 (fiscal openness).
    await tick(handle.db, "2026-09-28");
    await tick(handle.db, "2026-09-28");
    const rows = await handle.db.select().from(alertsOutbox).where(eq(alertsOutbox.kind, "digest.circle"));
    expect(rows.map((row) => `${row.platform}:${row.workspaceId}:${row.target}`).sort()).toEqual([
      "discord:815500000000000100:815500000000000101",
      "slack:T0KOWHAI:C0KWBUDGET",
      "slack:T0LOMAS:C0LMBUDGET",
    ]);
    const view = postView(rows[0]!.payload);
    expect(`${view.title} ${view.text}`).toContain("Open Budget");
    expect(view.text).toContain("mxven0001");
  });

  it("answers /ogp peers with the members working on fiscal openness and their circle", async () => {
    const result = await runAs(
      handle.db,
      PEOPLE.arohaOnSlack,
      "peers fiscal_openness",
      new Date("2026-11-16T00:00:00Z"),
    );
    expect(result.status).toBe("ok");
    const text = JSON.stringify(result);
    expect(text).toContain("Open Budget");
    expect(text).toContain("Santa Clara de los Pinos");
  });
});
