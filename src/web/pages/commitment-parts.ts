import { html } from "hono/html";
import type { PublicCommitment, PublicEvidence, PublicUpdate } from "../../db/repositories/public-record.js";
import type { DueItem } from "../../domain/rules/index.js";
import { parseIsoDate } from "../../domain/time/civil.js";
import type { Language } from "../../domain/vocabularies.js";
import { civilDateIn, formatCivilDate, formatCompletion, formatMonth } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { dayOf } from "./parts.js";

/** Milestones with their planned months and status; overdue ones (DUE-MILESTONE) flagged in words. */
export function milestoneList(
  language: Language,
  commitment: PublicCommitment,
  dueItems: readonly DueItem[],
) {
  const overdue = new Set(
    dueItems
      .filter((item) => item.overdue && item.subject.kind === "milestone")
      .map((item) => item.subject.id),
  );
  if (commitment.milestones.length === 0) return html`<p>${t(language, "site.milestones.none")}</p>`;
  return html`<ol class="milestones">${commitment.milestones.map(
    (milestone) =>
      html`<li>${milestone.description} — ${t(language, "site.milestones.period", {
        from: formatMonth(milestone.startMonth, language),
        to: formatMonth(milestone.endMonth, language),
      })}: <strong>${t(language, `cmd.milestone_status.${milestone.status}`)}</strong>${
        overdue.has(milestone.id)
          ? html` <span class="overdue">${t(language, "site.milestones.overdue")}</span>`
          : ""
      }${milestone.responsibleOrganization ? html` <span class="muted">(${milestone.responsibleOrganization})</span>` : ""}</li>`,
  )}</ol>`;
}

const CHART = { width: 480, height: 160, left: 40, right: 12, top: 12, bottom: 28 };

/**
 * Completion over time from the commitment's updates, as an SVG line between its start and end
 * dates. The figures themselves are in the update timeline next to it, which screen readers read.
 */
export function progressChart(language: Language, entry: PublicCommitment, timeZone: string) {
  const points = entry.updates
    .filter(({ update }) => update.completionPct !== null)
    .map(({ update }) => ({
      day: parseIsoDate(civilDateIn(update.postedAt, timeZone)) ?? 0,
      pct: update.completionPct!,
    }));
  if (points.length === 0) return "";
  const start = parseIsoDate(entry.commitment.startDate) ?? points[0]!.day;
  const end = Math.max(
    parseIsoDate(entry.commitment.endDate) ?? start + 1,
    ...points.map((point) => point.day),
  );
  const span = Math.max(1, end - start);
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const x = (day: number) => CHART.left + Math.round(((Math.max(day, start) - start) / span) * plotWidth);
  const y = (pct: number) => CHART.top + Math.round(((100 - pct) / 100) * plotHeight);
  const path = points
    .map((point, index) => `${index === 0 ? "M" : "L"}${x(point.day)},${y(point.pct)}`)
    .join(" ");
  const id = `chart-${entry.commitment.code}`;
  const latest = points[points.length - 1]!;
  return html`<svg class="chart" width="${CHART.width}" height="${CHART.height}" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-labelledby="${id}-title ${id}-desc">
<title id="${id}-title">${t(language, "site.chart.title", { code: entry.commitment.code })}</title>
<desc id="${id}-desc">${t(language, "site.chart.desc", { count: points.length, latest: latest.pct })}</desc>
<line class="axis" x1="${CHART.left}" y1="${CHART.top}" x2="${CHART.left}" y2="${CHART.top + plotHeight}"></line>
<line class="axis" x1="${CHART.left}" y1="${CHART.top + plotHeight}" x2="${CHART.left + plotWidth}" y2="${CHART.top + plotHeight}"></line>
<text x="${CHART.left - 6}" y="${y(100) + 4}" text-anchor="end">100%</text>
<text x="${CHART.left - 6}" y="${y(0) + 4}" text-anchor="end">0%</text>
<text x="${CHART.left}" y="${CHART.height - 8}">${formatCivilDate(entry.commitment.startDate, language)}</text>
<text x="${CHART.left + plotWidth}" y="${CHART.height - 8}" text-anchor="end">${formatCivilDate(entry.commitment.endDate, language)}</text>
<path class="line" d="${path}"></path>
${points.map((point) => html`<circle class="point" cx="${x(point.day)}" cy="${y(point.pct)}" r="3"></circle>`)}
</svg>`;
}

