import {
  type APIApplicationCommandAutocompleteInteraction,
  type APICommandAutocompleteInteractionResponseCallbackData,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import { type CommandDeps, suggestArguments } from "../../../commands/index.js";
import { COMMAND_NAMES, type CommandName } from "../../../messages/invocation.js";
import { truncate } from "../../../messages/limits.js";
import { DISCORD_LIMITS } from "../limits.js";
import type { DiscordCaller } from "./incoming.js";
import { optionKind } from "./options.js";

/**
 * Suggestions for the option being typed, from the command core: only what this person may act on
 * with this command (a PoC sees their own members' commitments). The command still authorizes when
 * it runs; this only keeps the choices honest. Nothing is written.
 */
export async function answerAutocomplete(
  deps: CommandDeps,
  caller: DiscordCaller,
  interaction: APIApplicationCommandAutocompleteInteraction,
): Promise<APICommandAutocompleteInteractionResponseCallbackData> {
  const [subcommand] = interaction.data.options ?? [];
  const command = subcommand?.name ?? "";
  if (
    subcommand?.type !== ApplicationCommandOptionType.Subcommand ||
    !(COMMAND_NAMES as readonly string[]).includes(command)
  )
    return { choices: [] };
  const focused = subcommand.options?.find((option) => "focused" in option && option.focused);
  const kind = focused ? optionKind(command as CommandName, focused.name) : undefined;
  if (!focused || !kind) return { choices: [] };
  const suggestions = await suggestArguments(
    deps,
    {
      platform: "discord",
      workspaceId: caller.workspaceId,
      userId: caller.userId,
      ...(caller.locale ? { locale: caller.locale } : {}),
    },
    {
      command: command as CommandName,
      argument: kind,
      typed: "value" in focused ? String(focused.value) : "",
    },
  );
  return {
    choices: suggestions
      // A value cut short would name something else: such a suggestion is left out instead.
      .filter((suggestion) => suggestion.value.length <= DISCORD_LIMITS.autocompleteText)
      .slice(0, DISCORD_LIMITS.autocompleteChoices)
      .map((suggestion) => ({
        name: truncate(suggestion.label, DISCORD_LIMITS.autocompleteText),
        value: suggestion.value,
      })),
  };
}
