import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { seedDemoData } from "../../src/db/setup.js";
import { createLogger, silentLogger } from "../../src/logging/logger.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

const TODAY = new Date("2026-12-06T12:00:00Z");

const visibleText = (page: string) =>
  page
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("circles on the public site (demo data)", () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    app = createApp({
      db: handle.db,
      logger: silentLogger,
      now: () => TODAY,
      clientAddress: () => "192.0.2.1",
    });
  });
  afterAll(() => handle.close());

  const get = async (path: string) => {
    const response = await app.request(path);
    return { response, html: await response.text() };
  };

  it("lists the circles with their theme, members and linked channels, in each language", async () => {
    const { response, html } = await get("/circles");
    expect(response.status).toBe(200);
    const text = visibleText(html);
    expect(text).toContain("Peer-learning circles");
    expect(text).toContain("Open Budget Theme Fiscal Openness Linked chat channels 3");
    expect(text).toContain("Kōwhai Coast District (NZ)");
    expect(html).toContain('href="/members/villa-encinar?lang=en"');
    expect(text).toContain("Their conversations are not published here.");
    expect(visibleText((await get("/circles?lang=fr")).html)).toContain("Thème Ouverture budgétaire");
    expect(visibleText((await get("/circles?lang=es")).html)).toContain("Círculos de aprendizaje");
  });

  it("shows a member's circles on its page, and none for a member outside every circle", async () => {
    const kowhai = visibleText((await get("/members/kowhai-coast")).html);
    expect(kowhai).toContain("Peer-learning circles Open Budget · Fiscal Openness");
    const brume = visibleText((await get("/members/val-de-brume?lang=fr")).html);
    expect(brume).toContain("Cercles d'apprentissage Dans aucun cercle pour l'instant.");
  });

  it("updates a member page cached before the member joined a circle", async () => {
    expect(visibleText((await get("/members/val-de-brume")).html)).toContain("Not in a circle yet.");
    const result = await runCommand(
      { db: handle.db, logger: createLogger("silent"), now: () => TODAY },
      {
        platform: "slack",
        workspaceId: "T0DEMOSU",
        userId: "U0AMARA",
        channelId: "C0SUPPORT",
        input: { kind: "text", text: "circle join open-budget val-de-brume" },
      },
    );
    expect(result.status).toBe("ok");
    expect(visibleText((await get("/members/val-de-brume")).html)).toContain("Open Budget · Fiscal Openness");
  });

  it("never shows what is said in the circle's channels, nor where they are", async () => {
    const { html } = await get("/circles");
    for (const channel of ["C0KWBUDGET", "C0LMBUDGET", "815500000000000101", "T0KOWHAI"])
      expect(html).not.toContain(channel);
  });
});
