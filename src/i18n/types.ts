import type { Language } from "../domain/vocabularies.js";

/** One module's texts: the same keys in every language, `{name}` placeholders filled by `t`. */
export type MessageTable = Record<Language, Record<string, string>>;
