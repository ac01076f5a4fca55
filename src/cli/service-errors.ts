import type { Language } from "../domain/vocabularies.js";
import { describeServiceError, ServiceError } from "../services/errors.js";
import { type CliIo, EXIT_FAILED, UsageError } from "./command.js";

/**
 * Runs a verb's use case: a refusal or bad value the use case reports (a `ServiceError`, which
 * writes nothing) is printed in the reader's language on stderr, with exit code 1.
 */
export async function reportingRefusals(
  io: CliIo,
  language: Language,
  work: () => Promise<number>,
): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    io.err(describeServiceError(error, language));
    return EXIT_FAILED;
  }
}

/** A text option the verb cannot run without. */
export function requiredText(
  name: string,
  value: string | boolean | undefined,
  placeholder = "TEXT",
): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new UsageError(`--${name} ${placeholder} is required.`);
  return value;
}

/** A text option that may be left out. */
export const optionalText = (value: string | boolean | undefined): string | undefined =>
  typeof value === "string" ? value : undefined;
