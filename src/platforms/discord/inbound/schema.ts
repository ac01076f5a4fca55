import { InteractionType } from "discord-api-types/v10";
import { z } from "zod";

/**
 * Every field of an interaction the adapter reads, checked before any of it is used. Discord signed
 * the body, but a signature says who sent it, not that it is well formed: a field of the wrong shape
 * is a 400, never a crash. Fields the adapter does not read pass through unchecked.
 */

const snowflake = z.string().regex(/^\d{1,20}$/);
const text = (max: number) => z.string().max(max);
const user = z.looseObject({ id: snowflake });

/** An option: a subcommand holds options, which hold values (autocomplete marks the one being typed). */
const optionValue = z.looseObject({
  name: text(100),
  type: z.number().int(),
  value: z.union([text(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
const option = optionValue.extend({ options: z.array(optionValue).max(25).optional() });
const commandData = z.looseObject({
  name: text(100),
  type: z.number().int().optional(),
  options: z.array(option).max(25).optional(),
});

/** A modal's inputs: rows or labels, each holding inputs (one level, as Discord sends them). */
const input = z.looseObject({
  type: z.number().int(),
  custom_id: text(100).optional(),
  value: text(4000).optional(),
  values: z.array(text(100)).max(25).optional(),
});
const inputContainer = input.extend({
  component: input.optional(),
  components: z.array(input).max(25).optional(),
});

const envelope = {
  id: snowflake,
  application_id: snowflake.optional(),
  token: z.string().min(1).max(1000),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.looseObject({ id: snowflake, type: z.int().nonnegative().optional() }).optional(),
  member: z.looseObject({ user }).optional(),
  user: user.optional(),
  locale: text(20).optional(),
  message: z.looseObject({ flags: z.number().int().optional() }).optional(),
};

export const interactionSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal(InteractionType.Ping), id: snowflake }),
  z.looseObject({ type: z.literal(InteractionType.ApplicationCommand), ...envelope, data: commandData }),
  z.looseObject({
    type: z.literal(InteractionType.ApplicationCommandAutocomplete),
    ...envelope,
    data: commandData,
  }),
  z.looseObject({
    type: z.literal(InteractionType.MessageComponent),
    ...envelope,
    data: z.looseObject({
      custom_id: text(100),
      component_type: z.number().int(),
      values: z.array(text(100)).max(25).optional(),
    }),
  }),
  z.looseObject({
    type: z.literal(InteractionType.ModalSubmit),
    ...envelope,
    data: z.looseObject({ custom_id: text(100), components: z.array(inputContainer).max(25) }),
  }),
]);
