import { writeAudited } from "../db/audit.js";
import { removeCircleMember } from "../db/repositories/circles.js";
import type { ServiceDeps } from "./acting.js";
import { type CircleActing, speaksForOneOf } from "./circle-authority.js";
import { type CircleMemberSubject, type CircleMembershipChange, circleNamed } from "./circle-join.js";
import { refuse } from "./errors.js";

/**
 * A member leaves a peer-learning circle (handbook §2.4), on the same roles' word as joining: its
 * point of contact, its civil society, or the Support Unit. The circle's channels stay linked.
 */
export async function leaveCircle(
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
      const changed = await removeCircleMember(writer, circle.id, member.id);
      return { circle, member, changed };
    },
    deps.now,
  );
}
