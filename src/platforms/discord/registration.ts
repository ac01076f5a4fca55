import { SlashCommandBuilder, type SlashCommandSubcommandBuilder } from "@discordjs/builders";
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type LocalizationMap,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from "discord-api-types/v10";
import { COMMAND_USAGES } from "../../commands/index.js";
import { hasMessage, t } from "../../messages/i18n/index.js";
import {
  type CommandName,
  DISCORD_SUPPORT_UNIT_COMMAND,
  SLASH_COMMAND,
  slashCommandFor,
} from "../../messages/invocation.js";
import { truncate } from "../../messages/limits.js";
import { type OptionSpec, SUBCOMMANDS } from "./inbound/options.js";
import { DISCORD_LIMITS } from "./limits.js";
import { discordRest } from "./rest.js";

const cut = (text: string): string => truncate(text, DISCORD_LIMITS.commandDescription);

/** A catalog text in English, with its French and Spanish versions for Discord's client locales. */
function described(key: string): { description: string; localizations: LocalizationMap } {
  const spanish = cut(t("es", key));
  return {
    description: cut(t("en", key)),
    localizations: { fr: cut(t("fr", key)), "es-ES": spanish, "es-419": spanish },
  };
}

/**
 * An option's description: its text in the catalog, or, for an argument added to the command catalog
 * without one, the usage lines that name it, which still say what to type.
 */
function describedOption(command: CommandName, spec: OptionSpec) {
  const key = `discord.option.${spec.name}`;
  if (hasMessage(key)) return described(key);
  const usages = COMMAND_USAGES.filter(
    (usage) => usage.command === command && usage.args.some((arg) => arg.name === spec.name),
  ).map((usage) => usage.usage);
  return { description: cut(usages.join(" · ") || spec.name), localizations: {} };
}

function addOption(subcommand: SlashCommandSubcommandBuilder, command: CommandName, spec: OptionSpec): void {
  const { description, localizations } = describedOption(command, spec);
  subcommand.addStringOption((option) => {
    option
      .setName(spec.name)
      .setDescription(description)
      .setDescriptionLocalizations(localizations)
      .setRequired(spec.required);
    if (spec.choices) option.addChoices(...spec.choices.map((word) => ({ name: word, value: word })));
    if (spec.autocomplete) option.setAutocomplete(true);
    return option;
  });
}

/** The slash commands registered, each with its description key: `/ogp`, and the Support Unit's. */
const SLASH_COMMANDS = [
  { name: SLASH_COMMAND, descriptionKey: "discord.command.description" },
  { name: DISCORD_SUPPORT_UNIT_COMMAND, descriptionKey: "discord.command.support_unit_description" },
] as const;

/**
 * `/ogp` and `/ogp-support-unit` with their subcommands, built from the command catalog
 * (`COMMAND_USAGES`) so Discord offers exactly what Slack accepts typed under `/ogp`. Discord's
 * 25-subcommand limit is why there are two. Usable in servers and in the bot's DMs.
 */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return SLASH_COMMANDS.map(({ name: slashName, descriptionKey }) => {
    const top = described(descriptionKey);
    const command = new SlashCommandBuilder()
      .setName(slashName)
      .setDescription(top.description)
      .setDescriptionLocalizations(top.localizations)
      .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
    for (const { command: name, options } of SUBCOMMANDS) {
      if (slashCommandFor("discord", name) !== slashName) continue;
      const usage = COMMAND_USAGES.find((candidate) => candidate.command === name && !candidate.variant);
      const { description, localizations } = described(usage?.summaryKey ?? descriptionKey);
      command.addSubcommand((subcommand) => {
        subcommand.setName(name).setDescription(description).setDescriptionLocalizations(localizations);
        for (const spec of options) addOption(subcommand, name, spec);
        return subcommand;
      });
    }
    return command.toJSON();
  });
}

export interface RegistrationTarget {
  apiUrl: string;
  applicationId: string;
  botToken: string;
  /** A server for instant updates while developing; without it the commands are global. */
  guildId?: string | undefined;
}

/**
 * Bulk-overwrites the application's commands (PUT): commands no longer defined disappear, so the
 * registered set always equals `commandDefinitions()`. Guild commands update at once; global ones
 * are what production servers see.
 */
export async function registerCommands(target: RegistrationTarget): Promise<{ names: string[] }> {
  const rest = discordRest({ apiUrl: target.apiUrl, token: target.botToken });
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.put(route, { body: commandDefinitions() })) as { name?: string }[];
  return { names: registered.flatMap((command) => (command.name ? [command.name] : [])) };
}

/**
 * What the bot needs in the channels that subscribe to alerts: see them, post (also in threads) and
 * show embeds. In channels linked to a circle, the relay also posts as each author through a channel
 * webhook it creates (Manage Webhooks), reads messages it did not see arrive (edits of older ones,
 * a thread's root: Read Message History) and starts a thread on a copy when someone replies in a
 * thread elsewhere (Create Public Threads). Answering interactions needs no permission.
 */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.ManageWebhooks |
  PermissionFlagsBits.CreatePublicThreads;

/** The OAuth2 URL that adds the bot and its slash command to a server. */
export function discordInviteUrl(applicationId: string): string {
  const url = new URL("https://discord.com/oauth2/authorize");
  url.searchParams.set("client_id", applicationId);
  url.searchParams.set("scope", "bot applications.commands");
  url.searchParams.set("permissions", BOT_PERMISSIONS.toString());
  return url.toString();
}
