import type { App, BlockSuggestion } from "@slack/bolt";
import {
  type ArgumentKind,
  type CommandName,
  encodeInvocation,
  isCommandName,
  type ReplySelectSearch,
  suggestArguments,
} from "../../commands/index.js";
import type { SlackListenerDeps } from "./listener-deps.js";

/**
 * Slack's external selects, for selects with more choices than the command core lists: the action id
 * names what to search (`ogp.suggest.<command>.<argument>`), Slack asks for the options as the person
 * types (`block_suggestion`), and each option carries the same invocation the listed option would, so
 * choosing one runs through the block-action listener exactly like a static select.
 */
export const SUGGEST_ACTION_PREFIX = "ogp.suggest.";

/** Slack's limits for an options answer (Block Kit reference, external_select). */
const SUGGEST_LIMITS = { options: 100, optionText: 75, optionValue: 150 } as const;

/** Every argument kind, so an action id read back from Slack can be checked at run time. */
const ARGUMENT_KINDS: Record<ArgumentKind, true> = {
  member: true,
  plan: true,
  commitment: true,
  milestone: true,
  modification: true,
  progress_update: true,
  evidence_subject: true,
  evidence_kind: true,
  subscription_kind: true,
  subscription_subject: true,
  link_code: true,
  url: true,
  text: true,
};
const isArgumentKind = (value: string): value is ArgumentKind => Object.hasOwn(ARGUMENT_KINDS, value);

export const suggestActionId = (search: ReplySelectSearch): string =>
  `${SUGGEST_ACTION_PREFIX}${search.command}.${search.argument}`;

/** The search an external select's action id names, or null for anything else. */
export function readSuggestActionId(actionId: string): ReplySelectSearch | null {
  if (!actionId.startsWith(SUGGEST_ACTION_PREFIX)) return null;
  const [command = "", argument = "", ...rest] = actionId.slice(SUGGEST_ACTION_PREFIX.length).split(".");
  if (rest.length > 0 || !isCommandName(command) || !isArgumentKind(argument)) return null;
  return { command: command as CommandName, argument };
}

export const SUGGEST_ACTIONS = new RegExp(
  `^${SUGGEST_ACTION_PREFIX.replaceAll(".", "\\.")}[a-z_]+\\.[a-z_]+$`,
);

const cut = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The invocation a suggestion value runs, or null when it cannot travel in an option value. */
function optionValue(search: ReplySelectSearch, value: string): string | null {
  try {
    const encoded = encodeInvocation({ command: search.command, args: [value] });
    return encoded.length <= SUGGEST_LIMITS.optionValue ? encoded : null;
  } catch {
    return null;
  }
}

/**
 * Options for an external select, from the command core's suggestions for the person who asks: only
 * what their linked person may act on with that command; an unlinked user gets none. Nothing is
 * written, and the command still authorizes when the chosen option runs.
 */
export function registerExternalSelects(app: App, deps: SlackListenerDeps): void {
  app.options<"block_suggestion">(
    { action_id: SUGGEST_ACTIONS, type: "block_suggestion" },
    async ({ ack, body }) => {
      const suggestion = body as BlockSuggestion;
      const search = readSuggestActionId(suggestion.action_id);
      if (!search) {
        await ack({ options: [] });
        return;
      }
      const suggestions = await suggestArguments(
        deps.commands,
        {
          platform: "slack",
          workspaceId: suggestion.team?.id ?? suggestion.user.team_id ?? "",
          userId: suggestion.user.id,
        },
        { command: search.command, argument: search.argument, typed: suggestion.value ?? "" },
      );
      const options = suggestions.flatMap((entry) => {
        const value = optionValue(search, entry.value);
        return value
          ? [
              {
                text: { type: "plain_text" as const, text: cut(entry.label, SUGGEST_LIMITS.optionText) },
                value,
              },
            ]
          : [];
      });
      await ack({ options: options.slice(0, SUGGEST_LIMITS.options) });
    },
  );
}
