import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { publicPageUrl } from "../../src/scheduler/render.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

describe("public member pages", () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    app = createApp({ db: handle.db, logger: silentLogger });
  });
  afterAll(() => handle.close());

  it("shows a member's status, plan and commitments with their milestones", async () => {
    const response = await app.request("/members/kowhai-coast");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toMatch(/status-inactive">Inactive</);
    expect(page).toContain("since 2026-10-01");
    expect(page).toContain('id="nzkwc0003"');
    expect(page).toContain("Action plan");
    expect(page).toMatch(
      /<li>[^<]+ — \d{4}-\d{2} → \d{4}-\d{2}: (Not started|In progress|Blocked|Complete|Incomplete)<\/li>/,
    );
  });

  it("is linked from the member list and speaks the visitor's language", async () => {
    expect(await (await app.request("/")).text()).toContain('href="/members/kowhai-coast"');
    const french = await (await app.request("/members/val-de-brume?lang=fr")).text();
    expect(french).toContain("Inactif volontairement");
    expect(french).toContain("Engagements");
  });

  it("serves the links the reminders carry: a commitment redirects to its section", async () => {
    const link = new URL(publicPageUrl("https://example.org", "kowhai-coast", "nzkwc0003")!);
    const response = await app.request(link.pathname);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/members/kowhai-coast#nzkwc0003");
  });

  it("answers 404 for an unknown member or commitment", async () => {
    const member = await app.request("/members/atlantis");
    expect(member.status).toBe(404);
    expect(await member.text()).toContain("No member has the address atlantis.");
    const commitment = await app.request("/members/kowhai-coast/commitments/mxscp0001");
    expect(commitment.status).toBe(404);
  });
});
