import { createRoute, z } from "@hono/zod-openapi";
import {
  CodeParamSchema,
  CommitmentDetailSchema,
  CountryParamSchema,
  CountrySchema,
  CsvQuerySchema,
  ErrorSchema,
  LangQuerySchema,
  MemberDetailSchema,
  MemberListSchema,
  MemberQuerySchema,
  SlugParamSchema,
  UpdateCsvQuerySchema,
  UpdateListSchema,
  UpdateQuerySchema,
} from "./schemas.js";

/** Every open-data route, declared once: the handlers are typed by these and the OpenAPI document is made of them. */

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

const badParameter = json(ErrorSchema, "A parameter is not valid; `parameter` names it.");
const notFound = (what: string) => json(ErrorSchema, `No ${what} has this identifier.`);

const text = (mediaType: string, description: string) => ({
  content: { [mediaType]: { schema: z.string() } },
  description,
});

export const listMembersRoute = createRoute({
  method: "get",
  path: "/api/v1/members",
  tags: ["members"],
  summary: "Members, searched and filtered, a page at a time",
  request: { query: MemberQuerySchema },
  responses: { 200: json(MemberListSchema, "A page of members, by name."), 400: badParameter },
});

export const getMemberRoute = createRoute({
  method: "get",
  path: "/api/v1/members/{slug}",
  tags: ["members"],
  summary: "One member's public record with its status, reasons and deadlines",
  request: { params: SlugParamSchema, query: LangQuerySchema },
  responses: {
    200: json(MemberDetailSchema, "The member's record."),
    400: badParameter,
    404: notFound("member"),
  },
});

export const getCommitmentRoute = createRoute({
  method: "get",
  path: "/api/v1/commitments/{code}",
  tags: ["commitments"],
  summary: "One commitment in full (Annex 2) with its milestones, updates and evidence",
  request: { params: CodeParamSchema, query: LangQuerySchema },
  responses: {
    200: json(CommitmentDetailSchema, "The commitment."),
    400: badParameter,
    404: notFound("commitment"),
  },
});

export const listUpdatesRoute = createRoute({
  method: "get",
  path: "/api/v1/updates",
  tags: ["updates"],
  summary: "Progress updates, oldest first, by cursor",
  description:
    "Ordered by posting time, then id. Follow `next` (or pass `cursor`) until it is null; a later call with the last cursor returns only what was posted since.",
  request: { query: UpdateQuerySchema },
  responses: { 200: json(UpdateListSchema, "A page of updates."), 400: badParameter },
});

export const getCountryRoute = createRoute({
  method: "get",
  path: "/api/v1/countries/{cc}",
  tags: ["countries"],
  summary: "The members of one country side by side (spec §7)",
  request: { params: CountryParamSchema, query: LangQuerySchema },
  responses: {
    200: json(CountrySchema, "The country's members."),
    400: badParameter,
    404: notFound("member of a country"),
  },
});

export const commitmentsCsvRoute = createRoute({
  method: "get",
  path: "/api/v1/commitments.csv",
  tags: ["files"],
  summary: "Every commitment as CSV: OGP's commitment-data columns first, then ours",
  request: { query: CsvQuerySchema },
  responses: { 200: text("text/csv", "RFC 4180 CSV, UTF-8."), 400: badParameter },
});

export const updatesCsvRoute = createRoute({
  method: "get",
  path: "/api/v1/updates.csv",
  tags: ["files"],
  summary: "Every progress update as CSV, the format `cli updates import` reads",
  request: { query: UpdateCsvQuerySchema },
  responses: { 200: text("text/csv", "RFC 4180 CSV, UTF-8."), 400: badParameter },
});

export const memberDeadlinesRoute = createRoute({
  method: "get",
  path: "/members/{slug}/deadlines.ics",
  tags: ["feeds"],
  summary: "A member's upcoming and overdue deadlines (DUE-* rules) as an iCalendar feed",
  request: { params: SlugParamSchema, query: LangQuerySchema },
  responses: {
    200: text("text/calendar", "iCalendar (RFC 5545), one all-day event per deadline."),
    400: badParameter,
    404: notFound("member"),
  },
});

export const countryDeadlinesRoute = createRoute({
  method: "get",
  path: "/countries/{cc}/deadlines.ics",
  tags: ["feeds"],
  summary: "The deadlines of every member of a country as an iCalendar feed",
  request: { params: CountryParamSchema, query: LangQuerySchema },
  responses: {
    200: text("text/calendar", "iCalendar (RFC 5545), one all-day event per deadline."),
    400: badParameter,
    404: notFound("member of a country"),
  },
});

export const memberUpdatesFeedRoute = createRoute({
  method: "get",
  path: "/members/{slug}/updates.atom",
  tags: ["feeds"],
  summary: "A member's progress updates and status changes as an Atom feed",
  request: { params: SlugParamSchema, query: LangQuerySchema },
  responses: {
    200: text("application/atom+xml", "Atom 1.0, the 50 newest entries."),
    400: badParameter,
    404: notFound("member"),
  },
});

export const updatesFeedRoute = createRoute({
  method: "get",
  path: "/updates.atom",
  tags: ["feeds"],
  summary: "Every member's progress updates and status changes as an Atom feed",
  request: { query: LangQuerySchema },
  responses: { 200: text("application/atom+xml", "Atom 1.0, the 50 newest entries."), 400: badParameter },
});

/** The JSON routes and the schema of their 200 answer: what the tests validate real answers against. */
export const JSON_ROUTES = [
  listMembersRoute,
  getMemberRoute,
  getCommitmentRoute,
  listUpdatesRoute,
  getCountryRoute,
] as const;
