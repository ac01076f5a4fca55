import { html } from "hono/html";
import type { MemberSummary } from "../../db/repositories/members.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { layout } from "./layout.js";

/** GET /: every member with its recorded status (spec §4: statuses are public). */
export function homePage(language: Language, members: MemberSummary[]) {
  const rows = members.map(
    (member) => html`<tr>
<td><a href="/members/${encodeURIComponent(member.slug)}">${member.name}</a></td>
<td>${member.country}</td>
<td><span class="status status-${member.status}">${t(language, `status.${member.status}`)}</span></td>
<td>${member.statusSince ?? ""}</td>
</tr>`,
  );
  const body =
    members.length === 0
      ? html`<p>${t(language, "home.empty")}</p>`
      : html`<p>${t(language, "home.intro")}</p>
<table>
<thead><tr><th scope="col">${t(language, "home.col.member")}</th><th scope="col">${t(language, "home.col.country")}</th><th scope="col">${t(language, "home.col.status")}</th><th scope="col">${t(language, "home.col.since")}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return layout(language, t(language, "home.title"), body);
}
