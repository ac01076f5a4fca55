import type { Language } from "../domain/vocabularies.js";
import { t } from "../messages/i18n/index.js";
import { localizedParams } from "../messages/rules-text.js";

/**
 * Why a use case cannot go ahead: an unlinked caller, a missing role, a bad argument, a rule it would
 * break. It carries a catalogue key and parameters, not text, so each surface says it in its reader's
 * language (chat, CLI); nothing is written when one is thrown.
 */
export type ServiceErrorKind = "unlinked" | "refused" | "invalid" | "not_found";

/** A parameter that is itself a catalogue text (a status, a kind), translated with the message. */
export interface LabelParam {
  label: string;
}

export type ErrorParams = Record<string, string | number | LabelParam>;

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    readonly code: string,
    readonly params: ErrorParams = {},
  ) {
    super(code);
  }
}

export const refuse = (code: string, params: ErrorParams = {}): ServiceError =>
  new ServiceError("refused", code, params);
export const invalid = (code: string, params: ErrorParams = {}): ServiceError =>
  new ServiceError("invalid", code, params);
export const notFound = (code: string, params: ErrorParams = {}): ServiceError =>
  new ServiceError("not_found", code, params);
export const unlinked = (code: string): ServiceError => new ServiceError("unlinked", code);

/** A catalogue text as a parameter: `{ status: label("cmd.plan_status.draft") }`. */
export const label = (key: string): LabelParam => ({ label: key });

/** The error in a reader's language: labels translated, ISO dates shown as dates. */
export function describeServiceError(error: ServiceError, language: Language): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => [
      name,
      typeof value === "object" ? t(language, value.label) : value,
    ]),
  );
  return t(language, error.code, localizedParams(params, language));
}
