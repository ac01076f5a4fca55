import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createLogger, describeError } from "../../src/logging/logger.js";
import { freshDatabase } from "../support/database.js";

/** A failed query's error carries the values bound to it: people's emails, names. None reach the log. */
describe("logging a failed query", () => {
  const failedQuery = async () => {
    const handle = await freshDatabase();
    try {
      await handle.db.run(
        sql`insert into persons (id, name, email) values (${"p1"}, ${"Ana"}, ${"ana@private.example"}), (${"p1"}, ${"Ana"}, ${"ana@private.example"})`,
      );
      throw new Error("the insert should have failed");
    } catch (error) {
      return error;
    } finally {
      handle.close();
    }
  };

  it("describes it by the database's reason and the statement, without the values", async () => {
    const error = await failedQuery();
    const described = describeError(error);
    expect(described).toMatch(/SQLITE_CONSTRAINT/);
    expect(described).toContain("insert into persons");
    expect(described).not.toContain("ana@private.example");
  });

  it("redacts the values from any logged text that carries the raw message, and caps its length", async () => {
    const lines: string[] = [];
    const logger = createLogger("info", (line) => lines.push(line));
    const error = (await failedQuery()) as Error;
    logger.error("command failed", { error: error.message, long: "x".repeat(10_000) });
    const [line] = lines;
    expect(line).not.toContain("ana@private.example");
    expect(line).toContain("params: [redacted]");
    expect(JSON.parse(line!).long.length).toBeLessThanOrEqual(2_001);
  });
});
