/**
 * How the open-data CSV files write a value into a cell and read it back: shared by the exports
 * (`src/web/feeds/`) and `cli updates import`, so whatever an export writes, the import reads as it was.
 */

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return before one) gets
 * a leading apostrophe, shown as text. A cell that already starts with an apostrophe gets one more, so
 * that the import's rule (drop one leading apostrophe) gives every original value back.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralizeFormula`, for cells read back by the import. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** Lists in a cell (challenges, evidence links, milestone changes): one item per line. */
export const joinLines = (items: readonly string[]): string => items.join("\n");

export const splitLines = (cell: string): string[] =>
  cell
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** Instants as ISO 8601 in UTC, to the millisecond: sortable, and exact on the way back. */
export const instantCell = (instant: Date | null): string => (instant ? instant.toISOString() : "");

export const yesNo = (value: boolean): string => (value ? "yes" : "no");
