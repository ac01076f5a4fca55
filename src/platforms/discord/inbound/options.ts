import { COMMAND_USAGES, isSuggestible } from "../../../commands/index.js";
import {
  type ArgumentKind,
  COMMAND_NAMES,
  type CommandName,
  type Invocation,
} from "../../../messages/invocation.js";

/**
 * How `/ogp <command>`'s Discord options map to the command core's arguments, derived from
 * `COMMAND_USAGES` so registration, parsing and autocomplete cannot drift from Slack's typed syntax.
 * A command with several usages (`endorse PLAN`, `endorse withdraw PLAN`) gets an `action` option
 * whose choices are the usages' fixed words.
 */

export const ACTION_OPTION = "action";

export interface OptionSpec {
  name: string;
  required: boolean;
  /** What the option refers to, for autocomplete; absent for the `action` option. */
  kind?: ArgumentKind;
  /** The fixed words of the `action` option. */
  choices?: string[];
  autocomplete: boolean;
}

export function optionsOf(command: CommandName): OptionSpec[] {
  const usages = COMMAND_USAGES.filter((usage) => usage.command === command);
  const variants = usages.flatMap((usage) => (usage.variant ? [usage.variant] : []));
  const ordered = [...usages.filter((usage) => !usage.variant), ...usages.filter((usage) => usage.variant)];
  const specs: OptionSpec[] = [];
  for (const usage of ordered) {
    if (usage.variant && !specs.some((spec) => spec.name === ACTION_OPTION))
      specs.push({
        name: ACTION_OPTION,
        // A command whose every usage starts with a fixed word cannot run without one.
        required: usages.every((other) => other.variant),
        choices: variants,
        autocomplete: false,
      });
    for (const arg of usage.args) {
      const existing = specs.find((spec) => spec.name === arg.name);
      if (existing) continue;
      specs.push({
        name: arg.name,
        kind: arg.kind,
        // Required only when every usage of the command requires it.
        required: usages.every((other) => other.args.some((a) => a.name === arg.name && a.required)),
        autocomplete: isSuggestible(arg.kind),
      });
    }
  }
  // Discord lists required options first.
  return [...specs.filter((spec) => spec.required), ...specs.filter((spec) => !spec.required)];
}

/** Every subcommand of `/ogp` with its options, in the catalog's order. */
export const SUBCOMMANDS: { command: CommandName; options: OptionSpec[] }[] = COMMAND_NAMES.map(
  (command) => ({ command, options: optionsOf(command) }),
);

/**
 * The invocation the chosen options stand for, as the same words typed in Slack would be: the
 * usage's fixed word, then its arguments in order. Options that usage does not take are passed on
 * too, so the core answers with the usage rather than silently dropping them.
 */
export function invocationFromOptions(command: CommandName, given: Map<string, string>): Invocation {
  const variant = given.get(ACTION_OPTION);
  const usage =
    COMMAND_USAGES.find((candidate) => candidate.command === command && candidate.variant === variant) ??
    COMMAND_USAGES.find((candidate) => candidate.command === command && !candidate.variant);
  const taken = usage?.args.map((arg) => arg.name) ?? [];
  const args = taken.flatMap((name) => {
    const value = given.get(name);
    return value ? [value] : [];
  });
  const extra = [...given].flatMap(([name, value]) =>
    name === ACTION_OPTION || taken.includes(name) || !value ? [] : [value],
  );
  return { command, args: [...(variant ? [variant] : []), ...args, ...extra] };
}

/** The argument kind of an option, for autocomplete. */
export const optionKind = (command: CommandName, option: string): ArgumentKind | undefined =>
  optionsOf(command).find((spec) => spec.name === option)?.kind;
