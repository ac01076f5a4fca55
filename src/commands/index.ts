/**
 * The platform-neutral command core, shared by the Slack and Discord adapters. It imports nothing
 * from any adapter: requests come in as `CommandRequest`, answers go out as the neutral reply model.
 */
export { type ArgumentDefinition, type ArgumentKind, COMMAND_USAGES, type CommandUsage } from "./catalog.js";
export { checkFormFields, type FieldErrors } from "./forms.js";
export { buildHomeView } from "./home.js";
export {
  COMMAND_NAMES,
  type CommandName,
  decodeInvocation,
  encodeInvocation,
  type Invocation,
  isCommandName,
  MAX_INVOCATION_LENGTH,
} from "./invocation.js";
export type * from "./reply.js";
export { LIMITS, truncate } from "./reply.js";
export type { CommandDeps, CommandInput, CommandRequest } from "./request.js";
export { runCommand } from "./run.js";
export { type Suggestion, type SuggestionQuery, suggestArguments } from "./suggest.js";
