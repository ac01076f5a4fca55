import { html } from "hono/html";
import type { MemberPage } from "../../db/repositories/member-page.js";
import { completionLevel, type Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { layout } from "./layout.js";

/** GET /members/:slug — a member's status, current plan, commitments and their milestones (spec §8). */
export function memberPage(language: Language, { member, plan, commitments }: MemberPage) {
  const since = member.statusSince ? ` ${t(language, "member.since", { date: member.statusSince })}` : "";
  const planSection = plan
    ? html`<h2>${t(language, "member.plan")}</h2>
<p>${plan.title} — ${plan.periodStart} → ${plan.periodEnd} (${t(language, `cmd.plan_status.${plan.status}`)})</p>`
    : html`<p>${t(language, "member.no_plan")}</p>`;
  const commitmentSections = commitments.map(
    ({ commitment, milestones, latest }) => html`<section id="${commitment.code}">
<h3>${commitment.code} — ${commitment.title}</h3>
<p>${t(language, `cmd.commitment_status.${commitment.status}`)} · ${commitment.startDate} → ${commitment.endDate} ·
${t(language, "member.completion")}: ${t(language, `cmd.completion.${completionLevel(latest?.completionPct)}`)}${
      latest ? ` (${latest.completionPct}%, ${latest.postedAt.toISOString().slice(0, 10)})` : ""
    }</p>
<ul>${milestones.map(
      (milestone) =>
        html`<li>${milestone.description} — ${milestone.startMonth} → ${milestone.endMonth}: ${t(
          language,
          `cmd.milestone_status.${milestone.status}`,
        )}</li>`,
    )}</ul>
</section>`,
  );
  const body = html`<p><a href="/">${t(language, "member.back")}</a></p>
<p>${member.country} · ${member.leadAgency ?? ""}</p>
<p><span class="status status-${member.status}">${t(language, `status.${member.status}`)}</span>${since}</p>
${planSection}
${commitments.length > 0 ? html`<h2>${t(language, "member.commitments")}</h2>${commitmentSections}` : ""}`;
  return layout(language, member.name, body);
}

export function notFoundPage(language: Language, what: string) {
  return layout(
    language,
    t(language, "page.not_found"),
    html`<p>${what}</p><p><a href="/">${t(language, "member.back")}</a></p>`,
  );
}
