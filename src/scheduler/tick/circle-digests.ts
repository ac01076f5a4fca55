import { listCircles, loadCircleActivity } from "../../db/repositories/circles.js";
import { routedKey } from "../../outbox/index.js";
import {
  CIRCLE_DIGEST_KIND,
  CIRCLE_DIGEST_LANGUAGE,
  previousIsoWeek,
  renderCircleDigest,
  utcDayOf,
} from "../circle-digest.js";
import { channelRoute } from "../routing.js";
import { type Addressed, type TickRun, writeDigestAlerts } from "./run.js";

/**
 * Handbook §2.4: each circle's digest of the week just ended, once per ISO week (the key), to every
 * channel linked to the circle. A quiet week (nothing to tell) posts nothing: less noise.
 */
export async function writeCircleDigests(run: TickRun): Promise<void> {
  const { db } = run;
  const { week, from, to } = previousIsoWeek(utcDayOf(run.at));
  const addressed: Addressed[] = [];
  for (const circle of await listCircles(db)) {
    if (circle.channels.length === 0 || circle.members.length === 0) continue;
    const activity = await loadCircleActivity(
      db,
      circle.members.map((member) => member.id),
      circle.themePolicyArea,
      { from, to },
    );
    if (activity.updates.length === 0 && activity.statusChanges.length === 0) continue;
    const key = `${CIRCLE_DIGEST_KIND}:circle:${circle.id}:${week}`;
    for (const channel of circle.channels) {
      const route = channelRoute(channel, "member_channel", CIRCLE_DIGEST_LANGUAGE);
      addressed.push({
        dedupeKey: routedKey(key, route),
        route,
        kind: CIRCLE_DIGEST_KIND,
        alertKey: key,
        subject: { kind: "circle", id: circle.id },
        deadlineKey: null,
        step: null,
        render: () => renderCircleDigest(circle, week, activity, route.language),
      });
    }
  }
  await writeDigestAlerts(run, addressed);
}
