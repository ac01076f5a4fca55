import {
  type APIApplicationCommandAutocompleteInteraction,
  type APICommandAutocompleteInteractionResponseCallbackData,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import { type CommandDeps, suggestArguments } from "../../../commands/index.js";
import { COMMAND_NAMES, type CommandName } from "../../../messages/invocation.js";
import type { DiscordCaller } from "./incoming.js";
import { optionKind } from "./options.js";

/** Discord shows at most 25 choices, with names and values of at most 100 characters. */
const CHOICES_MAX = 25;
const CHOICE_TEXT_MAX = 100;

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
      .filter((suggestion) => suggestion.value.length <= CHOICE_TEXT_MAX)
      .slice(0, CHOICES_MAX)
      .map((suggestion) => ({
        name:
          suggestion.label.length <= CHOICE_TEXT_MAX
            ? suggestion.label
            : `${suggestion.label.slice(0, CHOICE_TEXT_MAX - 1)}…`,
        value: suggestion.value,
      })),
  };
}
