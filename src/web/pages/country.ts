import { html } from "hono/html";
import type { Language } from "../../domain/vocabularies.js";
import { countryName } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { MemberSummaryView } from "../data/index.js";
import { layout } from "./layout.js";
import { dayOf, memberHref, pageNumbers, progressBar, statusBadge } from "./parts.js";

/** The columns a visitor may sort the country view by (links, so it works without JavaScript). */
export const COUNTRY_SORTS = [
  "name",
  "status",
  "commitments",
  "milestones",
  "last_update",
  "meetings",
] as const;
export type CountrySort = (typeof COUNTRY_SORTS)[number];

const STATUS_ORDER = ["active", "voluntarily_inactive", "inactive", "probation", "revoked"];

const share = (entry: MemberSummaryView) =>
  entry.progress.milestonesTotal === 0
    ? 0
    : entry.progress.milestonesComplete / entry.progress.milestonesTotal;

const COMPARE: Record<CountrySort, (a: MemberSummaryView, b: MemberSummaryView) => number> = {
  name: (a, b) => a.member.name.localeCompare(b.member.name),
  status: (a, b) => STATUS_ORDER.indexOf(a.member.status) - STATUS_ORDER.indexOf(b.member.status),
  commitments: (a, b) => a.progress.commitments - b.progress.commitments,
  milestones: (a, b) => share(a) - share(b),
  last_update: (a, b) =>
    (a.progress.lastUpdateAt?.getTime() ?? 0) - (b.progress.lastUpdateAt?.getTime() ?? 0),
  meetings: (a, b) => a.progress.meetingsHeld - b.progress.meetingsHeld,
};

/** Members per page of a country view: the largest countries have a thousand. */
export const COUNTRY_PAGE_SIZE = 100;

/** GET /countries/:cc — spec §7: the members of one country side by side, sorted across all pages. */
export function countryPage(
  language: Language,
  country: string,
  members: MemberSummaryView[],
  view: { sort: CountrySort; descending: boolean; page: number },
) {
  const { sort, descending } = view;
  const pages = Math.max(1, Math.ceil(members.length / COUNTRY_PAGE_SIZE));
  const page = Math.min(view.page, pages);
  const sorted = [...members]
    .sort((a, b) => (descending ? -1 : 1) * COMPARE[sort](a, b) || COMPARE.name(a, b))
    .slice((page - 1) * COUNTRY_PAGE_SIZE, page * COUNTRY_PAGE_SIZE);
  const sortQuery = `sort=${sort}${descending ? "&order=desc" : ""}`;
  const path = `/countries/${encodeURIComponent(country)}`;
  const header = (column: CountrySort) => {
    const active = column === sort;
    const nextDescending = active ? !descending : false;
    return html`<th scope="col"${active ? html` aria-sort="${descending ? "descending" : "ascending"}"` : ""}><a href="${path}?lang=${language}&sort=${column}${
      nextDescending ? "&order=desc" : ""
    }">${t(language, `site.country.col.${column}`)}</a></th>`;
  };
  const rows = sorted.map(
    (entry) => html`<tr>
<th scope="row"><a href="${memberHref(entry.member.slug, language)}">${entry.member.name}</a></th>
<td>${statusBadge(language, entry.member.status)}</td>
<td>${entry.progress.commitments}</td>
<td>${progressBar(language, entry.progress.milestonesComplete, entry.progress.milestonesTotal)}</td>
<td>${entry.progress.lastUpdateAt ? dayOf(entry.progress.lastUpdateAt, language, entry.member.timeZone) : t(language, "site.never")}</td>
<td>${entry.progress.meetingsHeld}</td>
<td>${entry.progress.nationalAlignments.length > 0 ? entry.progress.nationalAlignments.join("; ") : "—"}</td>
</tr>`,
  );
  const name = countryName(country, language);
  const body = html`<p>${t(language, "site.country.intro", { country: name, count: members.length })}</p>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="members-table"><table>
<caption id="members-table">${t(language, "site.country.caption", { country: name })}</caption>
<thead><tr>${COUNTRY_SORTS.map(header)}<th scope="col">${t(language, "site.country.col.alignment")}</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>
${
  pages > 1
    ? html`<nav class="pagination" aria-label="${t(language, "site.pagination")}"><ul>${pageNumbers(
        page,
        pages,
      ).map(
        (number) =>
          html`<li><a href="${path}?lang=${language}&${sortQuery}&page=${number}"${
            number === page ? html` aria-current="page"` : ""
          }>${t(language, "site.page_n", { page: number })}</a></li>`,
      )}</ul></nav>`
    : ""
}
<p><a href="${path}/deadlines.ics">${t(language, "site.due.calendar_country")}</a></p>`;
  return layout(language, t(language, "site.country.title", { country: name }), body, {
    path,
    query: new URLSearchParams({ sort, ...(descending ? { order: "desc" } : {}), page: String(page) }),
  });
}
