import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { serve } from "@hono/node-server";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

/** WCAG 2.2 level AA, as axe-core tags its rules: every A and AA rule from 2.0 to 2.2. */
const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const PAGES = [
  "/",
  "/members/kowhai-coast",
  "/commitments/nzkwc0003",
  "/countries/NZ",
  "/?lang=fr",
  "/members/val-de-brume?lang=es",
  "/circles",
];

const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800, isMobile: false },
  { name: "phone", width: 390, height: 844, isMobile: true },
];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) => {
      const elements = violation.nodes.map((node) => `    ${node.target.join(" ")}`).join("\n");
      return `${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help}\n  ${violation.helpUrl}\n${elements}`;
    })
    .join("\n");
}

/**
 * The outermost elements that stick out past the right edge of the viewport, leaving out those inside
 * a scrolling container (a wide table in `overflow-x:auto` is allowed by Reflow). A string because
 * it runs in the page, and the type-checker knows no DOM here (the project targets Node and Workers).
 */
const ELEMENTS_WIDER_THAN_VIEWPORT = `(() => {
  const limit = document.documentElement.clientWidth + 1;
  const sticksOut = (element) => element.getBoundingClientRect().right > limit;
  const scrolls = (element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX);
  const insideScroller = (element) => {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (scrolls(parent)) return true;
    return false;
  };
  return [...document.body.querySelectorAll("*")]
    .filter((element) => sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)))
    .filter((element) => !insideScroller(element))
    .map((element) => {
      const ownText = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join(" ");
      const text = (ownText.trim() || element.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40);
      const width = Math.round(element.getBoundingClientRect().width);
      return element.tagName.toLowerCase() + ' "' + text + '": ' + width + "px wide";
    });
})()`;

describe("public pages meet WCAG 2.2 AA in Chromium", () => {
  let handle: DatabaseHandle;
  let server: ReturnType<typeof serve>;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    const app = createApp({ db: handle.db, logger: silentLogger });
    const port = await new Promise<number>((resolve, reject) => {
      server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info: AddressInfo) =>
        resolve(info.port),
      );
      server.once("error", reject);
    });
    origin = `http://127.0.0.1:${port}`;
    // CI runs as root, where Chromium refuses to start with its sandbox on.
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    handle?.close();
  });

  for (const viewport of VIEWPORTS) {
    for (const path of PAGES) {
      it(`${path} at ${viewport.width}px (${viewport.name})`, async () => {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          isMobile: viewport.isMobile,
        });
        try {
          const page = await context.newPage();
          // By address: Chromium reports a stylesheet that answered 404 both as a response and as a failure.
          const brokenResources = new Map<string, string>();
          page.on("response", (response) => {
            if (response.status() >= 400) brokenResources.set(response.url(), `HTTP ${response.status()}`);
          });
          page.on("requestfailed", (request) => {
            if (!brokenResources.has(request.url()))
              brokenResources.set(request.url(), request.failure()?.errorText ?? "failed");
          });
          const response = await page.goto(origin + path);
          expect(response?.status(), `GET ${path}`).toBe(200);
          // Without its stylesheet axe would judge the browser's default colours, not the site's.
          expect
            .soft(Object.fromEntries(brokenResources), `resources of ${path} that did not load`)
            .toEqual({});
          const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
          expect
            .soft(violations.length, `axe found on ${path}:\n${describeViolations(violations)}\n`)
            .toBe(0);
          // WCAG 1.4.10 Reflow, which axe does not check: no sideways scrolling of the whole page.
          expect
            .soft(
              await page.evaluate<string[]>(ELEMENTS_WIDER_THAN_VIEWPORT),
              `${path} scrolls sideways because of`,
            )
            .toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
