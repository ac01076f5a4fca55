import { LANGUAGES, type Language } from "../domain/vocabularies.js";

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** `?lang=` wins, then the first supported language of Accept-Language, then English. */
export function pickLanguage(queryLang: string | undefined, acceptLanguage: string | undefined): Language {
  if (queryLang && isLanguage(queryLang)) return queryLang;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.base && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.base).find(isLanguage) ?? "en";
}
