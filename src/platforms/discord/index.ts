/**
 * The Discord adapter's public surface: HTTP interactions (Discord's Interactions Endpoint URL) as a
 * thin translator between Discord and the command core, with Ed25519 verification in front.
 * `createDiscordEndpoints` builds the handler `createApp` mounts on `POST /discord/interactions`;
 * `discordSettingsFromEnv` reads its configuration (null when Discord is not configured). Posts to
 * channels and DMs go through the alerts outbox and its Discord sender, not through here.
 */
import { isChatInputApplicationCommandInteraction } from "discord-api-types/utils/v10";
import {
  type APIInteraction,
  ApplicationCommandOptionType,
  InteractionResponseType,
  InteractionType,
} from "discord-api-types/v10";
import { type CommandDeps, callerLanguage } from "../../commands/index.js";
import type { Language } from "../../domain/vocabularies.js";
import { t } from "../../messages/i18n/index.js";
import { FORM_COMMANDS, isCommandName } from "../../messages/invocation.js";
import {
  createIngress,
  type DeferredWork,
  type InboundLedger,
  JobRunner,
  jsonResponse,
  malformed,
  type SignatureVerifiers,
} from "../ingress/index.js";
import type { InteractionContext } from "./inbound/answer.js";
import { answerAutocomplete } from "./inbound/autocomplete.js";
import { answerCommand } from "./inbound/command.js";
import { answerComponent, answerStepButton } from "./inbound/component.js";
import { type FormDraftStore, FormDrafts } from "./inbound/drafts.js";
import { callerOf, type DiscordCaller, isEphemeral, readInteraction } from "./inbound/incoming.js";
import { answerModalSubmit } from "./inbound/modal-submit.js";
import { discordSignatureVerifier } from "./inbound/verify.js";
import {
  DEFAULT_DEFER_AFTER_MS,
  type Deferral,
  deferralResponse,
  InteractionResponder,
  type RespondOptions,
} from "./outbound/followup.js";
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
} from "./registration.js";
export { type DiscordSettings, discordSettingsFromEnv } from "./settings.js";

export interface DiscordDependencies {
  /** The command core, with the logger and clock the adapter uses too. */
  commands: CommandDeps;
  deliveries: InboundLedger;
  /** Answers of multi-step forms, kept between Discord modals. */
  drafts: FormDraftStore;
  /** How signatures are checked; WebCrypto by default, the runtime may bring a faster one. */
  signatures?: SignatureVerifiers | undefined;
}

/** What the HTTP app mounts: a plain Request → Response handler, so Hono's routing stays in `createApp`. */
export interface DiscordEndpoints {
  /** `POST /discord/interactions`: every interaction Discord sends to the app. */
  interactions(request: Request): Promise<Response>;
  /** Resolves once follow-ups of deferred or multi-message answers are sent: tests, shutdown. */
  settled(): Promise<void>;
  /** Takes up the acknowledged work a stopped or crashed process left, now and then every second. */
  startWork(): Promise<void>;
  /** Stops taking up left work and waits for the work under way: shutdown. */
  stopWork(): Promise<void>;
  /** Runs the acknowledged work left behind once, and waits for it (a Worker's Cron Trigger). */
  catchUp(): Promise<void>;
  /** Acknowledged work queued or running in this process (`/metrics`). */
  workDepth(): number;
}

