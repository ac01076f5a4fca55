import { writeAudited } from "../db/audit.js";
import type { MemberRow } from "../db/repositories/member-lookup.js";
import {
  findLetterSent,
  findLetterTransition,
  recordLetterSent as insertLetterSent,
  type LetterSent,
  type StatusHistoryRow,
} from "../db/repositories/member-status.js";
import { civilDateIn } from "../messages/format.js";
import { type Acting, auditActor, type ServiceDeps } from "./acting.js";
import { notFound, refuse } from "./errors.js";
import { isSupportUnit } from "./permissions.js";

export interface LetterRecord {
  transition: StatusHistoryRow;
  /** The day recorded as sent, in the member's calendar. */
  sentOn: string;
  /** The first record, when the letter had been recorded already (nothing new was written). */
  earlier: LetterSent | null;
}

/**
 * The Support Unit records that the letter announcing a transition to inactive, probation or revoked
 * went out (§4.1, §4.2). `on` names the transition by the day it began; without it, the latest.
 * Recording twice keeps the first record.
 */
export async function recordLetterSent(
  deps: ServiceDeps,
  acting: Acting,
  member: MemberRow,
  on: string | undefined,
): Promise<LetterRecord> {
  if (!isSupportUnit(acting.person)) throw refuse("cmd.letter.support_unit_only");
  const transition = await findLetterTransition(deps.db, member.id, on);
  if (!transition)
    throw notFound(on ? "cmd.letter.none_on" : "cmd.letter.none", {
      member: member.name,
      ...(on ? { on } : {}),
    });
  const sentOn = civilDateIn(deps.now, member.timeZone);
  const earlier = await writeAudited(
    deps.db,
    auditActor(acting),
    async (writer) => {
      // Read inside the transaction, so a double click records the letter once.
      const recorded = await findLetterSent(writer.tx, transition.id);
      if (!recorded) insertLetterSent(writer, transition, sentOn);
      return recorded;
    },
    deps.now,
  );
  return { transition, sentOn, earlier };
}
