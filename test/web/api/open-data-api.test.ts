import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { progressUpdates } from "../../../src/db/schema/index.js";
import {
  commitmentsCsvRoute,
  countryDeadlinesRoute,
  JSON_ROUTES,
  memberDeadlinesRoute,
  memberUpdatesFeedRoute,
  updatesCsvRoute,
  updatesFeedRoute,
} from "../../../src/web/api/routes.js";
import {
  ErrorSchema,
  MemberDetailSchema,
  MemberListSchema,
  UpdateListSchema,
} from "../../../src/web/api/schemas.js";
import { type DemoApp, demoApp } from "./demo.js";

type JsonRoute = (typeof JSON_ROUTES)[number];
const schemaOf = (route: JsonRoute): z.ZodType => route.responses[200].content["application/json"].schema;

describe("open-data JSON API (/api/v1)", () => {
  let demo: DemoApp;
  const get = (path: string, headers: Record<string, string> = {}) => demo.app.request(path, { headers });
  const json = async (path: string) => {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return response.json() as Promise<Record<string, unknown> & { items?: unknown[] }>;
  };
  beforeAll(async () => {
    demo = await demoApp();
  });
  afterAll(() => demo.handle.close());

  it("lists every route in openapi.json (OpenAPI 3.1), each JSON route with its schema and its 400", async () => {
    const document = (await json("/api/v1/openapi.json")) as {
      openapi: string;
      info: { title: string; version: string; description: string };
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.title).toBe("OGP Local open data");
    expect(document.info.version).toBe("1.0.0");
    expect(document.info.description).toContain("only grows");
    const routes = [
      ...JSON_ROUTES,
      commitmentsCsvRoute,
      updatesCsvRoute,
      memberDeadlinesRoute,
      countryDeadlinesRoute,
      memberUpdatesFeedRoute,
      updatesFeedRoute,
    ];
    expect(Object.keys(document.paths).sort()).toEqual(routes.map((route) => route.path).sort());
    for (const route of JSON_ROUTES) {
      const operation = document.paths[route.path]?.get;
      const reference = operation?.responses["200"]?.content?.["application/json"]?.schema.$ref ?? "";
      expect(reference, route.path).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[reference.split("/").pop()!]).toBeDefined();
      expect(operation?.responses["400"]?.content?.["application/json"]?.schema.$ref).toBe(
        "#/components/schemas/Error",
      );
    }
    expect(
      document.paths["/api/v1/commitments.csv"]?.get?.responses["200"]?.content?.["text/csv"],
    ).toBeDefined();
  });

  it("answers each JSON route on the demo data with exactly what the route's registered schema declares", async () => {
    const calls: [JsonRoute, string][] = [
      [JSON_ROUTES[0], "/api/v1/members"],
      [JSON_ROUTES[0], "/api/v1/members?limit=2&page=3&lang=es"],
      [JSON_ROUTES[1], "/api/v1/members/kowhai-coast"],
      [JSON_ROUTES[1], "/api/v1/members/MXSCP?lang=fr"],
      [JSON_ROUTES[2], "/api/v1/commitments/nzkwc0003"],
      [JSON_ROUTES[2], "/api/v1/commitments/MXSTL0001"],
      [JSON_ROUTES[3], "/api/v1/updates"],
      [JSON_ROUTES[3], "/api/v1/updates?since=2026-01-01&limit=5"],
      [JSON_ROUTES[4], "/api/v1/countries/mx"],
    ];
    for (const [route, path] of calls) {
      const body = await json(path);
      // Parsing gives back the very same document: no field missing, mistyped or undeclared.
      expect(schemaOf(route).parse(body), path).toEqual(body);
    }
  });

  it("publishes a member's record: status with its rule and reasons, due items, history, plan and commitments", async () => {
    const member = MemberDetailSchema.parse(await json("/api/v1/members/kowhai-coast"));
    expect(member.status).toBe("inactive");
    expect(member.evaluation?.status).toBe("inactive");
    const [reason] = member.evaluation?.reasons ?? [];
    expect(reason?.ruleId).toBe("INACT-4");
    expect(reason?.message).toContain("INACT-4");
    expect(member.dueItems.some((item) => item.ruleId === "DUE-UPDATE" && item.overdue)).toBe(true);
    expect(member.overdue).toBe(member.dueItems.filter((item) => item.overdue).length);
    expect(member.statusHistory.map((row) => row.ruleId)).toContain("INACT-4");
    expect(member.plan?.title).toBeTruthy();
    const commitment = member.commitments.find((entry) => entry.code === "nzkwc0003")!;
    expect(commitment.milestones.length).toBeGreaterThan(0);
    expect(commitment.updates.length).toBeGreaterThan(0);
    expect(commitment.milestones.some((milestone) => milestone.overdue)).toBe(true);
    expect(member.links.deadlines).toBe("http://localhost/members/kowhai-coast/deadlines.ics?lang=en");

    const french = await get("/api/v1/members/kowhai-coast", { "accept-language": "fr-FR,fr;q=0.9" });
    expect(french.headers.get("content-language")).toBe("fr");
    expect(french.headers.get("vary")).toContain("Accept-Language");
    const [frenchReason] = MemberDetailSchema.parse(await french.json()).evaluation?.reasons ?? [];
    expect(frenchReason?.message).not.toBe(reason?.message);
    expect(frenchReason?.ruleId).toBe("INACT-4");
  });

  it("finds a member by slug or code in any case", async () => {
    for (const ref of ["KOWHAI-COAST", "nzkwc", "NzKwC"])
      expect(MemberDetailSchema.parse(await json(`/api/v1/members/${ref}`)).slug).toBe("kowhai-coast");
  });

  it("searches, filters and pages members, with links to the next and previous pages", async () => {
    const slugs = async (query: string) =>
      MemberListSchema.parse(await json(`/api/v1/members?${query}`)).items.map((item) => item.slug);
    expect(await slugs("q=brume")).toEqual(["val-de-brume"]);
    expect(await slugs("q=NZKWC")).toEqual(["kowhai-coast"]);
    expect(await slugs("country=mx")).toEqual([
      "san-telmo-de-las-lomas",
      "santa-clara-de-los-pinos",
      "villa-encinar",
    ]);
    expect(await slugs("status=probation")).toEqual(["santa-clara-de-los-pinos"]);
    expect(await slugs("policy_area=open_data")).toContain("val-de-brume");

    const seen: string[] = [];
    let next: string | null = "/api/v1/members?limit=2";
    let pages = 0;
    while (next) {
      const page = MemberListSchema.parse(await json(next.replace("http://localhost", "")));
      expect(page.pagination).toMatchObject({ limit: 2, total: 5, pages: 3 });
      if (pages > 0) expect(page.pagination.previous).toContain(`page=${pages}`);
      seen.push(...page.items.map((item) => item.slug));
      next = page.pagination.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
  });

  it("walks every update by cursor, oldest first, without repeating or skipping one", async () => {
    const all = await demo.handle.db.select({ id: progressUpdates.id }).from(progressUpdates);
    const items: { id: string; postedAt: string }[] = [];
    let next: string | null = "/api/v1/updates?limit=10";
    let cursor: string | null = null;
    while (next) {
      const page = UpdateListSchema.parse(await json(next.replace("http://localhost", "")));
      items.push(...page.items);
      next = page.next;
      cursor = page.cursor;
    }
    expect(items).toHaveLength(all.length);
    expect(all.length).toBe(43);
    expect(new Set(items.map((item) => item.id)).size).toBe(43);
    const order = items.map((item) => `${item.postedAt} ${item.id}`);
    expect(order).toEqual([...order].sort());
    // A later call with the last cursor answers only what was posted since: nothing yet.
    const after = UpdateListSchema.parse(await json(`/api/v1/updates?cursor=${cursor}`));
    expect(after.items).toEqual([]);
    expect(after.cursor).toBe(cursor);
    expect(after.next).toBeNull();

    const recent = UpdateListSchema.parse(await json("/api/v1/updates?since=2026-01-01T00:00:00Z&limit=100"));
    expect(recent.items.length).toBeGreaterThan(0);
    expect(recent.items.length).toBeLessThan(43);
    for (const item of recent.items) expect(item.postedAt >= "2026-01-01").toBe(true);
  });

  it("answers 400 with a JSON error naming the parameter for every bad parameter, never 500", async () => {
    const invalidCursor = btoa(JSON.stringify({ not: "a position" }));
    const cases: [string, string][] = [
      ["/api/v1/members?limit=101", "limit"],
      ["/api/v1/members?limit=0", "limit"],
      ["/api/v1/members?limit=ten", "limit"],
      ["/api/v1/members?page=0", "page"],
      ["/api/v1/members?status=sleeping", "status"],
      ["/api/v1/members?policy_area=gardening", "policy_area"],
      ["/api/v1/members?country=FRA", "country"],
      ["/api/v1/members?lang=de", "lang"],
      ["/api/v1/updates?since=yesterday", "since"],
      ["/api/v1/updates?cursor=%3Cscript%3E", "cursor"],
      [`/api/v1/updates?cursor=${invalidCursor}`, "cursor"],
      ["/api/v1/countries/FRA", "cc"],
      ["/api/v1/commitments.csv?bom=yes", "bom"],
      ["/api/v1/updates.csv?since=soon", "since"],
      ["/members/kowhai-coast/deadlines.ics?lang=xx", "lang"],
    ];
    for (const [path, parameter] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const body = ErrorSchema.parse(await response.json());
      expect(body, path).toMatchObject({ error: "invalid_parameter", parameter });
      expect(body.message).toContain(parameter);
    }
  });

  it("answers 404 JSON for an unknown member, commitment or country", async () => {
    for (const [path, text] of [
      ["/api/v1/members/atlantis", "atlantis"],
      ["/api/v1/commitments/zzzzz0001", "zzzzz0001"],
      ["/api/v1/countries/JP", "JP"],
      ["/members/atlantis/deadlines.ics", "atlantis"],
      ["/members/atlantis/updates.atom", "atlantis"],
      ["/countries/JP/deadlines.ics", "JP"],
    ]) {
      const response = await get(path!);
      expect(response.status, path).toBe(404);
      const body = ErrorSchema.parse(await response.json());
      expect(body.error).toBe("not_found");
      expect(body.message).toContain(text);
    }
  });

  it("lets any web page read the open data (CORS) and revalidates with an ETag", async () => {
    const response = await get("/api/v1/members/kowhai-coast", { origin: "https://journalist.example" });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const tag = response.headers.get("etag");
    expect(tag).toBeTruthy();
    const again = await get("/api/v1/members/kowhai-coast", { "if-none-match": tag! });
    expect(again.status).toBe(304);
  });
});
