import type { Context } from "hono";
import { Hono } from "hono";
import { etag } from "hono/etag";
import { createMiddleware } from "hono/factory";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import type { Database } from "../db/client.js";
import { listCircles, listCirclesOfMembers } from "../db/repositories/circles.js";
import { type Language, MEMBER_STATUSES, POLICY_AREAS } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { pickLanguage } from "../messages/language.js";
import { submitPublicComment } from "../services/submit-public-comment.js";
import {
  listMemberCountries,
  loadCommitmentView,
  loadCountryView,
  loadDirectory,
  loadMemberView,
} from "./data/index.js";
import { circlesPage } from "./pages/circles.js";
import { type CommentFormState, commitmentPage } from "./pages/commitment.js";
import { COUNTRY_SORTS, countryPage } from "./pages/country.js";
import { homePage } from "./pages/home.js";
import { memberPage, notFoundPage } from "./pages/member.js";
import { STYLESHEET } from "./pages/stylesheet.js";
import { SlidingWindowLimiter } from "./rate-limit.js";

export interface SiteDependencies {
  db: Database;
  now: () => Date;
  /** The visitor's address, for the comment form's rate limit; the runtime knows how to read it. */
  clientAddress: (c: Context) => string;
  publicBaseUrl?: string | undefined;
}

/** Members per page of `/`. */
const PER_PAGE = 25;
/** Annex 4 comments: at most this many per visitor address per hour. */
const COMMENTS_PER_HOUR = 5;
const COMMENT_MAX_CHARS = 2_000;

