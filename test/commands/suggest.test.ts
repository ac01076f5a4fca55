import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { suggestArguments } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { silentLogger } from "../../src/logging/logger.js";
import { freshDatabase } from "../support/database.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { commandRunner } from "./harness.js";

let handle: DatabaseHandle;
let data: Seeded;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
});
afterEach(() => handle.close());

const suggest = (userId: string, command: string, argument: string, typed = "") =>
  suggestArguments(
    { db: handle.db, logger: silentLogger, now: () => NOW },
    { platform: "slack", workspaceId: TEAM, userId },
    { command: command as never, argument: argument as never, typed },
  ).then((suggestions) => suggestions.map((suggestion) => suggestion.value));

describe("argument suggestions, scoped to what the caller may act on (§1)", () => {
  it("offers a PoC their own member's commitments to update, and nothing of another member", async () => {
    expect(await suggest(USERS.poc, "update", "commitment")).toEqual(["sprfd0001", "sprfd0002"]);
    expect(await suggest(USERS.shelbyvillePoc, "update", "commitment")).toEqual(["shlby0001"]);
    expect(await suggest(USERS.civilSociety, "update", "commitment")).toEqual([]);
    expect(await suggest(USERS.official, "update", "commitment")).toEqual([]);
  });

  it("offers civil society the plans of its members to endorse, and the modifications awaiting its consent", async () => {
    expect(await suggest(USERS.civilSociety, "endorse", "plan")).toEqual(["shelbyville", "springfield"]);
    expect(await suggest(USERS.poc, "endorse", "plan")).toEqual([]);
    await commandRunner(handle.db)(USERS.poc, {
      kind: "form",
      formId: "modify",
      context: { commitmentId: data.budgetPortal },
      values: { kind: "other", change: "Add a data dictionary.", rationale: "Users asked." },
    });
    const [pending] = await suggest(USERS.civilSociety, "approve", "modification");
    expect(pending).toMatch(/^[0-9a-f]{8}$/);
    expect(await suggest(USERS.poc, "approve", "modification")).toEqual([]);
  });

  it("filters by what was typed and lists milestones as evidence subjects", async () => {
    expect(await suggest(USERS.poc, "evidence", "evidence_subject", "sprfd0001")).toEqual([
      "sprfd0001",
      "sprfd0001.1",
      "sprfd0001.2",
    ]);
    expect(await suggest(USERS.supportUnit, "status", "member", "shel")).toEqual(["shelbyville"]);
    expect(await suggest(USERS.unlinked, "status", "member")).toEqual([]);
  });
});
