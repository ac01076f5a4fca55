import { writeAudited } from "../db/audit.js";
import { type CircleChannel, unlinkCircleChannel } from "../db/repositories/circles.js";
import type { ServiceDeps } from "./acting.js";
import type { CircleActing } from "./circle-authority.js";
import { circleNamed } from "./circle-join.js";
import { type CircleChannelChange, refuseUnlessChannelKeeper } from "./circle-link.js";

/**
 * Unlinks a channel from a circle, on the same roles' word as linking it. The relay reads the links
 * for every message, so nothing more is relayed to or from the channel from this moment.
 */
export async function unlinkChannelFromCircle(
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
      return { circle, changed: await unlinkCircleChannel(writer, circle.id, channel) };
    },
    deps.now,
  );
}
