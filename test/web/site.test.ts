import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/client.js";
import { members, progressUpdates, publicComments } from "../../src/db/schema/index.js";
import { seedDemoData } from "../../src/db/setup.js";
import { silentLogger } from "../../src/logging/logger.js";
import { publicPageUrl } from "../../src/scheduler/render.js";
import { createApp } from "../../src/web/app.js";
import { freshDatabase } from "../support/database.js";

/** The demo's story is told as of this day (Kōwhai Coast inactive, Santa Clara on probation). */
const TODAY = new Date("2026-12-06T12:00:00Z");

/** The page's text without tags, to assert on what a reader sees. */
const visibleText = (page: string) =>
  page
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");

describe("public site on the demo data", () => {
  let handle: DatabaseHandle;
  let app: ReturnType<typeof createApp>;
  let address = "192.0.2.1";
  beforeAll(async () => {
    handle = await freshDatabase();
    await seedDemoData(handle);
    app = createApp({ db: handle.db, logger: silentLogger, now: () => TODAY, clientAddress: () => address });
  });
  afterAll(() => handle.close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await app.request(path, { headers });
    return { response, text: visibleText(await response.text()) };
  };

  describe("a member page", () => {
    it("says the status, the rule that set it in plain words, and when probation falls due (INACT-4, PROB-1)", async () => {
      const { response, text } = await get("/members/kowhai-coast");
      expect(response.status).toBe(200);
      expect(text).toContain("Inactive since 1 Oct 2026.");
      expect(text).toContain("Rule INACT-4 (§4.1.4): no progress update was posted from Q2 2026 to Q3 2026.");
      expect(text).toContain("placed on probation on 1 Apr 2027 (rule PROB-1, §4.2)");
      expect(text).toContain(
        "Rule IDs (such as INACT-4) and section numbers (§) refer to the OGP Local Handbook",
      );
    });

    it("says when revocation falls due for a member on probation (REVOKE-1)", async () => {
      const { text } = await get("/members/santa-clara-de-los-pinos?lang=en");
      expect(text).toContain("On probation since 1 Oct 2026.");
      expect(text).toContain("Rule PROB-1 (§4.2): inactive for 6 consecutive months since 1 Apr 2026.");
      expect(text).toContain("revocation falls due on 1 Feb 2027 (rule REVOKE-1, §4.2)");
    });

    it("lists overdue and upcoming items and flags overdue milestones and updates", async () => {
      const { text } = await get("/members/kowhai-coast");
      expect(text).toContain("Overdue (4)");
      expect(text).toContain(
        "OVERDUE since 30 Sept 2026: The Q3 2026 progress update for commitment nzkwc0003 was due on 30 Sept 2026.",
      );
      expect(text).toContain("Coming up");
      expect(text).toContain("Submit the next action plan by 31 Jul 2027");
      expect(text).toMatch(
        /Searchable archive of minutes and recordings — October 2025 to June 2026: In progress Overdue/,
      );
      expect(text).toContain("A quarterly progress update is overdue (rule DUE-UPDATE).");
    });

    it("shows contacts, the plan, endorsements, meetings, updates with delays and next steps, evidence and history", async () => {
      const { response, text } = await get("/members/kowhai-coast");
      const html = await (await app.request("/members/kowhai-coast")).text();
      expect(response.headers.get("content-language")).toBe("en");
      expect(text).toContain("Aroha Ngata ( aroha.ngata@kowhaicoast.example )");
      expect(text).toContain("Period 1 Apr 2025 to 31 Mar 2027");
      expect(text).toContain("Monitoring body Coastal Governance Institute");
      expect(text).toContain("Kōwhai Coast Community Trust — 10 Mar 2025");
      expect(text).toContain("(withdrawn on 8 Mar 2025)");
      expect(text).toContain(
        "18 Oct 2022 Co-creation Community co-creation hui 5 government, 16 non-government",
      );
      expect(text).toContain("Archive platform procured; migration of 2024 recordings started.");
      expect(text).toContain("Reasons for delay: Storm recovery took the team's time in February.");
      expect(text).toContain("Next steps: Council vote on the criteria in April.");
      expect(text).toContain("Challenges: Shift in priorities (February storm recovery)");
      expect(text).toContain("Evidence of the plan process Kōrero Kōwhai Coast: second plan consultation");
      expect(text).toContain("Last progress update 24 Mar 2026");
      expect(text).toMatch(
        /Status history .* 1 Oct 2026 Inactive INACT-4 No progress update in Q2 2026 and Q3 2026/,
      );
      // One SVG chart per commitment with updates, described for screen readers.
      expect(html.match(/<svg class="chart"/g)).toHaveLength(2);
      expect(html).toContain("Completion of nzkwc0003 over time");
    });

    it("publishes every demo update and evidence link: current plans on member pages, earlier ones linked", async () => {
      const [counts] = await handle.db.all<{ updates: number; evidence: number }>(
        sql`select (select count(*) from progress_updates) as updates, (select count(*) from evidence) as evidence`,
      );
      const slugs = (await handle.db.select({ slug: members.slug }).from(members)).map((row) => row.slug);
      const updates = new Set<string>();
      const evidenceTitles = new Set<string>();
      const commitmentPages = new Set<string>();
      const collect = (html: string) => {
        for (const [, id] of html.matchAll(/<li id="update-([^"]+)"/g)) updates.add(id!);
        for (const [, title] of html.matchAll(
          /<li>(?:<a href="[^"]*" rel="nofollow noopener">)?([^<]+)(?:<\/a>)? <span class="muted">— /g,
        ))
          evidenceTitles.add(title!);
      };
      for (const slug of slugs) {
        const html = await (await app.request(`/members/${slug}`)).text();
        collect(html);
        for (const [, code] of html.matchAll(/href="\/commitments\/([a-z0-9]+)\?/g))
          commitmentPages.add(code!);
      }
      for (const code of commitmentPages) collect(await (await app.request(`/commitments/${code}`)).text());
      const titles = await handle.db.all<{ title: string }>(sql`select distinct title from evidence`);
      expect(counts).toEqual({ updates: 43, evidence: 15 });
      expect(updates.size).toBe(43);
      for (const { title } of titles)
        expect(
          [...evidenceTitles].some((shown) =>
            shown.includes(title.replace(/&/g, "&amp;").replace(/'/g, "&#39;")),
          ),
          title,
        ).toBe(true);
    });

    it("speaks French and Spanish, with dates in the reader's language and country names", async () => {
      const french = await get("/members/kowhai-coast", { "Accept-Language": "fr-FR,fr;q=0.9" });
      expect(french.response.headers.get("content-language")).toBe("fr");
      expect(french.response.headers.get("vary")).toContain("Accept-Language");
      expect(french.text).toContain("Inactif depuis le 1 oct. 2026.");
      expect(french.text).toContain("Nouvelle-Zélande");
      const spanish = await get("/members/val-de-brume?lang=es");
      expect(spanish.text).toContain("Inactivo voluntariamente");
      expect(spanish.text).toContain("Francia");
      const html = await (await app.request("/members/val-de-brume?lang=es")).text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('href="/members/val-de-brume?lang=fr"');
    });

    it("answers 304 to a matching ETag and sends Last-Modified and the security headers", async () => {
      const first = await app.request("/members/kowhai-coast");
      const etag = first.headers.get("etag");
      expect(etag).toBeTruthy();
      expect(first.headers.get("last-modified")).toMatch(/GMT$/);
      const csp = first.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      expect(await first.text()).not.toMatch(/<script|<style|style="/);
      const again = await app.request("/members/kowhai-coast", { headers: { "If-None-Match": etag! } });
      expect(again.status).toBe(304);
      const otherLanguage = await app.request("/members/kowhai-coast?lang=fr", {
        headers: { "If-None-Match": etag! },
      });
      expect(otherLanguage.status).toBe(200);
    });

    it("answers 404 in the visitor's language for an unknown member", async () => {
      const { response, text } = await get("/members/atlantis?lang=fr");
      expect(response.status).toBe(404);
      expect(text).toContain("atlantis");
    });
  });

  describe("the member list", () => {
    it("explains each status and shows progress, last update and overdue counts", async () => {
      const { response, text } = await get("/");
      expect(response.status).toBe(200);
      expect(text).toContain("5 members match; showing 1 to 5.");
      expect(text).toMatch(
        /Kōwhai Coast District \(nzkwc\) New Zealand Inactive since 1 Oct 2026 Rule INACT-4/,
      );
      expect(text).toMatch(/\d+% \(\d+ of \d+ milestones\)/);
      expect(text).toContain("In good standing");
    });

    it("searches by name, code or country and filters by country, status and policy area", async () => {
      expect((await get("/?q=kowhai")).text).toContain("1 member matches.");
      expect((await get("/?q=NZKWC")).text).toContain("Kōwhai Coast District");
      expect((await get("/?q=mx")).text).toContain("3 members match");
      const probation = await get("/?status=probation");
      expect(probation.text).toContain("1 member matches.");
      expect(probation.text).toContain("Santa Clara de los Pinos");
      expect((await get("/?country=FR")).text).toContain("Val-de-Brume");
      expect((await get("/?policy_area=open_data")).text).toContain("Kōwhai Coast District");
      expect((await get("/?q=%25")).text).toContain("No member matches this search.");
    });

    it("pages through the members, keeping the filters in the links", async () => {
      for (let index = 0; index < 30; index += 1)
        await handle.db.insert(members).values({
          slug: `zz-town-${index}`,
          code: `zzt${String(index).padStart(2, "0")}`,
          name: `Zz Town ${String(index).padStart(2, "0")}`,
          country: "NZ",
          jurisdictionType: "municipality",
          joinedOn: "2025-01-01",
        });
      try {
        const first = await app.request("/?country=NZ");
        const html = await first.text();
        expect(visibleText(html)).toContain("31 members match; showing 1 to 25.");
        expect(html).toContain('href="/?lang=en&amp;country=NZ&amp;page=2"');
        const second = visibleText(await (await app.request("/?country=NZ&page=2")).text());
        expect(second).toContain("showing 26 to 31");
        expect(second).toContain("Zz Town 29");
      } finally {
        await handle.db.delete(members).where(sql`${members.slug} like 'zz-town-%'`);
      }
    });

    it("answers 400 with the form for a bad filter, not a 500", async () => {
      const { response, text } = await get("/?status=dormant&page=-3");
      expect(response.status).toBe(400);
      expect(text).toContain("Search");
    });
  });

  describe("the commitment page", () => {
    it("shows the commitment in full (Annex 2) with its updates and evidence", async () => {
      const { response, text } = await get("/commitments/NZKWC0003");
      expect(response.status).toBe(200);
      expect(text).toContain("nzkwc0003 — Open council meetings");
      expect(text).toContain("Problem addressed");
      expect(text).toContain("Lead implementing agency");
      expect(text).toContain("Policy areas Legislative Openness");
      expect(text).toContain("Archive platform procured");
      expect(text).toContain("Comment on a progress update");
    });

    it("is where reminder links lead", async () => {
      const link = new URL(publicPageUrl("https://example.org", "kowhai-coast", "nzkwc0003")!);
      const response = await app.request(link.pathname);
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe("/commitments/nzkwc0003");
      expect((await app.request("/members/kowhai-coast/commitments/mxscp0001")).status).toBe(404);
      expect((await app.request("/commitments/zz0001")).status).toBe(404);
    });
  });

  describe("the country view (spec §7)", () => {
    it("compares the members of a country side by side and sorts by a column", async () => {
      const { response, text } = await get("/countries/mx");
      expect(response.status).toBe(200);
      expect(text).toContain("OGP Local members in Mexico");
      expect(text).toContain("Meetings in the last 12 months");
      const byStatus = await (await app.request("/countries/MX?sort=status&order=desc")).text();
      expect(byStatus).toContain('aria-sort="descending"');
      const order = ["Santa Clara de los Pinos", "San Telmo de las Lomas"].map((name) =>
        byStatus.indexOf(name),
      );
      expect(order[0]).toBeLessThan(order[1]!);
      expect((await app.request("/countries/ZZ")).status).toBe(404);
    });
  });

  describe("public comments (Annex 4)", () => {
    const latestUpdateOf = async (code: string) => {
      const [row] = await handle.db.all<{ id: string }>(
        sql`select u.id from progress_updates u join commitments c on c.id = u.commitment_id
            where c.code = ${code} order by u.posted_at desc limit 1`,
      );
      return row!.id;
    };
    const post = (code: string, fields: Record<string, string>) =>
      app.request(`/commitments/${code}/comments`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields).toString(),
      });
    const commentCount = async () =>
      (await handle.db.all<{ n: number }>(sql`select count(*) as n from public_comments`))[0]!.n;

    it("holds a comment for moderation and shows it only once approved", async () => {
      address = "198.51.100.1";
      const update = await latestUpdateOf("nzkwc0003");
      const response = await post("nzkwc0003", {
        update,
        name: "Mere",
        text: "When will <b>archives</b> open?",
      });
      expect(response.status).toBe(303);
      expect(response.headers.get("location")).toContain("comment=received");
      const [stored] = await handle.db
        .select()
        .from(publicComments)
        .where(eq(publicComments.updateId, update));
      expect(stored).toMatchObject({ authorName: "Mere", moderation: "pending" });
      const before = await (await app.request("/commitments/nzkwc0003")).text();
      expect(before).not.toContain("archives</b> open?");
      expect(before).not.toContain("&lt;b&gt;archives");
      await handle.db
        .update(publicComments)
        .set({ moderation: "approved", moderatedAt: TODAY })
        .where(eq(publicComments.id, stored!.id));
      const after = await (await app.request("/commitments/nzkwc0003")).text();
      expect(after).toContain("When will &lt;b&gt;archives&lt;/b&gt; open?");
    });

    it("writes nothing on bad input and says why, with the right status", async () => {
      address = "198.51.100.2";
      const update = await latestUpdateOf("nzkwc0003");
      const before = await commentCount();
      const empty = await post("nzkwc0003", { update, text: "   " });
      expect(empty.status).toBe(422);
      expect(visibleText(await empty.text())).toContain("Write a comment before sending it.");
      const long = await post("nzkwc0003", { update, text: "x".repeat(2_001) });
      expect(long.status).toBe(422);
      expect(visibleText(await long.text())).toContain("at most 2000 characters");
      const otherCommitment = await post("nzkwc0003", {
        update: await latestUpdateOf("nzkwc0004"),
        text: "Hi",
      });
      expect(otherCommitment.status).toBe(400);
      const malformed = await post("nzkwc0003", { text: "no update named" });
      expect(malformed.status).toBe(400);
      const robot = await post("nzkwc0003", { update, text: "Buy now", website: "https://spam.example" });
      expect(robot.status).toBe(303);
      expect(await commentCount()).toBe(before);
    });

    it("limits comments per visitor address", async () => {
      address = "198.51.100.3";
      const update = await latestUpdateOf("nzkwc0004");
      for (let index = 0; index < 5; index += 1)
        expect((await post("nzkwc0004", { update, text: `Comment ${index}` })).status).toBe(303);
      const before = await commentCount();
      const limited = await post("nzkwc0004", { update, text: "One more" });
      expect(limited.status).toBe(429);
      expect(await commentCount()).toBe(before);
      address = "198.51.100.4";
      expect((await post("nzkwc0004", { update, text: "Another visitor" })).status).toBe(303);
    });
  });

  it("escapes markup in every text field it shows", async () => {
    const payload = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;
    const [member] = await handle.db.select().from(members).where(eq(members.slug, "villa-encinar"));
    await handle.db
      .update(members)
      .set({ name: payload, leadAgency: payload, website: payload })
      .where(eq(members.id, member!.id));
    await handle.db.run(sql`update commitments set title = ${payload}, problem = ${payload}, action = ${payload},
      national_alignment = ${payload} where code like 'mxven%'`);
    await handle.db
      .update(progressUpdates)
      .set({ narrative: payload, delayReasons: payload, nextSteps: payload });
    await handle.db.run(sql`update milestones set description = ${payload}`);
    await handle.db.run(sql`update evidence set title = ${payload}`);
    await handle.db.run(sql`update meetings set title = ${payload}`);
    await handle.db.run(sql`update organizations set name = ${payload} || id`);
    await handle.db.run(sql`update member_status_history set reason = ${payload}`);
    const pages = [
      "/",
      "/members/villa-encinar",
      "/countries/MX",
      "/members/kowhai-coast",
      "/commitments/nzkwc0003",
    ];
    const [code] = await handle.db.all<{ code: string }>(
      sql`select code from commitments where code like 'mxven%' limit 1`,
    );
    pages.push(`/commitments/${code!.code}`);
    for (const path of pages) {
      const html = await (await app.request(path)).text();
      expect(html, path).not.toContain("<script>");
      expect(html, path).not.toContain("<img src=x");
      expect(html, path).toContain("&lt;script&gt;");
    }
  });
});
