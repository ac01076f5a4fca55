import { writeAudited } from "../db/audit.js";
import type { Executor } from "../db/client.js";
import { addCircleMember, type CircleDetail, findCircleDetail } from "../db/repositories/circles.js";
import type { ServiceDeps } from "./acting.js";
import { type CircleActing, speaksForOneOf } from "./circle-authority.js";
import { notFound, refuse } from "./errors.js";

/** The member a circle command is about, as the command found it. */
export interface CircleMemberSubject {
  id: string;
  slug: string;
  name: string;
}

export interface CircleMembershipChange {
  circle: CircleDetail;
  member: CircleMemberSubject;
  /** False when there was nothing to do (already in it for a join, not in it for a leave). */
  changed: boolean;
}

/** The circle a command names, in the write transaction; refused as unknown when none has the slug. */
export async function circleNamed(tx: Executor, ref: string): Promise<CircleDetail> {
  const circle = await findCircleDetail(tx, ref);
  if (!circle) throw notFound("circle.not_found", { circle: ref });
  return circle;
}

/** The message that tells what a join or a leave did, for chat and the CLI alike. */
export function membershipChangeKey(action: "join" | "leave", changed: boolean): string {
  if (action === "join") return changed ? "cmd.circle.joined" : "cmd.circle.already_member";
  return changed ? "cmd.circle.left" : "cmd.circle.not_member";
}

/**
 * A member joins a peer-learning circle (handbook §2.4): its point of contact or its civil society
 * decides it, or the Support Unit.
 */
export async function joinCircle(
  deps: ServiceDeps,
  acting: CircleActing,
  circleRef: string,
  member: CircleMemberSubject,
): Promise<CircleMembershipChange> {
  if (!speaksForOneOf(acting, [member.id]))
    throw refuse("circle.membership_not_allowed", { member: member.name });
  return writeAudited(
    deps.db,
    acting.actor,
    async (writer) => {
      const circle = await circleNamed(writer.tx, circleRef);
      if (circle.members.some((existing) => existing.id === member.id))
        return { circle, member, changed: false };
      await addCircleMember(writer, circle.id, member.id);
      return { circle, member, changed: true };
    },
    deps.now,
  );
}
