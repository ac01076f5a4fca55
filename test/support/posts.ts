import type { Language } from "../../src/domain/vocabularies.js";
import { encodeInvocation, type Invocation } from "../../src/messages/invocation.js";
import { type Post, postSchema, type ReplyButton, type ReplyField } from "../../src/messages/model.js";

/** A post as the scheduler writes one: a heading when given, the text, in a language. */
export const textPost = (text: string, title?: string, language: Language = "en"): Post => ({
  language,
  summary: text,
  blocks: [...(title ? [{ kind: "heading" as const, text: title }] : []), { kind: "text", text }],
});

/** What an action button runs; undefined for a link button. */
export const invocationOf = (button: ReplyButton | undefined): Invocation | undefined =>
  button && "invoke" in button ? button.invoke : undefined;

export interface PostView {
  title: string | undefined;
  text: string;
  fields: ReplyField[];
  buttons: ({ label: string; action: string; style?: string } | { label: string; url: string })[];
  footer: string | undefined;
}

/**
 * A stored outbox payload, checked against the post schema and read as a reader sees it: the
 * heading, the text blocks, the fields, each button (an action as its encoded invocation) and the
 * small print.
 */
export function postView(payload: unknown): PostView {
  const post = postSchema.parse(payload);
  const blocks = post.blocks;
  const texts = blocks.flatMap((block) => (block.kind === "text" ? [block.text] : []));
  const footers = blocks.flatMap((block) => (block.kind === "context" ? [block.text] : []));
  return {
    title: blocks.find((block) => block.kind === "heading")?.text,
    text: texts.join("\n\n"),
    fields: blocks.flatMap((block) => (block.kind === "fields" ? block.fields : [])),
    buttons: blocks.flatMap((block) =>
      block.kind === "buttons"
        ? block.buttons.map((button) =>
            "invoke" in button
              ? {
                  label: button.label,
                  action: encodeInvocation(button.invoke),
                  ...(button.style ? { style: button.style } : {}),
                }
              : { label: button.label, url: button.url },
          )
        : [],
    ),
    footer: footers.length > 0 ? footers.join(" · ") : undefined,
  };
}
