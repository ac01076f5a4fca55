import { writeAudited } from "../db/audit.js";
import {
  type CircleChannel,
  type CircleDetail,
  findCircleOfChannel,
  linkCircleChannel,
} from "../db/repositories/circles.js";
import type { ServiceDeps } from "./acting.js";
import { type CircleActing, speaksForOneOf } from "./circle-authority.js";
import { circleNamed } from "./circle-join.js";
import { refuse } from "./errors.js";

export interface CircleChannelChange {
  circle: CircleDetail;
  /** False when there was nothing to do (already linked, or not linked for an unlink). */
  changed: boolean;
}

/**
 * Who may link or unlink a circle's channel (handbook §2.4; the privacy rule): the Support
 * Unit, or a point of contact or civil society of one of the circle's members. The command runs in
 * the channel, so only someone present there, in a workspace or server where the bot is installed,
 * can attach it.
 */
export function refuseUnlessChannelKeeper(acting: CircleActing, circle: CircleDetail): void {
  if (
    !speaksForOneOf(
      acting,
      circle.members.map((member) => member.id),
    )
  )
    throw refuse("circle.channel_not_allowed", { circle: circle.name });
}

/**
 * Links a channel to a circle: what is said there is relayed to the circle's other channels, and the
 * circle's weekly digest is posted there. A channel belongs to one circle at most.
 */
export async function linkChannelToCircle(
  deps: ServiceDeps,
  acting: CircleActing,
  circleRef: string,
  channel: CircleChannel,
): Promise<CircleChannelChange> {
  return writeAudited(
    deps.db,
    acting.actor,
    async (writer) => {
      const circle = await circleNamed(writer.tx, circleRef);
      refuseUnlessChannelKeeper(acting, circle);
      const current = await findCircleOfChannel(writer.tx, channel);
      if (current?.id === circle.id) return { circle, changed: false };
      if (current) throw refuse("circle.channel_taken", { circle: current.name });
      await linkCircleChannel(writer, circle.id, channel);
      return { circle, changed: true };
    },
    deps.now,
  );
}
