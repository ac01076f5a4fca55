import type { Database } from "../db/client.js";
import type { PersonWithRoles } from "../db/repositories/people.js";
import type { Language } from "../domain/vocabularies.js";
import type { Logger } from "../logging/logger.js";
import { type MessageParams, t } from "../messages/i18n/index.js";
import type { Acting } from "../services/acting.js";
import { unlinked } from "../services/errors.js";
import type { CommandRequest } from "./request.js";

/** Everything a command handler needs: the request, the caller, the clock and the caller's language. */
export interface CommandContext {
  db: Database;
  logger: Logger;
  now: Date;
  request: CommandRequest;
  /** The linked person, or null for an unlinked chat user. */
  caller: PersonWithRoles | null;
  language: Language;
  text(key: string, params?: MessageParams): string;
  /** LINK_CODE_SECRET, for `link`. */
  linkCodeSecret?: string | undefined;
}

/** A context whose caller is linked: every command but `help` and `link` needs one. */
export interface LinkedContext extends CommandContext {
  caller: PersonWithRoles;
}

export function requireLinked(context: CommandContext): LinkedContext {
  if (!context.caller) throw unlinked("cmd.unlinked");
  return context as LinkedContext;
}

/** Who acts, for the use cases: the person, labelled for the audit log by the chat identity that acted. */
export function actingOf(context: LinkedContext): Acting {
  const { platform, workspaceId, userId } = context.request;
  return {
    person: context.caller,
    source: platform,
    label: `${context.caller.email} via ${platform}:${workspaceId ? `${workspaceId}:` : ""}${userId}`,
  };
}

export function buildContext(
  deps: { db: Database; logger: Logger; linkCodeSecret?: string | undefined },
  request: CommandRequest,
  caller: PersonWithRoles | null,
  now: Date,
): CommandContext {
  const language = request.locale ?? caller?.language ?? "en";
  return {
    db: deps.db,
    logger: deps.logger,
    now,
    request,
    caller,
    language,
    text: (key, params) => t(language, key, params),
    linkCodeSecret: deps.linkCodeSecret,
  };
}
