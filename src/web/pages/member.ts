import { html } from "hono/html";
import type { CircleRow } from "../../db/repositories/circles.js";
import type { Language } from "../../domain/vocabularies.js";
import { countryName, formatCivilDate, formatCompletion } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { MemberView } from "../data/index.js";
import { memberCirclesSection } from "./circles.js";
import { evidenceList, milestoneList, progressChart, updateTimeline } from "./commitment-parts.js";
import { layout } from "./layout.js";
import {
  commitmentHref,
  countryHref,
  dayOf,
  dueItemList,
  nextStep,
  policyAreaLabel,
  statusBadge,
  statusExplanation,
  statusLine,
} from "./parts.js";

/**
 * GET /members/:slug — everything spec §8 asks the public site to show about a member: contacts,
 * status and why, what comes next, the plan, meetings, endorsements, commitments with their
 * milestones, progress and evidence, and the status history.
 */
export function memberPage(language: Language, view: MemberView, circles: readonly CircleRow[] = []) {
  const { record, evaluation } = view;
  const { member, plan } = record;
  const zone = member.timeZone;
  const latestHistory = record.statusHistory.at(-1) ?? null;
  const dueItems = evaluation?.dueItems ?? [];
  const overdue = dueItems.filter((item) => item.overdue);
  const upcoming = dueItems.filter((item) => !item.overdue).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const next = nextStep(language, evaluation);

  const facts = html`<dl class="facts">
<dt>${t(language, "home.col.country")}</dt><dd><a href="${countryHref(member.country, language)}">${countryName(member.country, language)}</a></dd>
<dt>${t(language, "site.member.code")}</dt><dd>${member.code}</dd>
<dt>${t(language, "site.member.lead_agency")}</dt><dd>${member.leadAgency ?? t(language, "site.not_recorded")}</dd>
<dt>${t(language, "site.member.contacts")}</dt><dd>${
    record.contacts.length > 0
      ? record.contacts.map(
          (contact, index) =>
            html`${index > 0 ? ", " : ""}${contact.name} (<a href="mailto:${contact.email}">${contact.email}</a>)`,
        )
      : t(language, "site.not_recorded")
  }</dd>
${member.website ? html`<dt>${t(language, "site.member.website")}</dt><dd><a href="${member.website}" rel="noopener">${member.website}</a></dd>` : ""}
<dt>${t(language, "site.member.joined")}</dt><dd>${formatCivilDate(member.joinedOn, language)}</dd>
<dt>${t(language, "site.member.last_update")}</dt><dd>${view.lastUpdateAt ? dayOf(view.lastUpdateAt, language, zone) : t(language, "site.never")}</dd>
</dl>`;

  const status = html`<section aria-labelledby="status">
<h2 id="status">${t(language, "site.member.status")}</h2>
<p class="status status-${member.status}">${statusLine(language, member)}</p>
${statusExplanation(language, member, evaluation, latestHistory).map((line) => html`<p>${line}</p>`)}
${next ? html`<p class="notice">${next}</p>` : ""}
<h3>${t(language, "site.due.overdue", { count: overdue.length })}</h3>
${overdue.length > 0 ? dueItemList(language, overdue) : html`<p>${t(language, "site.due.none_overdue")}</p>`}
<h3>${t(language, "site.due.upcoming")}</h3>
${upcoming.length > 0 ? dueItemList(language, upcoming) : html`<p>${t(language, "site.due.none_upcoming")}</p>`}
<p><a href="/members/${encodeURIComponent(member.slug)}/deadlines.ics">${t(language, "site.due.calendar")}</a> · <a href="/members/${encodeURIComponent(member.slug)}/updates.atom">${t(language, "site.feed.member")}</a></p>
</section>`;

  const planSection = plan
    ? html`<section aria-labelledby="plan">
<h2 id="plan">${t(language, "member.plan")}</h2>
<dl class="facts">
<dt>${t(language, "site.plan.title")}</dt><dd>${plan.title}</dd>
<dt>${t(language, "site.plan.period")}</dt><dd>${t(language, "site.period", {
        from: formatCivilDate(plan.periodStart, language),
        to: formatCivilDate(plan.periodEnd, language),
      })}</dd>
<dt>${t(language, "site.plan.status")}</dt><dd>${t(language, `cmd.plan_status.${plan.status}`)}</dd>
${plan.submittedOn ? html`<dt>${t(language, "site.plan.submitted")}</dt><dd>${formatCivilDate(plan.submittedOn, language)}</dd>` : ""}
<dt>${t(language, "site.plan.monitoring_body")}</dt><dd>${plan.monitoringBody ?? t(language, "site.not_recorded")}</dd>
</dl>
${plan.longTermVision ? html`<h3>${t(language, "site.plan.vision")}</h3><p>${plan.longTermVision}</p>` : ""}
<h3>${t(language, "site.endorsements.title")}</h3>
${
  record.endorsements.length > 0
    ? html`<ul>${record.endorsements.map(
        (endorsement) =>
          html`<li>${endorsement.organization} — ${dayOf(endorsement.endorsedAt, language, zone)}${
            endorsement.withdrawnAt
              ? html` <span class="muted">(${t(language, "site.endorsements.withdrawn", { date: dayOf(endorsement.withdrawnAt, language, zone) })})</span>`
              : ""
          }</li>`,
      )}</ul>`
    : html`<p>${t(language, "site.endorsements.none")}</p>`
}
<h3>${t(language, "site.plan_evidence")}</h3>
${evidenceList(language, record.planEvidence, zone)}
</section>`
    : html`<section aria-labelledby="plan"><h2 id="plan">${t(language, "member.plan")}</h2><p>${t(language, "member.no_plan")}</p></section>`;

  const meetingsSection = html`<section aria-labelledby="meetings">
<h2 id="meetings">${t(language, "site.meetings.title")}</h2>
${
  record.meetings.length > 0
    ? html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="meetings-table"><table>
<caption id="meetings-table">${t(language, "site.meetings.caption")}</caption>
<thead><tr><th scope="col">${t(language, "site.meetings.date")}</th><th scope="col">${t(language, "site.meetings.phase")}</th><th scope="col">${t(language, "site.meetings.subject")}</th><th scope="col">${t(language, "site.meetings.participants")}</th><th scope="col">${t(language, "site.meetings.minutes")}</th></tr></thead>
<tbody>${record.meetings.map(
        (meeting) =>
          html`<tr><td>${formatCivilDate(meeting.heldOn, language)}</td><td>${t(
            language,
            `cmd.meeting_phase.${meeting.phase}`,
          )}</td><td>${meeting.title}</td><td>${t(language, "site.meetings.participant_counts", {
            government: meeting.governmentParticipants,
            others: meeting.nonGovernmentParticipants,
          })}</td><td>${
            meeting.minutesUrl && /^https?:\/\//i.test(meeting.minutesUrl)
              ? html`<a href="${meeting.minutesUrl}" rel="nofollow noopener">${t(language, "site.meetings.minutes_link")}</a>`
              : "—"
          }</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t(language, "site.meetings.none")}</p>`
}
</section>`;

  const commitments = record.commitments.map((entry) => {
    const { commitment } = entry;
    const latest = entry.updates.findLast(({ update }) => update.completionPct !== null)?.update;
    const updateOverdue = dueItems.some(
      (item) => item.overdue && item.subject.kind === "commitment" && item.subject.id === commitment.id,
    );
    return html`<article id="${commitment.code}" aria-labelledby="${commitment.code}-title">
<h3 id="${commitment.code}-title"><a href="${commitmentHref(commitment.code, language)}">${commitment.code} — ${commitment.title}</a></h3>
<p>${t(language, `cmd.commitment_status.${commitment.status}`)} · ${t(language, "site.period", {
      from: formatCivilDate(commitment.startDate, language),
      to: formatCivilDate(commitment.endDate, language),
    })} · ${t(language, "member.completion")}: ${formatCompletion(latest?.completionPct, language)}${
      entry.policyAreas.length > 0
        ? ` · ${entry.policyAreas.map((area) => policyAreaLabel(area, language)).join(", ")}`
        : ""
    }</p>
${updateOverdue ? html`<p class="overdue">${t(language, "site.updates.overdue")}</p>` : ""}
<h4>${t(language, "site.milestones.title")}</h4>
${milestoneList(language, entry, dueItems)}
${progressChart(language, entry, zone)}
<h4>${t(language, "site.updates.title")}</h4>
${updateTimeline(language, entry, zone, {
  commentsHref: (item) => `${commitmentHref(commitment.code, language)}#update-${item.update.id}`,
})}
<h4>${t(language, "site.evidence.folder", { code: commitment.code })}</h4>
${evidenceList(language, entry.evidence, zone)}
</article>`;
  });

  const assessments =
    record.assessments.length > 0
      ? html`<section aria-labelledby="assessments"><h2 id="assessments">${t(language, "site.assessments.title")}</h2><ul>${record.assessments.map(
          (assessment) =>
            html`<li>${t(language, `site.assessments.kind.${assessment.kind}`)}: ${
              assessment.submittedOn
                ? t(language, "site.assessments.submitted", {
                    date: formatCivilDate(assessment.submittedOn, language),
                  })
                : assessment.dueOn
                  ? t(language, "site.assessments.due", { date: formatCivilDate(assessment.dueOn, language) })
                  : ""
            }${
              assessment.reportUrl && /^https?:\/\//i.test(assessment.reportUrl)
                ? html` — <a href="${assessment.reportUrl}" rel="noopener">${t(language, "site.assessments.report")}</a>`
                : ""
            }</li>`,
        )}</ul></section>`
      : "";

  const history = html`<section aria-labelledby="history">
