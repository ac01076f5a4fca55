import { type APIInteraction, InteractionType, MessageFlags } from "discord-api-types/v10";
import type { Language } from "../../../domain/vocabularies.js";

/** Who acts, where, and in which client language: what every command request needs from an interaction. */
export interface DiscordCaller {
  /** The guild; empty in the bot's DMs (Discord users are global, so identities do not depend on it). */
  workspaceId: string;
  userId: string;
  channelId?: string | undefined;
  /** The client's locale when it is one of ours; otherwise the person's language decides. */
  locale?: Language | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const KNOWN_TYPES = new Set<unknown>(Object.values(InteractionType));

/**
 * The verified body as an interaction, or null when it is not one. Only the envelope is checked:
 * Discord signed it, so its shape is Discord's; handlers read the parts they need defensively.
 */
export function readInteraction(rawBody: Uint8Array): APIInteraction | null {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(rawBody));
  } catch {
    return null;
  }
  if (!isRecord(body) || !KNOWN_TYPES.has(body.type) || typeof body.id !== "string") return null;
  if (body.type !== InteractionType.Ping && (typeof body.token !== "string" || !isRecord(body.data)))
    return null;
  return body as unknown as APIInteraction;
}

/**
 * Discord's client locales (`en-US`, `en-GB`, `fr`, `es-ES`, `es-419`…) in our languages; any other
 * locale gives undefined, so the person's own language is used.
 */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const base = locale?.toLowerCase().split("-")[0];
  return base === "en" || base === "fr" || base === "es" ? base : undefined;
}

export function callerOf(interaction: APIInteraction): DiscordCaller | null {
  // In a guild the user is inside `member`; in DMs it is `user`.
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  if (!userId) return null;
  const channelId = interaction.channel?.id ?? interaction.channel_id;
  return {
    workspaceId: interaction.guild_id ?? "",
    userId,
    ...(channelId ? { channelId } : {}),
    locale: "locale" in interaction ? languageOfLocale(interaction.locale) : undefined,
  };
}

/** A message only its addressee sees (flag 64): the adapter may replace it with the outcome. */
export const isEphemeral = (message: { flags?: number | undefined } | undefined): boolean =>
  message !== undefined && ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
