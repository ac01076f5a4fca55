import { writeAudited } from "../db/audit.js";
import { loadMemberFacts } from "../db/repositories/member-facts.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import {
  recordedStatus,
  recordRevocationConfirmed,
  recordStatusChange,
} from "../db/repositories/member-status.js";
import { evaluateMember, SPEC_RULES_CONFIG } from "../domain/rules/index.js";
import { t } from "../messages/i18n/index.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { label, notFound, refuse } from "./errors.js";
import { isSupportUnit } from "./permissions.js";

export type RevocationOutcome =
  | { kind: "confirmed"; effectiveOn: string }
  /** Revoked already (by an earlier confirmation, or a twin click): nothing written. */
  | { kind: "already"; since: string };

/**
 * The Support Unit confirms a revocation (REVOKE-1, §4.2): recorded only while the rules find it due,
 * as a decision the engine reads, with the recorded status and its history row, in one audited
 * transaction. The scheduler then drafts the revocation letter.
 */
export async function confirmRevocation(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
  reasonGiven: string,
): Promise<RevocationOutcome> {
  if (!isSupportUnit(acting.person)) throw refuse("cmd.revoke.support_unit_only");
  const [facts] = await loadMemberFacts(deps.db, [member.id]);
  if (!facts) throw notFound("cmd.member.not_found", { ref: member.slug });
  const evaluation = evaluateMember(facts, deps.now);
  if (evaluation.status === "revoked" || member.status === "revoked")
    return {
      kind: "already",
      since: member.status === "revoked" ? (member.statusSince ?? evaluation.since) : evaluation.since,
    };
  const due =
    evaluation.status === "probation" && evaluation.reasons.some((reason) => reason.ruleId === "REVOKE-1");
  if (!due)
    throw refuse("cmd.revoke.not_due", {
      member: member.name,
      status: label(`status.${evaluation.status}`),
      months: SPEC_RULES_CONFIG.status.probationMonthsToRectify,
    });
  const effectiveOn = evaluation.on;
  const reason = reasonGiven.trim() || t("en", "cmd.revoke.default_reason");
  const recorded = await writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      // A twin click may have confirmed it meanwhile: the status read inside the transaction decides.
      if ((await recordedStatus(writer.tx, member.id)) === "revoked") return false;
      await recordRevocationConfirmed(writer, {
        memberId: member.id,
        effectiveOn,
        reason,
        decidedBy: acting.person.id,
      });
      await recordStatusChange(writer, {
        memberId: member.id,
        status: "revoked",
        effectiveOn,
        ruleId: "REVOKE-1",
        reason: t("en", "rules.reason.revoked", { effectiveOn, reason }),
        decidedBy: acting.person.id,
      });
      return true;
    },
    deps.now,
  );
  return recorded ? { kind: "confirmed", effectiveOn } : { kind: "already", since: effectiveOn };
}
