import { truncate } from "../../messages/limits.js";

/**
 * Discord markdown made inert for text we did not write, in one pass linear in the text's length
 * (the library's `escapeMarkdown` is quadratic on long input). Escaped, as `escapeMarkdown` does:
 * backslashes, `*`, `_`, backticks, `~~`, `||`; at the start of a line headings (`# `), list items
 * (`- `, `1. `) and small print (`-#`); the `[` of anything that could be a masked link
 * `[label](url)`. Beyond it: `<`, so `<@id>`, `<#channel>` and `<t:…>` show as typed, and quotes
 * (`> `). Discord drops a backslash before punctuation, so the text reads as typed. Web links are
 * left whole: Discord links them before reading markdown, and a backslash would break them.
 */
const ALWAYS = new Set(["\\", "*", "_", "`", "<"]);
const DOUBLED = new Set(["~", "|"]);
const LINE_START = /^( *)(#{1,3} |-#|- |\d+\. |>>> |> )/;
const WEB_LINK = /https?:\/\/[^\s<>()[\]]+/g;

/** Escapes text outside web links; a `[` before `linkEnd` (where a masked link could close) too. */
function escapeInline(part: string, offset: number, linkEnd: number): string {
  let escaped = "";
  for (let i = 0; i < part.length; i++) {
    const character = part[i]!;
    if (ALWAYS.has(character) || (character === "[" && offset + i < linkEnd)) escaped += `\\${character}`;
    else if (DOUBLED.has(character) && part[i + 1] === character) {
      escaped += `\\${character}\\${character}`;
      i++;
    } else escaped += character;
  }
  return escaped;
}

function escapeLine(line: string): string {
  const lastParen = line.lastIndexOf(")");
  const linkEnd = lastParen > 0 ? line.lastIndexOf("](", lastParen) : -1;
  let escaped = "";
  let from = 0;
  for (const link of line.matchAll(WEB_LINK)) {
    escaped += escapeInline(line.slice(from, link.index), from, linkEnd) + link[0];
    from = link.index + link[0].length;
  }
  escaped += escapeInline(line.slice(from), from, linkEnd);
  return escaped.replace(LINE_START, (_whole, indent: string, marker: string) =>
    /^\d/.test(marker) ? `${indent}${marker.replace(". ", "\\. ")}` : `${indent}\\${marker}`,
  );
}

export function escapeDiscordText(text: string): string {
  return text.split("\n").map(escapeLine).join("\n");
}

/** An odd run of backslashes at the end would escape the cut mark: the last one goes. */
const dropDanglingEscape = (kept: string): string => {
  const trailing = /\\+$/.exec(kept)?.[0].length ?? 0;
  return trailing % 2 === 1 ? kept.slice(0, -1) : kept;
};

/** Cuts escaped text to `max`, marking the cut, without leaving a dangling escape before the mark. */
export const cut = (text: string, max: number): string => truncate(text, max, dropDanglingEscape);

/**
 * User text escaped within `max` characters: cut before escaping, so a huge input costs no more than
 * what is shown, then again after (escaping lengthens it).
 */
export const escapedWithin = (raw: string, max: number): string =>
  cut(escapeDiscordText(truncate(raw, max)), max);

/** A link that markdown cannot end early: parentheses, angle brackets and spaces are percent-encoded. */
export const linkTarget = (url: string): string =>
  // `encodeURIComponent` leaves parentheses as they are: those are encoded by hand.
  url.replace(/[()<>\s]/g, (character) =>
    character === "(" ? "%28" : character === ")" ? "%29" : encodeURIComponent(character),
  );
