/**
 * The platform-neutral command core, shared by the Slack and Discord adapters. It imports nothing
 * from any adapter: requests come in as `CommandRequest`, answers go out in the message model
 * (`src/messages/model.ts`).
 */
export { type ArgumentDefinition, COMMAND_USAGES, type CommandUsage } from "./catalog.js";
export { checkFormFields, type FieldErrors } from "./forms.js";
export { buildHomeView } from "./home.js";
export type { CommandResult, CommandStatus } from "./reply.js";
export type { CommandDeps, CommandInput, CommandRequest } from "./request.js";
export { callerLanguage, runCommand } from "./run.js";
export { isSuggestible, type Suggestion, type SuggestionQuery, suggestArguments } from "./suggest.js";
