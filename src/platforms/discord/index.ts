/**
 * The Discord adapter's public surface: HTTP interactions (Discord's Interactions Endpoint URL) as a
 * thin translator between Discord and the command core, with Ed25519 verification in front.
 * `createDiscordEndpoints` builds the handler `createApp` mounts on `POST /discord/interactions`;
 * `discordSettingsFromEnv` reads its configuration (null when Discord is not configured). Posts to
 * channels and DMs go through the alerts outbox and its Discord sender, not through here.
 */
import { isChatInputApplicationCommandInteraction } from "discord-api-types/utils/v10";
import { InteractionResponseType, InteractionType } from "discord-api-types/v10";
import type { CommandDeps } from "../../commands/index.js";
import type { Database } from "../../db/client.js";
import { claimInboundDelivery } from "../../db/repositories/inbound-deliveries.js";
import { findPersonByChatIdentity } from "../../db/repositories/people.js";
import type { Logger } from "../../logging/logger.js";
import { t } from "../../messages/i18n/index.js";
import type { InteractionContext } from "./inbound/answer.js";
import { answerAutocomplete } from "./inbound/autocomplete.js";
import { answerCommand } from "./inbound/command.js";
import { answerComponent, answerStepButton } from "./inbound/component.js";
import { FormDrafts } from "./inbound/drafts.js";
import { callerOf, isEphemeral, readInteraction } from "./inbound/incoming.js";
import { answerModalSubmit } from "./inbound/modal-submit.js";
import { discordPublicKey, verifyDiscordSignature } from "./inbound/verify.js";
import { DEFAULT_DEFER_AFTER_MS, InteractionResponder } from "./outbound/followup.js";
import { adapterMessage } from "./render.js";
import { discordRest } from "./rest.js";
import type { DiscordSettings } from "./settings.js";

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
  db: Database;
  logger: Logger;
  now?: () => Date;
}

/** What the HTTP app mounts: a plain Request → Response handler, so Hono's routing stays in `createApp`. */
export interface DiscordEndpoints {
  /** `POST /discord/interactions`: every interaction Discord sends to the app. */
  interactions(request: Request): Promise<Response>;
  /** Resolves once follow-ups of deferred or multi-message answers are sent: tests, shutdown. */
  settled(): Promise<void>;
}

const json = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

export function createDiscordEndpoints(
  settings: DiscordSettings,
  deps: DiscordDependencies,
): DiscordEndpoints {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const commands: CommandDeps = { db, logger, now };
  const publicKey = discordPublicKey(settings.publicKey);
  const drafts = new FormDrafts(db, now);
  const responder = new InteractionResponder(
    discordRest({ apiUrl: settings.apiUrl, retries: settings.retries }),
    logger,
    settings.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  );

  async function interactions(request: Request): Promise<Response> {
    // The signature covers the exact bytes Discord sent: read them once, verify, only then parse.
    const rawBody = new Uint8Array(await request.arrayBuffer());
    const check = await verifyDiscordSignature({
      publicKey: await publicKey(),
      rawBody,
      timestampHeader: request.headers.get("x-signature-timestamp") ?? undefined,
      signatureHeader: request.headers.get("x-signature-ed25519") ?? undefined,
      now: now(),
    });
    if (!check.ok) {
      logger.warn("discord request refused", { reason: check.reason });
      return json(401, {
        error: check.reason,
        message: "The request is not signed by Discord for this app.",
      });
    }
    const interaction = readInteraction(rawBody);
    if (!interaction) return json(400, { error: "malformed_payload", message: "Not a Discord interaction." });
    if (interaction.type === InteractionType.Ping) return json(200, { type: InteractionResponseType.Pong });
    const caller = callerOf(interaction);
    if (!caller) return json(400, { error: "malformed_payload", message: "The interaction names no user." });

    if (
      interaction.type === InteractionType.ApplicationCommand &&
      !isChatInputApplicationCommandInteraction(interaction)
    )
      return json(400, { error: "unsupported_command", message: "Only slash commands are handled." });
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete)
      // Read-only and sent on every keystroke: not claimed, so typing writes nothing.
      return json(200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: await answerAutocomplete(commands, caller, interaction),
      });

    const language =
      caller.locale ??
      (await findPersonByChatIdentity(db, { platform: "discord", ...caller }))?.language ??
      "en";
    if (!(await claimInboundDelivery(db, "discord", `interaction:${interaction.id}`, now()))) {
      logger.info("discord interaction already handled", { type: interaction.type });
      return json(200, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: adapterMessage([{ kind: "text", text: t(language, "discord.already_handled") }], language),
      });
    }
    const fromOwnStep = interaction.type === InteractionType.ModalSubmit && isEphemeral(interaction.message);
    const context: InteractionContext = {
      commands,
      drafts,
      caller,
      language,
      replacesOwnMessage: fromOwnStep,
    };
    const failure = adapterMessage(
      [{ kind: "text", text: t(language, "cmd.failed"), tone: "error" }],
      language,
    );
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
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

  return { interactions, settled: () => responder.settled() };
}
