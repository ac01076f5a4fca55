import type { Database } from "../db/client.js";
import { eachMemberFacts, type FactsQuery, factDocumentPages } from "../db/repositories/member-facts.js";
import {
  evaluateMember,
  type MemberEvaluation,
  type MemberFacts,
  type RulesConfig,
  SPEC_RULES_CONFIG,
} from "../domain/rules/index.js";
import type { Moment } from "../domain/time/zone.js";

/** A member's evaluation, or why its recorded facts could not be evaluated (an unknown zone, a corrupt date). */
export type EvaluatedMember =
  | { member: MemberFacts["member"]; evaluation: MemberEvaluation; error?: undefined }
  | { member: MemberFacts["member"]; evaluation?: undefined; error: string };

/**
 * Evaluates the rules for members at a moment, a batch at a time: the imperative shell around the
 * pure engine. It only reads; persisting transitions and alerts is the scheduler tick's job. One
 * member's bad data is reported for that member and never stops the others' evaluation.
 */
export async function* evaluateMembers(
  db: Database,
  at: Moment,
  query: FactsQuery = {},
  config: RulesConfig = SPEC_RULES_CONFIG,
): AsyncGenerator<EvaluatedMember[]> {
  for await (const documents of factDocumentPages(db, query))
    yield evaluateFacts(eachMemberFacts(documents), at, config);
}

/**
 * Evaluates each member's facts at a moment; a member whose facts cannot be evaluated gets its error.
 * Facts taken one at a time from `eachMemberFacts` are garbage as soon as they are evaluated.
 */
export function evaluateFacts(
  batch: Iterable<MemberFacts>,
  at: Moment,
  config: RulesConfig = SPEC_RULES_CONFIG,
): EvaluatedMember[] {
  const evaluated: EvaluatedMember[] = [];
  for (const facts of batch) {
    try {
      evaluated.push({ member: facts.member, evaluation: evaluateMember(facts, at, config) });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      evaluated.push({ member: facts.member, error: error.message });
    }
  }
  return evaluated;
}
