import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import type { Database } from "../../db/client.js";
import { findMemberByRef } from "../../db/repositories/member-lookup.js";
import { UPDATE_CSV_HEADER } from "../../db/repositories/open-data/update-format.js";
import { listOpenUpdates, type UpdatePosition } from "../../db/repositories/open-data/updates.js";
import { listMembersOfCountry } from "../../db/repositories/public-directory.js";
import type { Language } from "../../domain/vocabularies.js";
import { countryName } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { pickLanguage } from "../../messages/language.js";
import { loadCommitmentView, loadCountryView, loadDirectory, loadMemberView } from "../data/index.js";
import { COMMITMENT_CSV_HEADER, commitmentRecords } from "../feeds/commitments-csv.js";
import { csvHeaders, csvStream } from "../feeds/csv.js";
import { countryDeadlineCalendar, memberDeadlineCalendar } from "../feeds/deadlines.js";
import { updateRecords } from "../feeds/updates-csv.js";
import { updatesFeed } from "../feeds/updates-feed.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import {
  commitmentDetailJson,
  memberDetailJson,
  memberLinks,
  memberSummaryJson,
  openUpdateJson,
  type Presenting,
} from "./present.js";
import {
  commitmentsCsvRoute,
  countryDeadlinesRoute,
  getCommitmentRoute,
  getCountryRoute,
  getMemberRoute,
  listMembersRoute,
  listUpdatesRoute,
  memberDeadlinesRoute,
  memberUpdatesFeedRoute,
  updatesCsvRoute,
  updatesFeedRoute,
} from "./routes.js";

export interface OpenDataDependencies {
  db: Database;
  now: () => Date;
  /** PUBLIC_BASE_URL: the address links and feed ids use; the request's own origin without it. */
  publicBaseUrl?: string | undefined;
}

export const OPENAPI_PATH = "/api/v1/openapi.json";

const languageOf = (c: Context): Language =>
  pickLanguage(c.req.query("lang"), c.req.header("accept-language"));

/**
 * The open data (spec §8): the versioned JSON API with its OpenAPI document, the CSV files, the
 * deadline calendars and the update feeds. Mount at the root.
 */
