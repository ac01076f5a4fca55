import { desc, eq } from "drizzle-orm";
import type { Database } from "../../client.js";
import { memberStatusHistory, members } from "../../schema/index.js";

/** A recorded status change (spec §2 Status history) with the member it concerns. */
export interface OpenStatusChange {
  id: string;
  memberSlug: string;
  memberName: string;
  memberTimeZone: string;
  status: string;
  effectiveOn: string;
  ruleId: string | null;
  reason: string;
  recordedAt: Date;
}

/** The latest status changes, newest effective day first: of one member, or of all. */
export async function listRecentStatusChanges(
  db: Database,
  options: { memberId?: string | undefined; limit: number },
): Promise<OpenStatusChange[]> {
  return db
    .select({
      id: memberStatusHistory.id,
      memberSlug: members.slug,
      memberName: members.name,
      memberTimeZone: members.timeZone,
      status: memberStatusHistory.status,
      effectiveOn: memberStatusHistory.effectiveOn,
      ruleId: memberStatusHistory.ruleId,
      reason: memberStatusHistory.reason,
      recordedAt: memberStatusHistory.recordedAt,
    })
    .from(memberStatusHistory)
    .innerJoin(members, eq(members.id, memberStatusHistory.memberId))
    .where(options.memberId ? eq(memberStatusHistory.memberId, options.memberId) : undefined)
    .orderBy(desc(memberStatusHistory.effectiveOn), desc(memberStatusHistory.recordedAt))
    .limit(options.limit);
}
