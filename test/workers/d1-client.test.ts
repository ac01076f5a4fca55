import { inArray } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor, writeAudited } from "../../src/db/audit.js";
import {
  D1_MAX_BOUND_VALUES,
  type D1Binding,
  type D1PreparedStatement,
  d1Client,
} from "../../src/db/d1-client.js";
import * as schema from "../../src/db/schema/index.js";
import { auditLog, organizations } from "../../src/db/schema/index.js";
import { startWorker, type TestWorker } from "./harness.js";

/**
 * The D1 adapter against workerd's D1, with Cloudflare's limit of 100 bound values a statement
 * checked by a wrapper too, so that a statement past it fails here by name.
 */
function withProductionLimit(d1: D1Binding): D1Binding {
  const unwrapped = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
  const limited = (statement: D1PreparedStatement): D1PreparedStatement => {
    const wrapper: D1PreparedStatement = {
      bind: (...values) => {
        if (values.length > D1_MAX_BOUND_VALUES)
          throw new Error(`D1: too many bound values (${values.length})`);
        return limited(statement.bind(...values));
      },
      raw: (options) => statement.raw(options),
      run: () => statement.run(),
    };
    unwrapped.set(wrapper, statement);
    return wrapper;
  };
  return {
    prepare: (query) => limited(d1.prepare(query)),
    batch: (statements) => d1.batch(statements.map((statement) => unwrapped.get(statement) ?? statement)),
    exec: (query) => d1.exec(query),
  };
}

describe("D1 through the libSQL adapter", () => {
  let worker: TestWorker;
  let db: ReturnType<typeof drizzle<typeof schema>>;
  beforeAll(async () => {
    worker = await startWorker();
    db = drizzle(d1Client(withProductionLimit(worker.d1)), { schema });
  });
  afterAll(() => worker.close());

  const names = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, index) => `${prefix} ${index}`);

  it("inserts 250 rows in one call and finds 150 of them by name, within 100 bound values a statement", async () => {
    await db
      .insert(organizations)
      .values(names(250, "Org").map((name) => ({ name, kind: "media" as const })));
    const found = await db
      .select()
      .from(organizations)
      .where(inArray(organizations.name, names(150, "Org")));
    expect(found).toHaveLength(150);
    expect(await db.$count(organizations)).toBe(250);
  });

  it("commits a transaction's writes together, and none of them when one fails", async () => {
    const before = await db.$count(organizations);
    await writeAudited(db, systemActor("cli"), async (writer) => {
      await writer.insert(organizations, { name: "Kept A", kind: "media" });
      await writer.insert(organizations, { name: "Kept B", kind: "media" });
    });
    expect(await db.$count(organizations)).toBe(before + 2);
    const audited = await db.$count(auditLog);
    await expect(
      writeAudited(db, systemActor("cli"), async (writer) => {
        await writer.insert(organizations, { name: "Lost", kind: "media" });
        await writer.tx.insert(organizations).values({ name: "Bad", kind: "not-a-kind" as "media" });
      }),
    ).rejects.toThrow();
    expect(await db.$count(organizations)).toBe(before + 2);
    expect(await db.$count(auditLog)).toBe(audited);
  });
});
