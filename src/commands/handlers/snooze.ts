import { formatInstant } from "../../messages/format.js";
import { t } from "../../messages/i18n/index.js";
import { invalid, refuse } from "../../services/errors.js";
import { snoozeReminder } from "../../services/snooze-reminder.js";
import { actingOf, type CommandContext, requireLinked } from "../context.js";
import { notice } from "../messages.js";
import type { CommandResult } from "../reply.js";

/** `snooze ALERT` (the button of a deadline reminder): the reminder comes back once, three days later. */
export async function snooze(base: CommandContext, args: string[]): Promise<CommandResult> {
  const context = requireLinked(base);
  const [ref] = args;
  if (!ref || args.length > 1) throw invalid("cmd.snooze.usage");
  const { platform, userId } = context.request;
  const snoozed = await snoozeReminder(context, actingOf(context), { platform, userId }, ref, (language) =>
    t(language, "cmd.snooze.note", { name: context.caller.name }),
  );
  const when = formatInstant(snoozed.until, context.language, snoozed.timeZone);
  if (!snoozed.created) throw refuse("cmd.snooze.already", { when });
  return notice("ok", context.text("cmd.snooze.done", { when }), "success");
}
