import { html } from "hono/html";
import { type Language, MEMBER_STATUSES, POLICY_AREAS } from "../../domain/vocabularies.js";
import { countryName, formatCivilDate } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { DirectoryPage, MemberSearch } from "../data/index.js";
import { layout } from "./layout.js";
import {
  countryHref,
  dayOf,
  memberHref,
  pageNumbers,
  policyAreaLabel,
  progressBar,
  statusBadge,
  statusExplanation,
} from "./parts.js";

export interface HomeQuery extends MemberSearch {
  page: number;
}

function searchQuery(language: Language, query: HomeQuery, page: number): string {
  const params = new URLSearchParams({ lang: language });
  if (query.text) params.set("q", query.text);
  if (query.country) params.set("country", query.country);
  if (query.status) params.set("status", query.status);
  if (query.policyArea) params.set("policy_area", query.policyArea);
  if (page > 1) params.set("page", String(page));
  return `/?${params.toString()}`;
}

const option = (value: string, label: string, selected: string | undefined) =>
  html`<option value="${value}"${value === selected ? html` selected` : ""}>${label}</option>`;

/** GET /: members with search, filters and pages; each with its status explained and its progress (spec §8). */
export function homePage(
  language: Language,
  query: HomeQuery,
  directory: DirectoryPage,
  countries: { country: string; members: number }[],
) {
  const form = html`<form class="search" method="get" action="/" role="search">
<input type="hidden" name="lang" value="${language}">
<label>${t(language, "site.search.text")}<input type="search" name="q" value="${query.text ?? ""}"></label>
<label>${t(language, "site.search.country")}<select name="country">${option("", t(language, "site.search.any"), query.country ?? "")}${countries
    .map((entry) => ({ ...entry, name: countryName(entry.country, language) }))
    .sort((a, b) => a.name.localeCompare(b.name, language))
    .map((entry) => option(entry.country, entry.name, query.country))}</select></label>
<label>${t(language, "site.search.status")}<select name="status">${option("", t(language, "site.search.any"), query.status ?? "")}${MEMBER_STATUSES.map(
    (status) => option(status, t(language, `status.${status}`), query.status),
  )}</select></label>
<label>${t(language, "site.search.policy_area")}<select name="policy_area">${option("", t(language, "site.search.any"), query.policyArea ?? "")}${POLICY_AREAS.map(
    (area) => option(area, policyAreaLabel(area, language), query.policyArea),
  )}</select></label>
<button type="submit">${t(language, "site.search.submit")}</button>
</form>`;

  const rows = directory.items.map(
    ({ member, progress, evaluation, overdue }) => html`<tr>
<th scope="row"><a href="${memberHref(member.slug, language)}">${member.name}</a> <span class="muted">(${member.code})</span></th>
<td><a href="${countryHref(member.country, language)}">${countryName(member.country, language)}</a></td>
<td>${statusBadge(language, member.status)}${
      member.statusSince
        ? ` ${t(language, "site.status.since_date", { date: formatCivilDate(member.statusSince, language) })}`
        : ""
    }<br><span class="muted">${statusExplanation(language, member, evaluation, null).join(" ")}</span></td>
<td>${progressBar(language, progress.milestonesComplete, progress.milestonesTotal)}</td>
<td>${progress.lastUpdateAt ? dayOf(progress.lastUpdateAt, language, member.timeZone) : t(language, "site.never")}</td>
<td${overdue ? html` class="overdue"` : ""}>${overdue ?? "—"}</td>
</tr>`,
  );
  const pagination =
    directory.pages > 1
      ? html`<nav class="pagination" aria-label="${t(language, "site.pagination")}"><ul>${pageNumbers(
          directory.page,
          directory.pages,
        ).map(
          (page) =>
            html`<li><a href="${searchQuery(language, query, page)}"${
              page === directory.page ? html` aria-current="page"` : ""
            }>${t(language, "site.page_n", { page })}</a></li>`,
        )}</ul></nav>`
      : "";
  const results =
    directory.total === 0
      ? html`<p>${t(language, directory.items.length === 0 && !hasFilters(query) ? "home.empty" : "site.search.none")}</p>`
      : html`<p role="status">${t(
          language,
          directory.total === 1 ? "site.search.count_one" : "site.search.count",
          {
            total: directory.total,
            first: (directory.page - 1) * directory.perPage + 1,
            last: (directory.page - 1) * directory.perPage + directory.items.length,
          },
        )}</p>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="members-table"><table>
<caption id="members-table">${t(language, "home.caption")}</caption>
<thead><tr><th scope="col">${t(language, "home.col.member")}</th><th scope="col">${t(language, "home.col.country")}</th><th scope="col">${t(language, "home.col.status")}</th><th scope="col">${t(language, "home.col.milestones")}</th><th scope="col">${t(language, "home.col.last_update")}</th><th scope="col">${t(language, "home.col.overdue")}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
${pagination}`;
  return layout(
    language,
    t(language, "home.title"),
    html`<p>${t(language, "home.intro")}</p>${form}${results}`,
    { path: "/", query: new URLSearchParams(searchQuery(language, query, query.page).slice(2)) },
  );
}

const hasFilters = (query: HomeQuery) =>
  Boolean(query.text || query.country || query.status || query.policyArea);
