import { html } from "hono/html";
import type { AgencyContact } from "../../db/schema/index.js";
import { type Language, OGP_VALUE_LABELS, SECTOR_LABELS } from "../../domain/vocabularies.js";
import { formatCivilDate, formatCompletion } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import type { CommitmentView } from "../data/index.js";
import { evidenceList, milestoneList, progressChart, updateTimeline } from "./commitment-parts.js";
import { layout } from "./layout.js";
import { dayOf, memberHref, policyAreaLabel, statusBadge } from "./parts.js";

/** What a visitor typed in the comment form, and what was wrong with it, to show the form again. */
export interface CommentFormState {
  updateId: string;
  name: string;
  text: string;
  error: string;
}

const label = (table: Record<string, Record<Language, string>>, code: string, language: Language) =>
  table[code]?.[language] ?? code;

function contact(language: Language, agency: AgencyContact | null) {
  if (!agency) return t(language, "site.not_recorded");
  const person = [agency.contactName, agency.contactTitle].filter(Boolean).join(", ");
  return html`${agency.office}${agency.branch ? ` — ${agency.branch}` : ""}${person ? html`<br>${person}` : ""}${
    agency.email ? html`<br><a href="mailto:${agency.email}">${agency.email}</a>` : ""
  }`;
}

/** Annex 4: anyone may comment on a progress update; comments wait for moderation. */
function commentForm(
  language: Language,
  code: string,
  updateId: string,
  aboutDate: string,
  state?: CommentFormState,
) {
  const mine = state?.updateId === updateId ? state : undefined;
  const errorId = `comment-error-${updateId}`;
  return html`<form class="comment" method="post" action="/commitments/${encodeURIComponent(code)}/comments?lang=${language}">
<p>${t(language, "site.comments.about", { date: aboutDate })}</p>
${mine ? html`<p class="notice error" id="${errorId}" role="alert">${mine.error}</p>` : ""}
<input type="hidden" name="update" value="${updateId}">
<label>${t(language, "site.comments.name")}<input name="name" maxlength="120" autocomplete="name" value="${mine?.name ?? ""}"></label>
<label>${t(language, "site.comments.text")}<textarea name="text" maxlength="2000" required${
    mine ? html` aria-invalid="true" aria-describedby="${errorId}"` : ""
  }>${mine?.text ?? ""}</textarea></label>
<label class="honeypot" aria-hidden="true">${t(language, "site.comments.website")}<input name="website" tabindex="-1" autocomplete="off"></label>
<p class="muted">${t(language, "site.comments.moderation")}</p>
<button type="submit">${t(language, "site.comments.submit")}</button>
</form>`;
}

/** GET /commitments/:code — one commitment in full (Annex 2) with its updates, evidence and comments. */
export function commitmentPage(
  language: Language,
  { view, entry, sectors, ogpValues }: CommitmentView,
  options: { commentState?: CommentFormState; commentOn?: string; notice?: string } = {},
) {
  const { member } = view.record;
  const { commitment } = entry;
  const zone = member.timeZone;
  const latest = entry.updates.findLast(({ update }) => update.completionPct !== null)?.update;
  const field = (key: string, value: unknown) =>
    value === null || value === undefined || value === ""
      ? ""
      : html`<dt>${t(language, `site.annex2.${key}`)}</dt><dd>${value}</dd>`;
  const budget =
    commitment.budgetAmount !== null
      ? `${new Intl.NumberFormat(language).format(commitment.budgetAmount)} ${commitment.budgetCurrency ?? ""}`
      : null;
  const body = html`<p><a href="${memberHref(member.slug, language)}">${member.name}</a> · ${statusBadge(language, member.status)}</p>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
<dl class="facts">
${field("code", commitment.code)}
${field("short_title", commitment.shortTitle)}
${field("status", t(language, `cmd.commitment_status.${commitment.status}`))}
${field("period", t(language, "site.period", { from: formatCivilDate(commitment.startDate, language), to: formatCivilDate(commitment.endDate, language) }))}
${field("completion", formatCompletion(latest?.completionPct, language))}
${commitment.completedOn ? field("completed_on", formatCivilDate(commitment.completedOn, language)) : ""}
${field("lead_agency", contact(language, commitment.leadAgency))}
${commitment.nonGovernmentImplementer ? field("non_government_implementer", contact(language, commitment.nonGovernmentImplementer)) : ""}
${commitment.otherStakeholders.length > 0 ? field("other_stakeholders", commitment.otherStakeholders.join(", ")) : ""}
${field("problem", commitment.problem)}
${field("status_quo", commitment.statusQuo)}
${field("action", commitment.action)}
${field("expected_results", commitment.expectedResults)}
${field("long_term_objective", commitment.longTermObjective)}
${field("budget", budget)}
${field("staff", commitment.staffCount)}
${field("resources_other", commitment.resourcesOther)}
${field("resources_secured", t(language, `site.resources_secured.${commitment.resourcesSecured}`))}
${field("policy_areas", entry.policyAreas.map((code) => policyAreaLabel(code, language)).join(", "))}
${field("sectors", sectors.map((code) => label(SECTOR_LABELS, code, language)).join(", "))}
${field("ogp_values", ogpValues.map((code) => label(OGP_VALUE_LABELS, code, language)).join(", "))}
${field("national_alignment", commitment.nationalAlignment)}
${field("gender_analysis", commitment.additionalInformation?.genderAnalysis)}
${field("sdgs", commitment.additionalInformation?.sdgs?.join(", "))}
</dl>
<h2>${t(language, "site.milestones.title")}</h2>
${milestoneList(language, entry, view.evaluation?.dueItems ?? [])}
${progressChart(language, entry, zone)}
<h2>${t(language, "site.updates.title")}</h2>
${updateTimeline(language, entry, zone, {
  showComments: true,
  commentsHref: (item) =>
    `/commitments/${encodeURIComponent(commitment.code)}?lang=${language}&comment=${item.update.id}#comment`,
})}
${commentSection(language, entry, zone, options.commentState?.updateId ?? options.commentOn, options.commentState)}
<h2>${t(language, "site.evidence.folder", { code: commitment.code })}</h2>
${evidenceList(language, entry.evidence, zone)}`;
  return layout(language, `${commitment.code} — ${commitment.title}`, body, {
    path: `/commitments/${encodeURIComponent(commitment.code)}`,
  });
}

/** The comment form, about the update the visitor chose (the newest by default). */
function commentSection(
  language: Language,
  entry: CommitmentView["entry"],
  timeZone: string,
  chosen: string | undefined,
  state?: CommentFormState,
) {
  const target =
    entry.updates.find((item) => item.update.id === chosen) ?? entry.updates[entry.updates.length - 1];
  if (!target) return "";
  return html`<section id="comment" aria-labelledby="comment-title"><h2 id="comment-title">${t(
    language,
    "site.comments.form_title",
  )}</h2>${commentForm(
    language,
    entry.commitment.code,
    target.update.id,
    dayOf(target.update.postedAt, language, timeZone),
    state,
  )}</section>`;
}
