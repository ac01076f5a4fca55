import { type CompletionLevel, completionLevel, type Language } from "../domain/vocabularies.js";
import { t } from "../i18n/index.js";

const LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

/** A civil date (`YYYY-MM-DD`, already a day in the member's time zone) in the reader's language. */
export function formatCivilDate(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** An instant shown as the member's local date and time (spec: dates in the member's time zone). */
export function formatInstant(instant: Date, language: Language, timeZone: string): string {
  const options = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  } as const;
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone }).format(instant);
  } catch {
    // An unknown zone in the data should not hide the date: show it in UTC, labelled as such.
    return new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: "UTC" }).format(instant);
  }
}

/** The member's civil date of an instant, ISO. */
export function civilDateIn(instant: Date, timeZone: string): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-CA", {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone: zone,
    }).format(instant);
  try {
    return format(timeZone);
  } catch {
    return format("UTC");
  }
}

/** Spec §2b: the IRM level beside the stored percentage, e.g. "Substantial (60 %)". */
export function formatCompletion(percent: number | null | undefined, language: Language): string {
  const level: CompletionLevel = completionLevel(percent);
  const label = t(language, `cmd.completion.${level}`);
  return percent === null || percent === undefined
    ? label
    : t(language, "cmd.completion.with_pct", { label, percent });
}