<h2 id="history">${t(language, "site.history.title")}</h2>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="history-table"><table>
<caption id="history-table">${t(language, "site.history.caption")}</caption>
<thead><tr><th scope="col">${t(language, "site.history.date")}</th><th scope="col">${t(language, "home.col.status")}</th><th scope="col">${t(language, "site.history.rule")}</th><th scope="col">${t(language, "site.history.reason")}</th></tr></thead>
<tbody>${[...record.statusHistory]
    .reverse()
    .map(
      (row) =>
        html`<tr><td>${formatCivilDate(row.effectiveOn, language)}</td><td>${statusBadge(language, row.status)}</td><td>${row.ruleId ?? "—"}</td><td>${row.reason}</td></tr>`,
    )}</tbody></table></div>
</section>`;

  const otherPlans =
    record.otherPlans.length > 0
      ? html`<section aria-labelledby="other-plans"><h2 id="other-plans">${t(language, "site.plans.other")}</h2>${record.otherPlans.map(
          ({ plan: other, commitments: headings, evidence }) => html`<h3>${other.title}</h3>
<p>${t(language, "site.period", {
            from: formatCivilDate(other.periodStart, language),
            to: formatCivilDate(other.periodEnd, language),
          })} · ${t(language, `cmd.plan_status.${other.status}`)}</p>
<ul>${headings.map(
            (heading) =>
              html`<li><a href="${commitmentHref(heading.code, language)}">${heading.code} — ${heading.title}</a> (${t(
                language,
                `cmd.commitment_status.${heading.status}`,
              )})</li>`,
          )}</ul>
${evidence.length > 0 ? html`<h4>${t(language, "site.plan_evidence")}</h4>${evidenceList(language, evidence, zone)}` : ""}`,
        )}</section>`
      : "";

  const body = html`${facts}${status}${planSection}${meetingsSection}
<section aria-labelledby="commitments"><h2 id="commitments">${t(language, "member.commitments")}</h2>
${commitments.length > 0 ? commitments : html`<p>${t(language, "site.commitments.none")}</p>`}</section>
${memberCirclesSection(language, circles)}${otherPlans}${assessments}${history}`;
  return layout(language, member.name, body, { path: `/members/${encodeURIComponent(member.slug)}` });
}

export function notFoundPage(language: Language, what: string, path: string) {
  return layout(
    language,
    t(language, "page.not_found"),
    html`<p>${what}</p><p><a href="/?lang=${language}">${t(language, "member.back")}</a></p>`,
    { path },
  );
}