export function evidenceList(language: Language, items: readonly PublicEvidence[], timeZone: string) {
  if (items.length === 0) return html`<p>${t(language, "site.evidence.none")}</p>`;
  return html`<ul>${items.map(
    (item) =>
      html`<li>${
        item.url && /^https?:\/\//i.test(item.url)
          ? html`<a href="${item.url}" rel="nofollow noopener">${item.title}</a>`
          : html`${item.title}${item.fileRef ? html` <span class="muted">(${item.fileRef})</span>` : ""}`
      } <span class="muted">— ${t(language, `cmd.evidence_kind.${item.kind}`)}, ${dayOf(item.addedAt, language, timeZone)}</span></li>`,
  )}</ul>`;
}

/** The update timeline (Annex 4): newest first, with everything the point of contact reported. */
export function updateTimeline(
  language: Language,
  entry: PublicCommitment,
  timeZone: string,
  options: { commentsHref?: (update: PublicUpdate) => string; showComments?: boolean } = {},
) {
  if (entry.updates.length === 0) return html`<p>${t(language, "site.updates.none")}</p>`;
  const milestoneText = new Map(entry.milestones.map((milestone) => [milestone.id, milestone.description]));
  return html`<ol class="timeline" reversed>${[...entry.updates].reverse().map((item) => {
    const { update } = item;
    return html`<li id="update-${update.id}">
<p><strong>${dayOf(update.postedAt, language, timeZone)}</strong>${item.author ? ` · ${item.author}` : ""} · ${
      update.noProgress
        ? t(language, "site.updates.no_progress")
        : formatCompletion(update.completionPct, language)
    }${update.editedAt ? html` <span class="muted">(${t(language, "site.updates.edited", { date: dayOf(update.editedAt, language, timeZone) })})</span>` : ""}</p>
<p>${update.narrative}</p>
${update.delayReasons ? html`<p><strong>${t(language, "site.updates.delays")}</strong> ${update.delayReasons}</p>` : ""}
${update.nextSteps ? html`<p><strong>${t(language, "site.updates.next_steps")}</strong> ${update.nextSteps}</p>` : ""}
${
  item.challenges.length > 0
    ? html`<p><strong>${t(language, "site.updates.challenges")}</strong> ${item.challenges
        .map((challenge) =>
          challenge.detail
            ? `${t(language, `cmd.challenge.${challenge.code}`)} (${challenge.detail})`
            : t(language, `cmd.challenge.${challenge.code}`),
        )
        .join("; ")}</p>`
    : ""
}
${
  item.milestoneChanges.length > 0
    ? html`<ul>${item.milestoneChanges.map(
        (change) =>
          html`<li>${milestoneText.get(change.milestoneId) ?? ""}: ${t(language, `cmd.milestone_status.${change.fromStatus}`)} → ${t(
            language,
            `cmd.milestone_status.${change.toStatus}`,
          )}</li>`,
      )}</ul>`
    : ""
}
${item.evidence.length > 0 ? html`<p><strong>${t(language, "site.updates.evidence")}</strong></p>${evidenceList(language, item.evidence, timeZone)}` : ""}
${options.showComments ? commentList(language, item, timeZone) : ""}
${
  options.commentsHref
    ? html`<p><a href="${options.commentsHref(item)}">${t(language, options.showComments ? "site.comments.add" : "site.comments.link", { count: item.comments.length })}</a></p>`
    : ""
}
</li>`;
  })}</ol>`;
}

function commentList(language: Language, item: PublicUpdate, timeZone: string) {
  if (item.comments.length === 0) return "";
  return html`<h4>${t(language, "site.comments.title")}</h4><ul>${item.comments.map(
    (comment) =>
      html`<li><p>${comment.body}</p><p class="muted">— ${comment.authorName || t(language, "site.comments.anonymous")}, ${dayOf(
        comment.createdAt,
        language,
        timeZone,
      )}</p></li>`,
  )}</ul>`;
}
