import { type CompletionLevel, completionLevel, type Language } from "../domain/vocabularies.js";
import { t } from "./i18n/index.js";

const LOCALES: Record<Language, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

/**
 * Building an `Intl.DateTimeFormat` costs far more than using one (it loads locale data), and every
 * reply and reminder formats dates: formatters are made once per language and time zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let cached = formatters.get(key);
  if (!cached) {
    cached = make();
    formatters.set(key, cached);
  }
  return cached;
}

const INSTANT_OPTIONS = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;

/** Whether the runtime knows a time zone; an unknown one in the data falls back to UTC. */
function knownZone(timeZone: string): string {
  try {
    formatter(`zone:${timeZone}`, () => new Intl.DateTimeFormat("en", { timeZone }));
    return timeZone;
  } catch {
    return "UTC";
  }
}

/** A civil date (`YYYY-MM-DD`, already a day in the member's time zone) in the reader's language. */
export function formatCivilDate(iso: string, language: Language): string {
  const date = new Date(`${iso}T00:00:00Z`);
  // Not a calendar date (2026-02-30 would roll over to 2 March): shown as typed.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return iso;
  return formatter(
    `civil:${language}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { dateStyle: "medium", timeZone: "UTC" }),
  ).format(date);
}

/**
 * An instant shown as the member's local date and time (spec: dates in the member's time zone). An
 * unknown zone in the data should not hide the date: it is shown in UTC, labelled as such.
 */
export function formatInstant(instant: Date, language: Language, timeZone: string): string {
  const zone = knownZone(timeZone);
  return formatter(
    `instant:${language}:${zone}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { ...INSTANT_OPTIONS, timeZone: zone }),
  ).format(instant);
}

/** The member's civil date of an instant, ISO. */
export function civilDateIn(instant: Date, timeZone: string): string {
  const zone = knownZone(timeZone);
  return formatter(
    `iso:${zone}`,
    () =>
      new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: zone }),
  ).format(instant);
}

/** Spec §2b: the IRM level beside the stored percentage, e.g. "Substantial (60 %)". */
export function formatCompletion(percent: number | null | undefined, language: Language): string {
  const level: CompletionLevel = completionLevel(percent);
  const label = t(language, `cmd.completion.${level}`);
  return percent === null || percent === undefined
    ? label
    : t(language, "cmd.completion.with_pct", { label, percent });
}

const regionNames = new Map<Language, Intl.DisplayNames>();

/** A country's name in the reader's language (ISO 3166-1 alpha-2 code in, the code itself if unknown). */
export function countryName(code: string, language: Language): string {
  let names = regionNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([LOCALES[language]], { type: "region", fallback: "code" });
    regionNames.set(language, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A month (`YYYY-MM`) in the reader's language, e.g. "March 2026". */
export function formatMonth(isoMonth: string, language: Language): string {
  const date = new Date(`${isoMonth}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoMonth;
  return formatter(
    `month:${language}`,
    () => new Intl.DateTimeFormat(LOCALES[language], { year: "numeric", month: "long", timeZone: "UTC" }),
  ).format(date);
}
