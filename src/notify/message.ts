import { z } from "zod";

/**
 * What an outbox row delivers: a platform-neutral message whose strings are final (already
 * translated into the recipient's language when the alert was written), so what was sent is exactly
 * what the row holds. Every string is plain text; the senders escape it for their markup, so text
 * from users can never ping a channel. Senders truncate to the platform's limits rather than fail.
 *
 * The command core's reply model maps onto it: `summary` → `text` (plus text blocks), `heading` →
 * `title`, `fields` → `fields`, `links` → link buttons, a button's `invoke` → `action`
 * (`encodeInvocation`), `context` → `footer`.
 */
export const outboxMessageSchema = z.object({
  title: z.string().min(1).optional(),
  /** The body, and the notification preview on both platforms. */
  text: z.string().min(1),
  fields: z.array(z.object({ label: z.string().min(1), value: z.string().min(1) })).optional(),
  buttons: z
    .array(
      z.union([
        z.object({
          label: z.string().min(1),
          /** Opaque to delivery: what the platform hands back on click (an encoded invocation). */
          action: z.string().min(1).max(100),
          style: z.enum(["primary", "danger"]).optional(),
        }),
        z.object({ label: z.string().min(1), url: z.url() }),
      ]),
    )
    .optional(),
  /** Small print under the message: which rule, which deadline. */
  footer: z.string().min(1).optional(),
});

export type OutboxMessage = z.infer<typeof outboxMessageSchema>;
export type OutboxButton = NonNullable<OutboxMessage["buttons"]>[number];