/** Only the site itself: no inline script or style, no framing, no plugins. */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const homeQuery = z.object({
  q: z.string().max(200).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional()
    .or(z.literal("").transform(() => undefined)),
  status: z
    .enum(MEMBER_STATUSES)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  policy_area: z
    .enum(POLICY_AREAS)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

const commentBody = z.object({
  update: z.string().min(1).max(64),
  name: z.string().max(120).default(""),
  text: z.string().default(""),
  website: z.string().default(""),
});

/**
 * The public accountability site (spec §8, Annex 4): pages in the visitor's language, cached by
 * validators, under a Content-Security-Policy that allows only the site itself.
 */
export function siteRoutes({ db, now, clientAddress, publicBaseUrl }: SiteDependencies): Hono {
  const site = new Hono();
  const commentLimiter = new SlidingWindowLimiter(COMMENTS_PER_HOUR, 60 * 60 * 1000);
  const languageOf = (c: Context): Language =>
    pickLanguage(c.req.query("lang"), c.req.header("accept-language"));

  // Per route, not `use("*")`: mounted at the root, that would also wrap the webhooks and the API.
  const pageMiddleware = [
    secureHeaders({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      referrerPolicy: "strict-origin-when-cross-origin",
      crossOriginEmbedderPolicy: false,
    }),
    createMiddleware(async (c, next) => {
      await next();
      c.header("Vary", "Accept-Language", { append: true });
    }),
    etag(),
  ] as const;

  const page = (
    c: Context,
    language: Language,
    body: Parameters<Context["html"]>[0],
    status = 200,
    lastChanged?: Date,
  ) => {
    c.header("Content-Language", language);
    // Pages change when facts do, and with the day (overdue items): revalidate every time.
    c.header("Cache-Control", "no-cache");
    if (lastChanged && lastChanged.getTime() > 0) c.header("Last-Modified", lastChanged.toUTCString());
    return c.html(body, status as 200);
  };

  site.get("/assets/site.css", ...pageMiddleware, (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  site.get("/", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const parsed = homeQuery.safeParse(c.req.query());
    const query = parsed.success
      ? {
          text: parsed.data.q,
          country: parsed.data.country,
          status: parsed.data.status,
          policyArea: parsed.data.policy_area,
          page: parsed.data.page,
        }
      : { page: 1 };
    const [directory, countries] = await Promise.all([
      loadDirectory(db, query, query.page, PER_PAGE, now()),
      listMemberCountries(db),
    ]);
    return page(c, language, homePage(language, query, directory, countries), parsed.success ? 200 : 400);
  });

  site.get("/members/:slug", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const slug = c.req.param("slug");
    const view = await loadMemberView(db, slug, now());
    if (!view)
      return page(
        c,
        language,
        notFoundPage(language, t(language, "page.no_member", { slug }), c.req.path),
        404,
      );
    const circles = (await listCirclesOfMembers(db, [view.record.member.id])).get(view.record.member.id);
    return page(c, language, memberPage(language, view, circles), 200, view.lastChanged);
  });

  // Handbook §2.4: the circles, their themes and members; never what is said in their channels.
  site.get("/circles", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    return page(c, language, circlesPage(language, await listCircles(db)));
  });

  // Reminders link to a commitment under its member: the commitment's own page.
  site.get("/members/:slug/commitments/:code", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const { slug, code } = c.req.param();
    const found = await loadCommitmentView(db, code, now());
    const member = found?.view.record.member;
    const named = slug.toLowerCase();
    if (!found || !member || (member.slug.toLowerCase() !== named && member.code.toLowerCase() !== named))
      return page(
        c,
        language,
        notFoundPage(language, t(language, "page.no_commitment", { slug, code }), c.req.path),
        404,
      );
    return c.redirect(`/commitments/${encodeURIComponent(found.entry.commitment.code)}`, 302);
  });

  site.get("/commitments/:code", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const code = c.req.param("code");
    const found = await loadCommitmentView(db, code, now());
    if (!found)
      return page(
        c,
        language,
        notFoundPage(language, t(language, "site.no_commitment", { code }), c.req.path),
        404,
      );
    const notice = c.req.query("comment") === "received" ? t(language, "site.comments.received") : undefined;
    return page(
      c,
      language,
      commitmentPage(language, found, { notice, commentOn: c.req.query("comment") }),
      200,
      found.view.lastChanged,
    );
  });

  site.post("/commitments/:code/comments", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const code = c.req.param("code");
    const found = await loadCommitmentView(db, code, now());
    if (!found)
      return page(
        c,
        language,
        notFoundPage(language, t(language, "site.no_commitment", { code }), c.req.path),
        404,
      );
    const form = commentBody.safeParse(await c.req.parseBody().catch(() => ({})));
    const answer = (state: CommentFormState, status: 400 | 422 | 429) =>
      page(c, language, commitmentPage(language, found, { commentState: state }), status);
    if (!form.success || !found.entry.updates.some((item) => item.update.id === form.data.update)) {
      const updateId = form.success ? form.data.update : "";
      return answer(
        { updateId, name: "", text: "", error: t(language, "site.comments.error.malformed") },
        400,
      );
    }
    const { update, name, text, website } = form.data;
    const state = { updateId: update, name, text };
    // A filled honeypot is a robot: answered like a success, stored nowhere.
    if (website.trim() !== "")
      return c.redirect(
        `/commitments/${encodeURIComponent(code)}?lang=${language}&comment=received#comment`,
        303,
      );
    const body = text.trim();
    if (body.length === 0) return answer({ ...state, error: t(language, "site.comments.error.empty") }, 422);
    if (body.length > COMMENT_MAX_CHARS)
      return answer(
        { ...state, error: t(language, "site.comments.error.too_long", { max: COMMENT_MAX_CHARS }) },
        422,
      );
    if (!commentLimiter.take(clientAddress(c), now().getTime()))
      return answer({ ...state, error: t(language, "site.comments.error.rate_limited") }, 429);
    await submitPublicComment(
      { db, now: now(), publicBaseUrl: publicBaseUrl ?? new URL(c.req.url).origin },
      { updateId: update, authorName: name.trim(), body },
    );
    return c.redirect(
      `/commitments/${encodeURIComponent(code)}?lang=${language}&comment=received#comment`,
      303,
    );
  });

  site.get("/countries/:cc", ...pageMiddleware, async (c) => {
    const language = languageOf(c);
    const cc = c.req.param("cc");
    const view = /^[A-Za-z]{2}$/.test(cc) ? await loadCountryView(db, cc, now()) : null;
    if (!view)
      return page(
        c,
        language,
        notFoundPage(language, t(language, "site.no_country", { country: cc }), c.req.path),
        404,
      );
    const requested = c.req.query("sort");
    const sort = COUNTRY_SORTS.find((column) => column === requested) ?? "name";
    const pageNumber = Number(c.req.query("page") ?? "1");
    return page(
      c,
      language,
      countryPage(language, view.country, view.members, {
        sort,
        descending: c.req.query("order") === "desc",
        page: Number.isInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
      }),
    );
  });

  return site;
}
