import { LANGUAGES, type Language } from "../domain/vocabularies.js";
import { UsageError } from "./command.js";

/** A calendar-valid `YYYY-MM-DD` option value. */
export function dateOption(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD.`);
  }
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${name} ${value} is not a calendar date.`);
  }
  return value;
}

export function languageOption(value: string | boolean | undefined): Language {
  if (value === undefined) return "en";
  if (typeof value === "string" && (LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new UsageError(`--lang must be one of ${LANGUAGES.join(", ")}.`);
}

/** Today's date in UTC, for commands whose --at defaults to today. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);
