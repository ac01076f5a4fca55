/**
 * The Discord adapter's public surface: HTTP interactions (Discord's Interactions Endpoint URL) as a
 * thin translator between Discord and the command core, with Ed25519 verification in front.
 * `createDiscordEndpoints` builds the handler `createApp` mounts on `POST /discord/interactions`;
 * `discordSettingsFromEnv` reads its configuration (null when Discord is not configured). Posts to
 * channels and DMs go through the alerts outbox and its Discord sender, not through here.
 */
import { isChatInputApplicationCommandInteraction } from "discord-api-types/utils/v10";
import { type APIInteraction, InteractionResponseType, InteractionType } from "discord-api-types/v10";
import { type CommandDeps, callerLanguage } from "../../commands/index.js";
import { t } from "../../messages/i18n/index.js";
import { createIngress, type DeliveryLedger, jsonResponse, malformed } from "../ingress.js";
import type { InteractionContext } from "./inbound/answer.js";
import { answerAutocomplete } from "./inbound/autocomplete.js";
import { answerCommand } from "./inbound/command.js";
import { answerComponent, answerStepButton } from "./inbound/component.js";
import { type FormDraftStore, FormDrafts } from "./inbound/drafts.js";
import { callerOf, type DiscordCaller, isEphemeral, readInteraction } from "./inbound/incoming.js";
import { answerModalSubmit } from "./inbound/modal-submit.js";
import { discordSignatureVerifier } from "./inbound/verify.js";
import { DEFAULT_DEFER_AFTER_MS, InteractionResponder } from "./outbound/followup.js";
import { adapterMessage } from "./render.js";
import { discordRest } from "./rest.js";
import type { DiscordSettings } from "./settings.js";

export type { FormDraftRecord, FormDraftStore } from "./inbound/drafts.js";
export { createDiscordSender, type DiscordSenderOptions } from "./outbound/post.js";
export {
  BOT_PERMISSIONS,
  commandDefinitions,
  discordInviteUrl,
  type RegistrationTarget,
  registerCommands,
  SLASH_COMMAND,
} from "./registration.js";
export { type DiscordSettings, discordSettingsFromEnv } from "./settings.js";

export interface DiscordDependencies {
  /** The command core, with the logger and clock the adapter uses too. */
  commands: CommandDeps;
  deliveries: DeliveryLedger;
  /** Answers of multi-step forms, kept between Discord modals. */
  drafts: FormDraftStore;
}

/** What the HTTP app mounts: a plain Request → Response handler, so Hono's routing stays in `createApp`. */
export interface DiscordEndpoints {
  /** `POST /discord/interactions`: every interaction Discord sends to the app. */
  interactions(request: Request): Promise<Response>;
  /** Resolves once follow-ups of deferred or multi-message answers are sent: tests, shutdown. */
  settled(): Promise<void>;
}

/** A verified interaction with the user who sent it (every interaction but PING names one). */
interface VerifiedInteraction {
  interaction: APIInteraction;
  caller: DiscordCaller | null;
}

export function createDiscordEndpoints(
  settings: DiscordSettings,
  deps: DiscordDependencies,
): DiscordEndpoints {
  const { logger } = deps.commands;
  const now = deps.commands.now ?? (() => new Date());
  const commands: CommandDeps = { ...deps.commands, now };
  const verify = discordSignatureVerifier(settings.publicKey);
  const drafts = new FormDrafts(deps.drafts, now);
  const responder = new InteractionResponder(
    discordRest({ apiUrl: settings.apiUrl, retries: settings.retries }),
    logger,
    settings.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  );

  /** The client's locale, else the linked person's language, else English. */
  const languageOf = async (caller: DiscordCaller) =>
    caller.locale ?? (await callerLanguage(commands, { platform: "discord", ...caller })) ?? "en";

  function parse(body: Uint8Array): VerifiedInteraction | Response {
    const interaction = readInteraction(body);
    if (!interaction) return malformed("Not a Discord interaction.");
    if (interaction.type === InteractionType.Ping) return { interaction, caller: null };
    const caller = callerOf(interaction);
    if (!caller) return malformed("The interaction names no user.");
    if (
      interaction.type === InteractionType.ApplicationCommand &&
      !isChatInputApplicationCommandInteraction(interaction)
    )
      return malformed("Only slash commands are handled.", "unsupported_command");
    return { interaction, caller };
  }

  async function handle({ interaction, caller }: VerifiedInteraction): Promise<Response> {
    if (interaction.type === InteractionType.Ping || !caller)
      return jsonResponse(200, { type: InteractionResponseType.Pong });
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete)
      return jsonResponse(200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: await answerAutocomplete(commands, caller, interaction),
      });
    const language = await languageOf(caller);
    const context: InteractionContext = {
      commands,
      drafts,
      caller,
      language,
      replacesOwnMessage:
        interaction.type === InteractionType.ModalSubmit && isEphemeral(interaction.message),
    };
    const failure = adapterMessage(
      [{ kind: "text", text: t(language, "cmd.failed"), tone: "error" }],
      language,
    );
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
        if (!isChatInputApplicationCommandInteraction(interaction))
          return malformed("Only slash commands are handled.", "unsupported_command");
        return responder.respond(interaction, answerCommand(context, interaction), {
          deferral: "message",
          modalAllowed: true,
          failure,
        });
      case InteractionType.MessageComponent: {
        const options = { deferral: "update", modalAllowed: true, failure } as const;
        const step = await answerStepButton(context, interaction);
        return step
          ? responder.answerNow(interaction, step, options)
          : responder.respond(interaction, answerComponent(context, interaction), options);
      }
      case InteractionType.ModalSubmit:
        return responder.respond(interaction, answerModalSubmit(context, interaction), {
          // A modal opened from a message may edit it; one opened from a command has nothing to edit.
          deferral: interaction.message ? "update" : "message",
          modalAllowed: false,
          failure,
        });
    }
  }

  const interactions = createIngress<VerifiedInteraction>(
    {
      platform: "discord",
      verify,
      parse,
      // PING and autocomplete (sent on every keystroke) write nothing: answered every time.
      deliveryId: async ({ interaction }) =>
        interaction.type === InteractionType.Ping ||
        interaction.type === InteractionType.ApplicationCommandAutocomplete
          ? null
          : `interaction:${interaction.id}`,
      duplicate: async ({ caller }) => {
        const language = caller ? await languageOf(caller) : "en";
        return jsonResponse(200, {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: adapterMessage([{ kind: "text", text: t(language, "discord.already_handled") }], language),
        });
      },
      handle,
    },
    { deliveries: deps.deliveries, logger, now },
  );

  return { interactions, settled: () => responder.settled() };
}
