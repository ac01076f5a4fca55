/**
 * iCalendar (RFC 5545) for deadline feeds: all-day events, TEXT values escaped (§3.3.11), content
 * lines folded at 75 octets (§3.1) without splitting a UTF-8 character, CRLF line ends.
 */

export interface AllDayEvent {
  /** Stable across requests and evaluations: calendar clients update the event it names. */
  uid: string;
  /** ISO civil date `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  url?: string | undefined;
  categories?: readonly string[];
}

export function escapeText(value: string): string {
  return value
    .replaceAll("\\", "\\\\")
    .replaceAll(";", "\\;")
    .replaceAll(",", "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Folds a content line: every physical line at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The continuation's leading space counts toward its 75 octets.
  let limit = MAX_OCTETS;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** `20261231`: the DATE form of an ISO civil date. */
const dateValue = (isoDate: string) => isoDate.replaceAll("-", "");

/** The day after an ISO civil date: an all-day event's exclusive end. */
function nextDay(isoDate: string): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** `20260115T093000Z`: an instant in UTC, as DTSTAMP wants it. */
const utcStamp = (instant: Date) => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

export function calendar(options: {
  name: string;
  language: string;
  stampedAt: Date;
  events: readonly AllDayEvent[];
}): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//OGP Local hub//Open data//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const stamp = utcStamp(options.stampedAt);
  for (const event of options.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(nextDay(event.date))}`,
      `SUMMARY;LANGUAGE=${options.language}:${escapeText(event.summary)}`,
      `DESCRIPTION;LANGUAGE=${options.language}:${escapeText(event.description)}`,
    );
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.categories && event.categories.length > 0)
      lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
    lines.push("TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n").concat("\r\n");
}
