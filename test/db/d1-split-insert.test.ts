import { describe, expect, it } from "vitest";
import { D1_MAX_BOUND_VALUES, splitInsert } from "../../src/db/d1-client.js";

/** D1 binds at most 100 values a statement; drizzle's multi-row inserts are cut into whole rows. */
describe("splitInsert", () => {
  const insertOf = (rows: number, tail = "") => ({
    sql: `insert into "t" ("a", "b", "c") values ${Array.from({ length: rows }, () => "(?, null, ?)").join(", ")}${tail}`,
    args: Array.from({ length: rows * 2 }, (_, index) => index),
  });

  it("leaves a statement within the limit whole", () => {
    const statement = insertOf(50);
    expect(splitInsert(statement, D1_MAX_BOUND_VALUES)).toEqual([statement]);
  });

  it("cuts a larger insert into statements of whole rows, arguments in order, the tail on each", () => {
    const statement = insertOf(120, ' on conflict ("a") do nothing');
    const pieces = splitInsert(statement, D1_MAX_BOUND_VALUES);
    expect(pieces.map((piece) => piece.args.length)).toEqual([100, 100, 40]);
    expect(pieces.flatMap((piece) => piece.args)).toEqual(statement.args);
    for (const piece of pieces) {
      expect(piece.sql.startsWith('insert into "t" ("a", "b", "c") values (?, null, ?)')).toBe(true);
      expect(piece.sql.endsWith(' on conflict ("a") do nothing')).toBe(true);
      expect(piece.sql.split("?").length - 1).toBe(piece.args.length);
    }
  });

  it("reads quoted text with ?, commas and parentheses as part of its row", () => {
    const row = "(?, 'a (b), c?', ?)";
    const statement = {
      sql: `insert into "t" ("a", "b", "c") values ${Array.from({ length: 60 }, () => row).join(", ")}`,
      args: Array.from({ length: 120 }, (_, index) => index),
    };
    const pieces = splitInsert(statement, D1_MAX_BOUND_VALUES);
    expect(pieces.map((piece) => piece.args.length)).toEqual([100, 20]);
    expect(pieces[0]?.sql.split(row).length).toBe(51);
  });

  it("leaves statements it cannot cut alone: updates, one huge row", () => {
    const update = {
      sql: `update "t" set "a" = 1 where "b" in (${"?, ".repeat(149)}?)`,
      args: Array(150).fill(1),
    };
    expect(splitInsert(update, D1_MAX_BOUND_VALUES)).toEqual([update]);
    const wide = { sql: `insert into "t" values (${"?, ".repeat(119)}?)`, args: Array(120).fill(1) };
    expect(splitInsert(wide, D1_MAX_BOUND_VALUES)).toEqual([wide]);
  });
});
