import { listCircles, loadCircleActivity } from "../../db/repositories/circles.js";
import { type ChannelRef, listCircleSubscribers } from "../../db/repositories/subscriptions.js";
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
 * channel linked to the circle and every channel subscribed to it (`/ogp subscribe circle`: the
 * digest without the relay). A quiet week (nothing to tell) posts nothing: less noise.
 */
export async function writeCircleDigests(run: TickRun): Promise<void> {
  const { db } = run;
  const { week, from, to } = previousIsoWeek(utcDayOf(run.at));
  const addressed: Addressed[] = [];
  const subscribers = await listCircleSubscribers(db);
  for (const circle of await listCircles(db)) {
    const channels = uniqueChannels([...circle.channels, ...(subscribers.get(circle.id) ?? [])]);
    if (channels.length === 0 || circle.members.length === 0) continue;
    const activity = await loadCircleActivity(
      db,
      circle.members.map((member) => member.id),
      circle.themePolicyArea,
      { from, to },
    );
    if (activity.updates.length === 0 && activity.statusChanges.length === 0) continue;
    const key = `${CIRCLE_DIGEST_KIND}:circle:${circle.id}:${week}`;
    for (const channel of channels) {
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

/** A channel both linked and subscribed gets one digest. */
function uniqueChannels(channels: ChannelRef[]): ChannelRef[] {
  const seen = new Set<string>();
  return channels.filter((channel) => {
    const key = `${channel.platform}:${channel.workspaceId}:${channel.channelId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
