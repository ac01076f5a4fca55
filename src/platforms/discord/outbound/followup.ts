import { DiscordAPIError, type REST } from "@discordjs/rest";
import { InteractionResponseType, MessageFlags, Routes } from "discord-api-types/v10";
import type { Logger } from "../../../logging/logger.js";
import type { DiscordAnswer, PlacedReply } from "../inbound/answer.js";
import type { DiscordMessage } from "../render.js";

/** Discord gives 3 s for the first answer; past this, the interaction is deferred and completed later. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

/**
 * How a late answer is announced. `message` (type 5): a "thinking…" placeholder that the answer then
 * fills — for commands and modals not opened from a message. It is ephemeral because the core
 * answers commands to the caller only, and a placeholder keeps the visibility it was created with.
 * `update` (type 6): nothing visible; the clicked message is edited later or new messages follow —
 * for buttons, selects and modals opened from a message.
 */
export type Deferral = "message" | "update";

export interface RespondOptions {
  deferral: Deferral;
  /** False for modal submissions: Discord cannot answer a modal with another one. */
  modalAllowed: boolean;
  /** What the person sees if preparing the answer failed unexpectedly. */
  failure: DiscordMessage;
}

/** The interaction's own webhook: answers need no bot token, only this (valid 15 minutes). */
interface InteractionWebhook {
  application_id: string;
  token: string;
}

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

/** The acknowledgement announcing an answer that comes later (type 5 or 6). */
export const deferralResponse = (deferral: Deferral): Response =>
  json(
    deferral === "update"
      ? { type: InteractionResponseType.DeferredMessageUpdate }
      : {
          type: InteractionResponseType.DeferredChannelMessageWithSource,
          data: { flags: MessageFlags.Ephemeral },
        },
  );

/** A message edited in place keeps its visibility: Discord refuses flags there. */
function withoutFlags(message: DiscordMessage): Omit<DiscordMessage, "flags"> {
  const { flags: _flags, ...rest } = message;
  return rest;
}

/**
 * Answers interactions within Discord's 3 seconds: directly when the answer is ready in time (a
 * message, an updated message or a modal), otherwise with a deferral, completing afterwards through
 * the interaction webhook (`PATCH …/messages/@original`, `POST` follow-ups) with `@discordjs/rest`,
 * which waits out 429s for their `retry_after` and does not retry other 4xx.
 */
export class InteractionResponder {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly rest: REST,
    private readonly logger: Logger,
    private readonly deferAfterMs: number,
  ) {}

  async respond(
    interaction: InteractionWebhook,
    work: Promise<DiscordAnswer>,
    options: RespondOptions,
  ): Promise<Response> {
    const guarded = this.guard(work, options);
    const ready = await this.readyInTime(guarded);
    if (ready) return this.answerNow(interaction, ready, options);
    this.track(guarded.then((answer) => this.complete(interaction, answer, options)));
    return deferralResponse(options.deferral);
  }

  /**
   * Completes an interaction acknowledged with a deferral (`options.deferral`) before its work ran:
   * the work's answer, or the failure message, fills the placeholder or follows.
   */
  async completeDeferred(
    interaction: InteractionWebhook,
    work: Promise<DiscordAnswer>,
    options: RespondOptions,
  ): Promise<void> {
    await this.complete(interaction, await this.guard(work, options), options);
  }

  private guard(work: Promise<DiscordAnswer>, options: RespondOptions): Promise<DiscordAnswer> {
    return work.catch((error: unknown): DiscordAnswer => {
      this.logger.error("discord interaction failed", {
        error: error instanceof Error ? error.message : String(error),
      });
      return { kind: "replies", replies: [{ placement: "new", message: options.failure }] };
    });
  }

  /** Resolves once the follow-ups started by earlier answers are sent: tests, shutdown. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async readyInTime(answer: Promise<DiscordAnswer>): Promise<DiscordAnswer | null> {
    if (this.deferAfterMs <= 0) return null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.deferAfterMs);
    });
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** An answer that is ready (no database involved): sent as the interaction's response. */
  answerNow(interaction: InteractionWebhook, answer: DiscordAnswer, options: RespondOptions): Response {
    if (answer.kind === "modal" && options.modalAllowed)
      return json({ type: InteractionResponseType.Modal, data: answer.modal });
    const [first, ...rest] = repliesOf(answer);
    if (rest.length > 0)
      this.track(
        (async () => {
          for (const reply of rest) await this.send(interaction, "post", reply.message);
        })(),
      );
    return first.placement === "update"
      ? json({ type: InteractionResponseType.UpdateMessage, data: withoutFlags(first.message) })
      : json({ type: InteractionResponseType.ChannelMessageWithSource, data: first.message });
  }

  /**
   * After a deferral: the placeholder (type 5) or the clicked message (update placement) is edited,
   * everything else follows as new messages with their own visibility.
   */
  private async complete(
    interaction: InteractionWebhook,
    answer: DiscordAnswer,
    options: RespondOptions,
  ): Promise<void> {
    let placeholderFilled = options.deferral === "update";
    for (const reply of repliesOf(answer)) {
      if (reply.placement === "update" || !placeholderFilled) {
        placeholderFilled = true;
        await this.send(interaction, "patch", withoutFlags(reply.message));
      } else {
        await this.send(interaction, "post", reply.message);
      }
    }
  }

  private async send(
    interaction: InteractionWebhook,
    method: "patch" | "post",
    body: Omit<DiscordMessage, "flags"> | DiscordMessage,
  ): Promise<void> {
    const route =
      method === "patch"
        ? Routes.webhookMessage(interaction.application_id, interaction.token, "@original")
        : Routes.webhook(interaction.application_id, interaction.token);
    try {
      await this.rest[method](route, { body, auth: false });
    } catch (error) {
      this.logger.warn("discord follow-up failed", {
        method,
        ...(error instanceof DiscordAPIError
          ? { status: error.status, code: error.code, error: error.message }
          : { error: error instanceof Error ? error.message : String(error) }),
      });
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
  }
}

/** A modal that cannot be opened any more becomes the message with a button that opens it. */
const repliesOf = (answer: DiscordAnswer): [PlacedReply, ...PlacedReply[]] =>
  answer.kind === "modal" ? [{ placement: "new", message: answer.whenLate }] : answer.replies;
