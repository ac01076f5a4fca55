import { eq } from "drizzle-orm";
import type { Executor } from "../client.js";
import { circleChannels } from "../schema/index.js";

/**
 * Whether any circle discusses in a Discord channel: only then does the Node runtime hold a gateway
 * connection, the one way Discord delivers channel messages to a bot (the circles relay, §2.4).
 */
export async function hasLinkedDiscordChannel(db: Executor): Promise<boolean> {
  const [linked] = await db
    .select({ channelId: circleChannels.channelId })
    .from(circleChannels)
    .where(eq(circleChannels.platform, "discord"))
    .limit(1);
  return linked !== undefined;
}
