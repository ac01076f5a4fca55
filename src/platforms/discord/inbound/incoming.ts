import { type APIInteraction, ChannelType, MessageFlags } from "discord-api-types/v10";
import type { ChannelKind } from "../../../commands/request.js";
import type { Language } from "../../../domain/vocabularies.js";
import { interactionSchema } from "./schema.js";

/** Who acts, where, and in which client language: what every command request needs from an interaction. */
export interface DiscordCaller {
  /** The guild; empty in the bot's DMs (Discord users are global, so identities do not depend on it). */
  workspaceId: string;
  userId: string;
  channelId?: string | undefined;
  channelKind?: ChannelKind | undefined;
  /** The client's locale when it is one of ours; otherwise the person's language decides. */
  locale?: Language | undefined;
}

/**
 * The verified body as an interaction, or null when it is not one of the interactions the adapter
 * handles with every field it reads of the right shape (`schema.ts`).
 */
export function readInteraction(rawBody: Uint8Array): APIInteraction | null {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(rawBody));
  } catch {
    return null;
  }
  const checked = interactionSchema.safeParse(body);
  return checked.success ? (checked.data as unknown as APIInteraction) : null;
}

/**
 * Discord's client locales (`en-US`, `en-GB`, `fr`, `es-ES`, `es-419`…) in our languages; any other
 * locale gives undefined, so the person's own language is used.
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split("-")[0];
  return base === "en" || base === "fr" || base === "es" ? base : undefined;
}

/** Discord's channel types as our kinds of place: DMs, group DMs and threads are not channels. */
function discordChannelKind(interaction: APIInteraction): ChannelKind {
  if (!interaction.guild_id) return "direct_message";
  switch (interaction.channel?.type) {
    case ChannelType.DM:
      return "direct_message";
    case ChannelType.GroupDM:
      return "group_message";
    case ChannelType.PublicThread:
    case ChannelType.PrivateThread:
    case ChannelType.AnnouncementThread:
      return "thread";
    default:
      return "channel";
  }
}

export function callerOf(interaction: APIInteraction): DiscordCaller | null {
  // In a guild the user is inside `member`; in DMs it is `user`.
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  if (!userId) return null;
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  return {
    workspaceId: interaction.guild_id ?? "",
    userId,
    ...(channelId ? { channelId, channelKind: discordChannelKind(interaction) } : {}),
    locale: "locale" in interaction ? languageOfLocale(interaction.locale) : undefined,
  };
}

/** A message only its addressee sees (flag 64): the adapter may replace it with the outcome. */
export const isEphemeral = (message: { flags?: number | undefined } | undefined): boolean =>
  message !== undefined && ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
