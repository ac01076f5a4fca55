/**
 * RFC 4180 CSV, written as a stream: records end in CRLF, a field holding a comma, a double quote,
 * CR or LF is quoted with its quotes doubled, and the text is UTF-8 (with a BOM on request, which
 * spreadsheets need to read it as UTF-8).
 */

import { neutralizeFormula } from "../../db/repositories/open-data/cells.js";

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * A streamed CSV body: the header, then every record the batches yield, encoded as they come so
 * only one batch is ever in memory. The database is read only when the client asks for more.
 */
export function csvStream(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly string[])[]>,
  options: { byteOrderMark: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(
          encoder.encode(`${options.byteOrderMark ? BYTE_ORDER_MARK : ""}${csvRecord(header)}`),
        );
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvRecord).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function csvHeaders(filename: string): Record<string, string> {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "X-Content-Type-Options": "nosniff",
  };
}