/** An interaction token answers for 15 minutes; work older than that could not reply. */
const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;

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
  const verify = discordSignatureVerifier(settings.publicKey, deps.signatures);
  const drafts = new FormDrafts(deps.drafts, now);
  const responder = new InteractionResponder(
    discordRest({ apiUrl: settings.apiUrl, retries: settings.retries, interactionsOnly: true }),
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

  async function contextOf(interaction: APIInteraction, caller: DiscordCaller): Promise<InteractionContext> {
    return {
      commands,
      drafts,
      caller,
      language: await languageOf(caller),
      replacesOwnMessage:
        interaction.type === InteractionType.ModalSubmit && isEphemeral(interaction.message),
    };
  }

  const optionsFor = (language: Language, deferral: Deferral, modalAllowed: boolean): RespondOptions => ({
    deferral,
    modalAllowed,
    failure: adapterMessage([{ kind: "text", text: t(language, "cmd.failed"), tone: "error" }], language),
  });

  /** A modal opened from a message may edit it; one opened from a command has nothing to edit. */
  const modalSubmitDeferral = (interaction: { message?: unknown }): Deferral =>
    interaction.message ? "update" : "message";

  /**
   * Work that can follow a deferral: commands that cannot answer with a form (a modal must be the
   * first answer), and modal submissions. Buttons and selects may open a form too, and stay within
   * the request.
   */
  function defer({ interaction }: VerifiedInteraction): DeferredWork | null {
    if (interaction.type === InteractionType.ApplicationCommand) {
      const [subcommand] = "options" in interaction.data ? (interaction.data.options ?? []) : [];
      const formCommand =
        subcommand?.type === ApplicationCommandOptionType.Subcommand &&
        isCommandName(subcommand.name) &&
        FORM_COMMANDS.has(subcommand.name);
      return formCommand ? null : { payload: interaction, ack: deferralResponse("message") };
    }
    if (interaction.type === InteractionType.ModalSubmit)
      return { payload: interaction, ack: deferralResponse(modalSubmitDeferral(interaction)) };
    return null;
  }

  /** The deferred work of `defer`, run by the job runner: the answer fills the deferral. */
  async function work(payload: unknown): Promise<void> {
    const interaction = payload as APIInteraction;
    const caller = callerOf(interaction);
    if (!caller) return;
    const context = await contextOf(interaction, caller);
    if (interaction.type === InteractionType.ApplicationCommand) {
      if (!isChatInputApplicationCommandInteraction(interaction)) return;
      await responder.completeDeferred(
        interaction,
        answerCommand(context, interaction),
        optionsFor(context.language, "message", false),
      );
    } else if (interaction.type === InteractionType.ModalSubmit) {
      await responder.completeDeferred(
        interaction,
        answerModalSubmit(context, interaction),
        optionsFor(context.language, modalSubmitDeferral(interaction), false),
      );
    }
  }

  async function handle({ interaction, caller }: VerifiedInteraction): Promise<Response> {
    if (interaction.type === InteractionType.Ping || !caller)
      return jsonResponse(200, { type: InteractionResponseType.Pong });
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete)
      return jsonResponse(200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: await answerAutocomplete(commands, caller, interaction),
      });
    const context = await contextOf(interaction, caller);
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
        if (!isChatInputApplicationCommandInteraction(interaction))
          return malformed("Only slash commands are handled.", "unsupported_command");
        return responder.respond(
          interaction,
          answerCommand(context, interaction),
          optionsFor(context.language, "message", true),
        );
      case InteractionType.MessageComponent: {
        const options = optionsFor(context.language, "update", true);
        const step = await answerStepButton(context, interaction);
        return step
          ? responder.answerNow(interaction, step, options)
          : responder.respond(interaction, answerComponent(context, interaction), options);
      }
      case InteractionType.ModalSubmit:
        return responder.respond(
          interaction,
          answerModalSubmit(context, interaction),
          optionsFor(context.language, modalSubmitDeferral(interaction), false),
        );
    }
  }

  const jobs = new JobRunner("discord", deps.deliveries, work, {
    logger,
    now,
    expiresAfterMs: INTERACTION_TOKEN_LIFETIME_MS,
  });

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
      defer,
      duplicate: async ({ caller }) => {
        const language = caller ? await languageOf(caller) : "en";
        return jsonResponse(200, {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: adapterMessage([{ kind: "text", text: t(language, "discord.already_handled") }], language),
        });
      },
      handle,
    },
    { deliveries: deps.deliveries, jobs, logger, now },
  );

  return {
    interactions,
    settled: async () => {
      await jobs.settled();
      await responder.settled();
    },
    startWork: () => jobs.start(),
    stopWork: () => jobs.stop(),
    catchUp: () => jobs.catchUp(),
    workDepth: () => jobs.depth,
  };
}
