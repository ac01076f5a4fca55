import { LANGUAGES, type Language } from "../domain/vocabularies.js";
import { commandMessages } from "./messages/commands.js";
import { commonMessages } from "./messages/common.js";
import { discordMessages } from "./messages/discord.js";
import { rulesMessages } from "./messages/rules.js";
import { schedulerMessages } from "./messages/scheduler.js";
import { slackMessages } from "./messages/slack.js";
import type { MessageTable } from "./types.js";

export type { MessageTable } from "./types.js";

/** Every module's table; a module adds its texts here and `test/i18n.test.ts` checks all languages match. */
const tables: MessageTable[] = [
  commonMessages,
  rulesMessages,
  commandMessages,
  slackMessages,
  discordMessages,
  schedulerMessages,
];

const catalog: Record<Language, Map<string, string>> = {
  en: new Map(),
  fr: new Map(),
  es: new Map(),
};
for (const table of tables) {
  for (const language of LANGUAGES) {
    for (const [key, text] of Object.entries(table[language])) catalog[language].set(key, text);
  }
}

export type MessageParams = Record<string, string | number>;

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

/** Keys present in one language but missing from another: the catalog test asserts this is empty. */
export function catalogGaps(): { language: Language; key: string }[] {
  const gaps: { language: Language; key: string }[] = [];
  const all = new Set(LANGUAGES.flatMap((language) => [...catalog[language].keys()]));
  for (const key of all) {
    for (const language of LANGUAGES) if (!catalog[language].has(key)) gaps.push({ language, key });
  }
  return gaps;
}
