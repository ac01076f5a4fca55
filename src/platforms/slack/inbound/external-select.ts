import type { App, BlockSuggestion } from "@slack/bolt";
import { suggestArguments } from "../../../commands/index.js";
import { encodeInvocation, isArgumentKind, isCommandName } from "../../../messages/invocation.js";
import { truncate } from "../../../messages/limits.js";
import type { ReplySelectSearch } from "../../../messages/model.js";
import { SLACK_LIMITS, SUGGEST_ACTION_PREFIX } from "../render.js";
import type { SlackListenerDeps } from "./listener-deps.js";

/** The search an external select's action id names (`ogp.suggest.<command>.<argument>`), or null for anything else. */
export function readSuggestActionId(actionId: string): ReplySelectSearch | null {
  if (!actionId.startsWith(SUGGEST_ACTION_PREFIX)) return null;
  const [command = "", argument = "", ...rest] = actionId.slice(SUGGEST_ACTION_PREFIX.length).split(".");
  if (rest.length > 0 || !isCommandName(command) || !isArgumentKind(argument)) return null;
  return { command, argument };
}

export const SUGGEST_ACTIONS = new RegExp(
  `^${SUGGEST_ACTION_PREFIX.replaceAll(".", "\\.")}[a-z_]+\\.[a-z_]+$`,
);

/** The invocation a suggestion value runs, or null when it cannot travel in an option value. */
function optionValue(search: ReplySelectSearch, value: string): string | null {
  try {
    const encoded = encodeInvocation({ command: search.command, args: [value] });
    return encoded.length <= SLACK_LIMITS.optionValue ? encoded : null;
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
                text: { type: "plain_text" as const, text: truncate(entry.label, SLACK_LIMITS.optionText) },
                value,
              },
            ]
          : [];
      });
      await ack({ options: options.slice(0, SLACK_LIMITS.suggestOptions) });
    },
  );
}
