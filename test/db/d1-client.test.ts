import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { D1_MAX_BOUND_VALUES, inlineValues, splitInsert } from "../../src/db/d1-client.js";

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

/** Past the limit, a statement that is not a multi-row insert carries its values as SQL literals. */
describe("inlineValues", () => {
  const tricky = [
    "plain",
    "it's",
    "'; drop table t; --",
    "?",
    "",
    "naïve — ünïcode 🌍",
    "back\\slash",
    "two''quotes",
  ];

  it("finds exactly the rows the bound statement finds, whatever the text holds", async () => {
    const client = createClient({ url: ":memory:" });
    await client.execute("create table t (id integer primary key, name text, score real, data blob)");
    for (const [index, name] of tricky.entries())
      await client.execute({
        sql: "insert into t (name, score, data) values (?, ?, ?)",
        args: [name, index + 0.5, new Uint8Array([index, 255])],
      });
    const names = [...tricky, ...Array.from({ length: 150 }, (_, index) => `absent-${index}`)];
    const bound = {
      sql: `select id, name, score, hex(data) as data from t where name in (${names.map(() => "?").join(", ")}) and score > ? and "id" <> '?' order by id`,
      args: [...names, -1.25],
    };
    const inlined = inlineValues(bound);
    expect(inlined.args).toEqual([]);
    expect(inlined.sql).toContain("\"id\" <> '?'");
    const [expected, actual] = await Promise.all([client.execute(bound), client.execute(inlined)]);
    expect(actual.rows.map((row) => ({ ...row }))).toEqual(expected.rows.map((row) => ({ ...row })));
    expect(actual.rows).toHaveLength(tricky.length);
    expect(await client.execute("select count(*) as n from t")).toMatchObject({
      rows: [{ n: tricky.length }],
    });
    client.close();
  });

  it("writes numbers, booleans, null and bytes as SQLite literals", () => {
    expect(
      inlineValues({
        sql: "select ?, ?, ?, ?, ?, ?",
        args: [42, -1.5, true, null, 9007199254740993n, new Uint8Array([1, 171])],
      }).sql,
    ).toBe("select 42, -1.5, 1, NULL, 9007199254740993, X'01ab'");
    expect(() => inlineValues({ sql: "select ?", args: [Number.NaN] })).toThrow();
    expect(() => inlineValues({ sql: "select ?, ?", args: [1] })).toThrow(/placeholders/);
  });
});
