import { type DossierProblem, problemsFromZodIssues } from "./problems.js";
import { checkDossierReferences } from "./references.js";
import { checkDossierRules, type DescribeViolation } from "./rules.js";
import { type Dossier, dossierSchema, type Lenient, readDossierLeniently } from "./schema.js";

export interface DossierReading {
  /** The document, parsed, when it has no problem at all. */
  dossier: Dossier | undefined;
  /**
   * As much of the document as is structurally valid, for checks beyond structure (the database's
   * existing keys); undefined when the top level itself is malformed.
   */
  readable: Lenient<Dossier> | undefined;
  /**
   * Structural problems first (zod's order: an object's unknown fields after its known ones), then
   * references; the handbook rules (spec §4) only once there are neither.
   */
  problems: DossierProblem[];
}

/** Validates a dossier document without a database: every problem, not just the first. */
export function readDossier(document: unknown, describeViolation: DescribeViolation): DossierReading {
  const parsed = dossierSchema.safeParse(document, { reportInput: true });
  const readable = parsed.success ? parsed.data : readDossierLeniently(document);
  const problems = [
    ...(parsed.success ? [] : problemsFromZodIssues(parsed.error.issues)),
    ...(readable ? checkDossierReferences(readable) : []),
  ];
  // The handbook rules read the document as facts, which needs every entry valid and every reference resolved.
  if (parsed.success && problems.length === 0)
    problems.push(...checkDossierRules(parsed.data, describeViolation));
  return { dossier: parsed.success && problems.length === 0 ? parsed.data : undefined, readable, problems };
}
