/** Atom 1.0 (RFC 4287): plain-text titles and contents, every value XML-escaped. */

export interface AtomEntry {
  id: string;
  title: string;
  updated: Date;
  published: Date;
  author: string;
  /** The page the entry is about (rel="alternate"). */
  link: string;
  content: string;
  categories: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  language: string;
  /** The feed's own address (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  author: string;
  /** When nothing is in the feed yet. */
  emptyUpdated: Date;
  entries: readonly AtomEntry[];
}

/** Characters XML 1.0 does not allow at all (a control character in a narrative would break the feed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML 1.0 forbids.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/**
 * A tag: URI (RFC 4151) naming a published thing for good: `tag:HOST,2026:update/ID`. The host is
 * the site's; the date is when this naming scheme started, so ids never change afterwards.
 */
export const tagUri = (host: string, specific: string): string => `tag:${host},2026:${specific}`;

const text = (name: string, value: string) => `<${name} type="text">${escapeXml(value)}</${name}>`;

function entryXml(entry: AtomEntry): string {
  return [
    "<entry>",
    `<id>${escapeXml(entry.id)}</id>`,
    text("title", entry.title),
    `<updated>${entry.updated.toISOString()}</updated>`,
    `<published>${entry.published.toISOString()}</published>`,
    `<author><name>${escapeXml(entry.author)}</name></author>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
    ...entry.categories.map((term) => `<category term="${escapeXml(term)}"/>`),
    text("content", entry.content),
    "</entry>",
  ].join("\n");
}

export function atomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date | null>(
    (latest, entry) => (latest && latest >= entry.updated ? latest : entry.updated),
    null,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `<id>${escapeXml(feed.id)}</id>`,
    text("title", feed.title),
    text("subtitle", feed.subtitle),
    `<updated>${(newest ?? feed.emptyUpdated).toISOString()}</updated>`,
    `<author><name>${escapeXml(feed.author)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
