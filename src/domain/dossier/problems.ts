import type { z } from "zod";

/** One thing wrong with a dossier, located by a JSON path such as `$.members[0].plans[0].number`. */
export interface DossierProblem {
  path: string;
  message: string;
  /** The handbook rule the problem breaks (spec §4), when it is one. */
  ruleId?: string;
}

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function jsonPath(path: readonly PropertyKey[]): string {
  let text = "$";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) text += `.${segment}`;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text;
}

/**
 * Zod's issues as problems: an unknown field is reported at its own path, one problem per field, and
 * a missing field as "required" whatever its type (parse with `reportInput` so issues carry the input:
 * JSON has no undefined, so an undefined input is a missing field).
 */
export function problemsFromZodIssues(issues: readonly z.core.$ZodIssue[]): DossierProblem[] {
  return issues.flatMap((issue): DossierProblem[] => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: "unknown field" }));
    const missing = issue.code !== "custom" && "input" in issue && issue.input === undefined;
    return [{ path: jsonPath(issue.path), message: missing ? "required" : issue.message }];
  });
}

/** Collects problems while a check walks the document. */
export class ProblemList {
  readonly problems: DossierProblem[] = [];

  add(path: Path, message: string, ruleId?: string): void {
    this.problems.push(
      ruleId === undefined ? { path: jsonPath(path), message } : { path: jsonPath(path), message, ruleId },
    );
  }
}
