import { html } from "hono/html";
import { type CircleDetail, type CircleRow, circleThemeLabel } from "../../db/repositories/circles.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { type Html, layout } from "./layout.js";
import { memberHref } from "./parts.js";

/**
 * Peer-learning circles on the public site (handbook §2.4): each circle's theme, members and how
 * many chat channels it discusses in. What is said in those channels is never shown here: the relay
 * copies it between the circle's channels only.
 */

export const circlesHref = (language: Language) => `/circles?lang=${language}`;

/** GET /circles */
export function circlesPage(language: Language, circles: readonly CircleDetail[]): Html {
  const list = circles.map(
    (circle) => html`<section aria-labelledby="circle-${circle.slug}">
<h2 id="circle-${circle.slug}">${circle.name}</h2>
<dl class="facts">
<dt>${t(language, "site.circles.theme")}</dt><dd>${circleThemeLabel(circle, language)}</dd>
<dt>${t(language, "site.circles.channels")}</dt><dd>${circle.channels.length}</dd>
</dl>
<h3>${t(language, "site.circles.members")}</h3>
${
  circle.members.length > 0
    ? html`<ul>${circle.members.map(
        (member) =>
          html`<li><a href="${memberHref(member.slug, language)}">${member.name}</a> (${member.country})</li>`,
      )}</ul>`
    : html`<p>${t(language, "site.circles.no_members")}</p>`
}
</section>`,
  );
  const body = html`<p>${t(language, "site.circles.intro")}</p>
${circles.length > 0 ? list : html`<p>${t(language, "site.circles.none")}</p>`}`;
  return layout(language, t(language, "site.circles.title"), body, { path: "/circles" });
}

/** The member page's section: the circles the member is in, linking to `/circles`. */
export function memberCirclesSection(language: Language, circles: readonly CircleRow[]): Html {
  return html`<section aria-labelledby="circles">
<h2 id="circles">${t(language, "site.member.circles")}</h2>
${
  circles.length > 0
    ? html`<ul>${circles.map(
        (circle) =>
          html`<li><a href="${circlesHref(language)}#circle-${circle.slug}">${circle.name}</a> · ${circleThemeLabel(circle, language)}</li>`,
      )}</ul>`
    : html`<p>${t(language, "site.member.circles_none")}</p>`
}
</section>`;
}
