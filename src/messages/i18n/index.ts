import type { MessageParams } from "../../domain/message-params.js";
import type { Language } from "../../domain/vocabularies.js";
import { en } from "./en/index.js";
import { es } from "./es/index.js";
import { fr } from "./fr/index.js";
import { vocabularyLabels } from "./vocabulary.js";

export type { MessageParams } from "../../domain/message-params.js";

/**
 * The message catalogue: one folder per language, one module per surface (common, rules, commands,
 * slack, discord, scheduler), and the labels of coded values side by side in `vocabulary.ts`.
 */
const catalog: Record<Language, ReadonlyMap<string, string>> = {
  en: new Map(Object.entries({ ...vocabularyLabels("en"), ...en })),
  fr: new Map(Object.entries({ ...vocabularyLabels("fr"), ...fr })),
  es: new Map(Object.entries({ ...vocabularyLabels("es"), ...es })),
};

/** Looks a text up in the person's language, falling back to English, then to the key itself. */
export function t(language: Language, key: string, params: MessageParams = {}): string {
  const template = catalog[language].get(key) ?? catalog.en.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasMessage(key: string): boolean {
  return catalog.en.has(key);
}

const placeholders = (text: string): string =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(",");

/**
 * Translations whose placeholders differ from the English text's: a dropped `{date}` would lose a
 * fact, an unknown one would be shown raw. The type-checker already ensures the same keys.
 */
export function placeholderMismatches(): { language: Language; key: string }[] {
  const mismatches: { language: Language; key: string }[] = [];
  for (const [key, english] of catalog.en) {
    for (const language of ["fr", "es"] as const) {
      const text = catalog[language].get(key);
      if (text === undefined || placeholders(text) !== placeholders(english))
        mismatches.push({ language, key });
    }
  }
  return mismatches;
}
