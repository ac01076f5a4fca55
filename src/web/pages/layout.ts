import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { LANGUAGES, type Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** Where the page is, so the language switcher can point at the same page in another language. */
export interface PageLocation {
  path: string;
  /** The query string without `lang`, as `URLSearchParams` entries. */
  query?: URLSearchParams | undefined;
}

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", fr: "Français", es: "Español" };

function languageLink(location: PageLocation, language: Language): string {
  const query = new URLSearchParams(location.query);
  query.set("lang", language);
  return `${location.path}?${query.toString()}`;
}

/**
 * The accessible page shell shared by every public page: skip link, site header with the language
 * switcher, one `main`, a footer that explains the handbook references and links the open data.
 * Styles come from `/assets/site.css` so the Content-Security-Policy can forbid inline code.
 */
export function layout(language: Language, title: string, body: Html, location?: PageLocation): Html {
  const switcher = location
    ? html`<nav class="languages" aria-label="${t(language, "site.nav.languages")}"><ul>${LANGUAGES.map(
        (other) =>
          html`<li><a href="${languageLink(location, other)}" lang="${other}" hreflang="${other}"${
            other === language ? html` aria-current="true"` : ""
          }>${LANGUAGE_NAMES[other]}</a></li>`,
      )}</ul></nav>`
    : "";
  return html`<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t(language, "site.name")}</title>
<link rel="stylesheet" href="/assets/site.css">
<link rel="alternate" type="application/atom+xml" href="/updates.atom" title="${t(language, "site.feed.all")}">
</head>
<body>
<a class="skip" href="#content">${t(language, "site.skip")}</a>
<header class="site">
<p class="brand"><a href="/?lang=${language}">${t(language, "site.name")}</a></p>
${switcher}
</header>
<main id="content">
<h1>${title}</h1>
${body}
</main>
<footer class="site">
<p>${t(language, "site.footer.handbook")}</p>
<p><a href="/circles?lang=${language}">${t(language, "site.nav.circles")}</a> · <a href="/api/v1/openapi.json">${t(language, "site.footer.open_data")}</a> · <a href="/api/v1/commitments.csv">${t(language, "site.footer.csv")}</a> · <a href="/updates.atom">${t(language, "site.feed.all")}</a></p>
</footer>
</body>
</html>`;
}
