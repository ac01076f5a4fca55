import {
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  ApplicationCommandOptionType,
} from "discord-api-types/v10";
import { runCommand } from "../../../commands/index.js";
import { COMMAND_NAMES, type CommandName } from "../../../messages/invocation.js";
import { answerResult, commandRequest, type DiscordAnswer, type InteractionContext } from "./answer.js";
import { invocationFromOptions } from "./options.js";

const isCommandName = (name: string): name is CommandName =>
  (COMMAND_NAMES as readonly string[]).includes(name);

/** The option values as typed, by name; Discord sends strings for every option we register. */
function givenOptions(
  options: APIApplicationCommandInteractionDataOption[] | undefined,
): Map<string, string> {
  const given = new Map<string, string>();
  for (const option of options ?? []) {
    if ("value" in option && option.value !== undefined) {
      const value = String(option.value).trim();
      if (value !== "") given.set(option.name, value);
    }
  }
  return given;
}

/**
 * `/ogp <subcommand> [options]`: the subcommand and its options become the same invocation the typed
 * Slack command would, and run through the command core. A subcommand the core does not know (an
 * outdated registration) is passed as typed text, so the core answers with its "did you mean".
 */
export async function answerCommand(
  context: InteractionContext,
  interaction: APIChatInputApplicationCommandInteraction,
): Promise<DiscordAnswer> {
  const [subcommand] = interaction.data.options ?? [];
  const name = subcommand?.name ?? "";
  const input =
    subcommand?.type === ApplicationCommandOptionType.Subcommand && isCommandName(name)
      ? ({
          kind: "invoke",
          invocation: invocationFromOptions(name, givenOptions(subcommand.options)),
        } as const)
      : ({ kind: "text", text: name } as const);
  return answerResult(context, await runCommand(context.commands, commandRequest(context, input)));
}