export function openDataRoutes({ db, now, publicBaseUrl }: OpenDataDependencies): OpenAPIHono {
  const api = new OpenAPIHono({
    // Any parameter the schemas refuse is the caller's mistake: a 400 naming it, never a 500.
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const parameter = String(issue?.path[0] ?? result.target);
      return c.json(
        {
          error: "invalid_parameter",
          parameter,
          message: t(languageOf(c), "open_data.error.invalid_parameter", {
            parameter,
            detail: issue?.message ?? "",
          }),
        },
        400,
      );
    },
  });

  const baseOf = (c: Context) => (publicBaseUrl ?? new URL(c.req.url).origin).replace(/\/+$/, "");
  const presenting = (c: Context): Presenting => ({ language: languageOf(c), base: baseOf(c) });

  /** Texts depend on the reader's language; everything changes with the facts, so revalidate each time. */
  const described = (c: Context, language: Language) => {
    c.header("Content-Language", language);
    c.header("Vary", "Accept-Language", { append: true });
    c.header("Cache-Control", "no-cache");
  };
  const notFound = (c: Context, key: string, params: Record<string, string>) =>
    c.json({ error: "not_found", message: t(languageOf(c), key, params) }, 404);

  // Open data is for anyone's page or notebook to read.
  api.use("/api/v1/*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"] }));
  for (const path of [
    "/api/v1/members",
    "/api/v1/members/:slug",
    "/api/v1/commitments/:code",
    "/api/v1/updates",
    "/api/v1/countries/:cc",
    "/members/:slug/deadlines.ics",
    "/countries/:cc/deadlines.ics",
    "/members/:slug/updates.atom",
    "/updates.atom",
  ])
    api.use(path, etag());

  api.openapi(listMembersRoute, async (c) => {
    const query = c.req.valid("query");
    const shown = presenting(c);
    const directory = await loadDirectory(
      db,
      { text: query.q, country: query.country, status: query.status, policyArea: query.policy_area },
      query.page,
      query.limit,
      now(),
    );
    const pageLink = (page: number) => {
      const url = new URL(`${shown.base}/api/v1/members`);
      for (const [name, value] of Object.entries(c.req.query())) url.searchParams.set(name, value);
      url.searchParams.set("page", String(page));
      return url.toString();
    };
    described(c, shown.language);
    return c.json(
      {
        items: directory.items.map((view) => memberSummaryJson(view, shown)),
        pagination: {
          page: directory.page,
          limit: directory.perPage,
          total: directory.total,
          pages: directory.pages,
          next: directory.page < directory.pages ? pageLink(directory.page + 1) : null,
          previous: directory.page > 1 ? pageLink(Math.min(directory.page - 1, directory.pages)) : null,
        },
      },
      200,
    );
  });

  api.openapi(getMemberRoute, async (c) => {
    const { slug } = c.req.valid("param");
    const view = await loadMemberView(db, slug, now());
    if (!view) return notFound(c, "open_data.error.no_member", { ref: slug });
    const shown = presenting(c);
    described(c, shown.language);
    return c.json(memberDetailJson(view, shown), 200);
  });

  api.openapi(getCommitmentRoute, async (c) => {
    const { code } = c.req.valid("param");
    const found = await loadCommitmentView(db, code, now());
    if (!found) return notFound(c, "open_data.error.no_commitment", { code });
    const shown = presenting(c);
    described(c, shown.language);
    return c.json(commitmentDetailJson(found, shown), 200);
  });

  api.openapi(listUpdatesRoute, async (c) => {
    const query = c.req.valid("query");
    let after: UpdatePosition | undefined;
    if (query.cursor !== undefined) {
      after = decodeCursor(query.cursor) ?? undefined;
      if (!after)
        return c.json(
          {
            error: "invalid_parameter",
            parameter: "cursor",
            message: t(languageOf(c), "open_data.error.bad_cursor"),
          },
          400,
        );
    }
    const since = query.since ? new Date(query.since) : undefined;
    // One more than asked tells whether another page follows.
    const rows = await listOpenUpdates(db, { since, after, limit: query.limit + 1 });
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const cursor = last ? encodeCursor({ postedAt: last.postedAt, id: last.id }) : (query.cursor ?? null);
    let next: string | null = null;
    if (rows.length > query.limit && cursor) {
      const url = new URL(`${baseOf(c)}/api/v1/updates`);
      if (query.since) url.searchParams.set("since", query.since);
      url.searchParams.set("limit", String(query.limit));
      url.searchParams.set("cursor", cursor);
      next = url.toString();
    }
    described(c, languageOf(c));
    return c.json({ items: items.map(openUpdateJson), cursor, next }, 200);
  });

  api.openapi(getCountryRoute, async (c) => {
    const { cc } = c.req.valid("param");
    const view = await loadCountryView(db, cc, now());
    if (!view) return notFound(c, "open_data.error.no_country", { country: cc.toUpperCase() });
    const shown = presenting(c);
    const path = encodeURIComponent(view.country);
    described(c, shown.language);
    return c.json(
      {
        country: view.country,
        name: countryName(view.country, shown.language),
        members: view.members.map((member) => memberSummaryJson(member, shown)),
        links: {
          self: `${shown.base}/api/v1/countries/${path}`,
          page: `${shown.base}/countries/${path}?lang=${shown.language}`,
          deadlines: `${shown.base}/countries/${path}/deadlines.ics?lang=${shown.language}`,
        },
      },
      200,
    );
  });

  api.openapi(commitmentsCsvRoute, (c) => {
    const { bom } = c.req.valid("query");
    const records = commitmentRecords(db, baseOf(c));
    return c.body(
      csvStream(COMMITMENT_CSV_HEADER, records, { byteOrderMark: bom === "1" }),
      200,
      csvHeaders("commitments.csv"),
    );
  });

  api.openapi(updatesCsvRoute, (c) => {
    const { bom, since } = c.req.valid("query");
    const records = updateRecords(db, since ? new Date(since) : undefined);
    return c.body(
      csvStream(UPDATE_CSV_HEADER, records, { byteOrderMark: bom === "1" }),
      200,
      csvHeaders("updates.csv"),
    );
  });

  const calendarHeaders = (filename: string) => ({
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": `inline; filename="${filename}"`,
  });

  api.openapi(memberDeadlinesRoute, async (c) => {
    const { slug } = c.req.valid("param");
    const member = await findMemberByRef(db, slug);
    if (!member) return notFound(c, "open_data.error.no_member", { ref: slug });
    const language = languageOf(c);
    described(c, language);
    const body = await memberDeadlineCalendar(db, member, { now: now(), language, publicBaseUrl: baseOf(c) });
    return c.body(body, 200, calendarHeaders(`${member.slug}-deadlines.ics`));
  });

  api.openapi(countryDeadlinesRoute, async (c) => {
    const country = c.req.valid("param").cc.toUpperCase();
    const members = await listMembersOfCountry(db, country);
    if (members.length === 0) return notFound(c, "open_data.error.no_country", { country });
    const language = languageOf(c);
    described(c, language);
    const body = await countryDeadlineCalendar(db, country, members, {
      now: now(),
      language,
      publicBaseUrl: baseOf(c),
    });
    return c.body(body, 200, calendarHeaders(`${country.toLowerCase()}-deadlines.ics`));
  });

  const atomHeaders = { "Content-Type": "application/atom+xml; charset=utf-8" };

  api.openapi(memberUpdatesFeedRoute, async (c) => {
    const { slug } = c.req.valid("param");
    const member = await findMemberByRef(db, slug);
    if (!member) return notFound(c, "open_data.error.no_member", { ref: slug });
    const language = languageOf(c);
    described(c, language);
    const links = memberLinks(member.slug, { base: baseOf(c), language });
    const feed = await updatesFeed(
      db,
      member,
      { now: now(), language, publicBaseUrl: baseOf(c) },
      links.updates,
    );
    return c.body(feed, 200, atomHeaders);
  });

  api.openapi(updatesFeedRoute, async (c) => {
    const language = languageOf(c);
    described(c, language);
    const base = baseOf(c);
    const feed = await updatesFeed(
      db,
      null,
      { now: now(), language, publicBaseUrl: base },
      `${base}/updates.atom?lang=${language}`,
    );
    return c.body(feed, 200, atomHeaders);
  });

  api.doc31(OPENAPI_PATH, (c) => ({
    openapi: "3.1.0",
    info: {
      title: "OGP Local open data",
      version: "1.0.0",
      description:
        "The public record of OGP Local members: their status under the OGP Local Handbook's rules with the reasons, their action plans, commitments, milestones, progress updates and evidence, as JSON, CSV, iCalendar and Atom. Version 1 only grows: fields and routes are added, never renamed, retyped or removed. See docs/open-data.md.",
    },
    servers: [{ url: baseOf(c) }],
  }));

  return api;
}
