/**
 * The stricter of Slack's and Discord's limits (spec chat-platforms.md): content built within them
 * renders on both platforms as is. Each platform's own limits live beside its renderer.
 */
export const LIMITS = {
  selectOptions: 25,
  buttonsPerRow: 5,
  fields: 10,
  fieldsPerStep: 5,
  formTitle: 24,
  formContext: 90,
  optionLabel: 75,
  textLength: 2000,
  listItemsPerPage: 20,
} as const;

/**
 * Cuts text to at most `max` characters, marking the cut with `…`, so long content is shortened
 * rather than refused. A cut never splits a UTF-16 surrogate pair (an emoji), and `keepWhole` lets a
 * caller move the cut before a unit of markup it must not break (an escape, an entity).
 */
export function truncate(text: string, max: number, keepWhole?: (kept: string) => string): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let kept = text.slice(0, max - 1);
  const last = kept.charCodeAt(kept.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) kept = kept.slice(0, -1);
  return `${keepWhole ? keepWhole(kept) : kept}…`;
}
