import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitments, progressUpdates } from "../../../src/db/schema/index.js";
import { type DemoApp, demoApp } from "../api/demo.js";
import { childrenNamed, childText, parseXml, type XmlElement } from "./xml.js";

const ATOM = "http://www.w3.org/2005/Atom";

describe("Atom feeds of updates and status changes", () => {
  let demo: DemoApp;
  const feed = async (path: string) => {
    const response = await demo.app.request(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const text = await response.text();
    return { text, root: parseXml(text) };
  };
  const link = (element: XmlElement, rel: string) =>
    childrenNamed(element, "link").find((candidate) => candidate.attributes.rel === rel)?.attributes.href;
  beforeAll(async () => {
    demo = await demoApp();
  });
  afterAll(() => demo.handle.close());

  it("is Atom 1.0: feed and entries with tag: ids, updated, author and links, newest first, 50 at most", async () => {
    const { root } = await feed("/updates.atom");
    expect(root.name).toBe("feed");
    expect(root.attributes.xmlns).toBe(ATOM);
    expect(childText(root, "id")).toBe("tag:localhost,2026:updates");
    expect(childText(root, "title")).toBe("OGP Local: progress updates and status changes");
    expect(link(root, "self")).toBe("http://localhost/updates.atom?lang=en");
    expect(childText(childrenNamed(root, "author")[0]!, "name")).toBeTruthy();
    const entries = childrenNamed(root, "entry");
    expect(entries).toHaveLength(50);
    const updated = entries.map((entry) => childText(entry, "updated")!);
    for (const instant of updated) expect(Number.isNaN(Date.parse(instant))).toBe(false);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(childText(root, "updated")).toBe(updated[0]);
    for (const entry of entries) {
      expect(childText(entry, "id")).toMatch(/^tag:localhost,2026:(update|status)\//);
      expect(childText(entry, "title")).toBeTruthy();
      expect(childText(childrenNamed(entry, "author")[0]!, "name")).toBeTruthy();
      expect(link(entry, "alternate")).toMatch(/^http:\/\/localhost\/members\/[a-z-]+\?lang=en/);
    }
    const update = entries.find((entry) => childText(entry, "id")!.includes(":update/"))!;
    const code = childrenNamed(update, "category")[0]!.attributes.term!;
    expect(link(update, "alternate")).toMatch(new RegExp(`#${code}$`));
    expect(entries.some((entry) => childText(entry, "id")!.includes(":status/"))).toBe(true);
  });

  it("follows one member: its updates and its status changes with the rule", async () => {
    const { root } = await feed("/members/kowhai-coast/updates.atom");
    expect(childText(root, "title")).toBe("Kōwhai Coast District: progress updates and status changes");
    const entries = childrenNamed(root, "entry");
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(link(entry, "alternate")).toContain("/members/kowhai-coast?lang=en");
    const inactive = entries.find((entry) => childText(entry, "title")!.endsWith("status: Inactive"))!;
    expect(childText(inactive, "content")).toContain("INACT-4");
    const again = (await feed("/members/kowhai-coast/updates.atom")).root;
    expect(childrenNamed(again, "entry").map((entry) => childText(entry, "id"))).toEqual(
      entries.map((entry) => childText(entry, "id")),
    );
  });

  it("escapes markup in narratives and titles: the reader sees the text, never a tag", async () => {
    const [commitment] = await demo.handle.db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.code, "nzkwc0003"));
    const [latest] = await demo.handle.db
      .select({ id: progressUpdates.id })
      .from(progressUpdates)
      .where(eq(progressUpdates.commitmentId, commitment!.id))
      .limit(1);
    const narrative = `<script>alert("pwned")</script> & <img src=x onerror='y'> \u0007bell`;
    await demo.handle.db
      .update(progressUpdates)
      .set({ narrative, postedAt: new Date("2026-11-01T00:00:00Z") })
      .where(eq(progressUpdates.id, latest!.id));
    await demo.handle.db
      .update(commitments)
      .set({ title: "Council <b>minutes</b> & more" })
      .where(eq(commitments.id, commitment!.id));
    const { text, root } = await feed("/members/kowhai-coast/updates.atom?lang=fr");
    expect(text).not.toContain("<script>");
    expect(text).not.toContain("<img");
    expect(text).toContain("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp;");
    const entry = childrenNamed(root, "entry").find((candidate) =>
      childText(candidate, "id")!.endsWith(latest!.id),
    )!;
    expect(childText(entry, "content")).toContain(
      `<script>alert("pwned")</script> & <img src=x onerror='y'> bell`,
    );
    expect(childText(entry, "title")).toContain("Council <b>minutes</b> & more");
    expect(childText(entry, "title")).toContain("rapport d'avancement");
    expect(root.attributes["xml:lang"]).toBe("fr");
  });
});
