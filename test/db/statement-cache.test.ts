import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { preparedStatements } from "../../src/db/statement-cache.js";

describe("prepared statements kept per connection", () => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await openDatabase({ url: ":memory:" });
    await handle.client.execute("create table notes (id integer primary key, body text not null unique)");
  });
  afterEach(() => handle.close());

  it("prepares a statement once however often it runs, with each run's own arguments", async () => {
    const before = preparedStatements.count;
    const bodies: string[] = [];
    for (let i = 0; i < 10; i++) {
      await handle.client.execute({ sql: "insert into notes (body) values (?)", args: [`note ${i}`] });
      const { rows } = await handle.client.execute({
        sql: "select body from notes where id = ?",
        args: [i + 1],
      });
      bodies.push(String(rows[0]?.body));
    }
    expect(bodies).toEqual(Array.from({ length: 10 }, (_, i) => `note ${i}`));
    // The two statements above, once each (nothing else ran on this connection in between).
    expect(preparedStatements.count - before).toBe(2);
  });

  it("tells writes from reads, reports what a write changed, and survives a failed run", async () => {
    const insert = { sql: "insert into notes (body) values (?)", args: ["same"] };
    expect((await handle.client.execute(insert)).rowsAffected).toBe(1);
    await expect(handle.client.execute(insert)).rejects.toThrow(/UNIQUE/);
    const update = { sql: "update notes set body = ? where body = ?", args: ["changed", "same"] };
    expect((await handle.client.execute(update)).rowsAffected).toBe(1);
    expect((await handle.client.execute(update)).rowsAffected).toBe(0);
    const read = await handle.client.execute("select id, body from notes");
    expect(read.columns).toEqual(["id", "body"]);
    expect(read.rows.map((row) => row.body)).toEqual(["changed"]);
  });

  it("keeps a bounded number of statements, preparing again what was dropped", async () => {
    for (let i = 0; i < 300; i++) await handle.client.execute(`select ${i} as n`);
    const before = preparedStatements.count;
    const { rows } = await handle.client.execute("select 0 as n");
    expect(rows[0]?.n).toBe(0);
    expect(preparedStatements.count - before).toBe(1);
  });
});
