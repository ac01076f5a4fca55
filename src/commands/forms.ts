import { z } from "zod";
import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import type { FormDefinition, FormField, FormValues } from "../messages/model.js";

/**
 * Form values as typed, read and checked against the form's own field definitions. Adapters may call
 * `checkFormFields` on one step at a time (a Discord modal holds one step); the command re-checks the
 * whole form, then applies its own rules.
 */

export type FieldErrors = Record<string, string>;

export function readText(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? value.join(" ") : (value ?? "")).trim();
}

export function readChoices(values: FormValues, name: string): string[] {
  const value = values[name];
  if (Array.isArray(value)) return value.filter((entry) => entry !== "");
  return value ? [value] : [];
}

const webUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** An http(s) link with a real host name, or null: no `javascript:` or `file:` links reach a chat. */
export function parseWebUrl(text: string): string | null {
  const candidate = text.trim();
  if (candidate.length > 1000 || /\s/.test(candidate)) return null;
  return webUrl.safeParse(candidate).success ? candidate : null;
}

/** Links separated by lines, spaces or commas; `invalid` lists the entries that are not links. */
export function parseUrlList(text: string): { urls: string[]; invalid: string[] } {
  const entries = text.split(/[\s,]+/).filter((entry) => entry !== "");
  const urls: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const url = parseWebUrl(entry);
    if (url) {
      if (!urls.includes(url)) urls.push(url);
    } else invalid.push(entry);
  }
  return { urls, invalid };
}

const isIsoDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

function checkField(field: FormField, values: FormValues, language: Language): string | null {
  const text = readText(values, field.name);
  const choices = readChoices(values, field.name);
  const empty = field.kind === "multi_select" ? choices.length === 0 : text === "";
  if (empty) return field.required ? t(language, "cmd.form.required") : null;
  switch (field.kind) {
    case "text":
      return text.length > field.maxLength
        ? t(language, "cmd.form.too_long", { max: field.maxLength })
        : null;
    case "number": {
      const number = Number(text);
      return Number.isInteger(number) && number >= field.min && number <= field.max
        ? null
        : t(language, "cmd.form.number_range", { min: field.min, max: field.max });
    }
    case "date":
      return isIsoDate(text) ? null : t(language, "cmd.form.date");
    case "select":
      return field.options.some((option) => option.value === text) ? null : t(language, "cmd.form.choice");
    case "multi_select":
      return choices.every((choice) => field.options.some((option) => option.value === choice))
        ? null
        : t(language, "cmd.form.choice");
  }
}

/** Generic checks of the given steps (all by default): required, length, range, date, known options. */
export function checkFormFields(
  form: FormDefinition,
  values: FormValues,
  language: Language,
  steps: number[] = form.steps.map((_, index) => index),
): FieldErrors {
  const errors: FieldErrors = {};
  for (const index of steps) {
    for (const field of form.steps[index]?.fields ?? []) {
      const error = checkField(field, values, language);
      if (error) errors[field.name] = error;
    }
  }
  return errors;
}
