/**
 * Slack mrkdwn treats `<…>` as links and mentions (`<!channel>`, `<!here>`, `<!subteam^…>`, `<@U…>`)
 * and `&` as the start of an entity. Escaping these three characters in every piece of text we did not
 * write makes user text inert: it can neither ping nor break the surrounding markup.
 */
export function escapeSlackText(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A link target for `<url|label>`: characters that would end the link or the label are percent-encoded. */
export function slackLinkTarget(url: string): string {
  return url.replace(/[<>|\s]/g, (character) => encodeURIComponent(character));
}

/** The label part of `<url|label>`: escaped, and without the `|` and `>` that would end it early. */
export function slackLinkLabel(label: string): string {
  return escapeSlackText(label.replaceAll("|", "¦"));
}

/**
 * Slash-command text arrives with `&`, `<` and `>` escaped, and links Slack recognized wrapped as
 * `<https://…>` or `<https://…|label>`: the command core wants what the person typed.
 */
export function unescapeSlashText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, "$1")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&");
}
