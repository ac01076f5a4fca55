import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/commands/index.js";
import type { DatabaseHandle } from "../../src/db/client.js";
import { auditLog, circleChannels, circleMembers, circles } from "../../src/db/schema/index.js";
import { createLogger } from "../../src/logging/logger.js";
import { freshDatabase } from "../support/database.js";
import { NOW, type Seeded, seed, TEAM, USERS } from "./fixtures.js";
import { CHANNEL, commandRunner, control, said } from "./harness.js";

let handle: DatabaseHandle;
let data: Seeded;
let run: ReturnType<typeof commandRunner>;

beforeEach(async () => {
  handle = await freshDatabase();
  data = await seed(handle.db);
  run = commandRunner(handle.db);
});
afterEach(() => handle.close());

const circleRows = () => handle.db.select().from(circles);
const membersOf = async (circleId: string) =>
  (await handle.db.select().from(circleMembers).where(eq(circleMembers.circleId, circleId))).map(
    (row) => row.memberId,
  );
const auditCount = async () => (await handle.db.select().from(auditLog)).length;

async function createOpenBudget(): Promise<string> {
  const result = await run(USERS.supportUnit, "circle create Open Budget fiscal_openness");
  expect(result.status).toBe("ok");
  const [circle] = await circleRows();
  return circle!.id;
}

describe("circle create (Support Unit only, §2.4)", () => {
  it("creates a circle on a policy area, its slug made from the name, audited", async () => {
    const result = await run(USERS.supportUnit, "circle create Open Budget fiscal_openness");
    expect(said(result)).toBe(
      "Circle Open Budget created (open-budget), theme: Fiscal Openness. Members join with /ogp circle join open-budget.",
    );
    expect(await circleRows()).toMatchObject([
      { slug: "open-budget", name: "Open Budget", themePolicyArea: "fiscal_openness", themeText: null },
    ]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entity, "circles"));
    expect(audit).toMatchObject([
      { action: "insert", actorPersonId: data.persons.supportUnit, source: "slack" },
    ]);
  });

  it("takes a free-text theme in quotes, and a name with accents", async () => {
    await run(USERS.supportUnit, 'circle create "Écoute citoyenne" "Listening to residents"');
    expect(await circleRows()).toMatchObject([
      { slug: "ecoute-citoyenne", themePolicyArea: null, themeText: "Listening to residents" },
    ]);
  });

  it("takes Discord's options as they come: one argument each", async () => {
    const result = await run(
      USERS.supportUnit,
      control("circle", "create", "Youth Voice", "youth participation"),
    );
    expect(result.status).toBe("ok");
    expect(await circleRows()).toMatchObject([{ slug: "youth-voice", themeText: "youth participation" }]);
  });

  it("refuses anyone but the Support Unit, naming the role, and writes nothing", async () => {
    const before = await auditCount();
    const result = await run(USERS.poc, "circle create Open Budget fiscal_openness");
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("Only the Support Unit creates peer-learning circles (handbook §2.4");
    expect(await circleRows()).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses a second circle with the same slug, naming the first", async () => {
    await createOpenBudget();
    const result = await run(USERS.supportUnit, 'circle create "open budget" "Budgets"');
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("There is already a circle Open Budget (open-budget)");
    expect(await circleRows()).toHaveLength(1);
  });

  it("answers with the usage when name and theme cannot be told apart", async () => {
    const result = await run(USERS.supportUnit, "circle create Open Budget Circle budgets");
    expect(result.status).toBe("invalid");
    expect(said(result)).toContain("circle create NAME THEME");
    expect(await circleRows()).toEqual([]);
  });
});

describe("circle join and leave (the member's PoC or civil society, or the Support Unit)", () => {
  it("lets the PoC bring their only member in, then take it out", async () => {
    const circleId = await createOpenBudget();
    const joined = await run(USERS.poc, "circle join open-budget");
    expect(said(joined)).toBe("Springfield joined the circle Open Budget.");
    expect(await membersOf(circleId)).toEqual([data.springfield]);
    const again = await run(USERS.poc, "circle join open-budget");
    expect(said(again)).toBe("Springfield is already in the circle Open Budget.");
    const left = await run(USERS.poc, "circle leave open-budget springfield");
    expect(said(left)).toBe("Springfield left the circle Open Budget.");
    expect(await membersOf(circleId)).toEqual([]);
  });

  it("asks civil society of two members which one, and the select re-runs with the circle", async () => {
    await createOpenBudget();
    const result = await run(USERS.civilSociety, "circle join open-budget");
    expect(result.kind).toBe("messages");
    if (result.kind !== "messages") return;
    const select = result.messages[0]?.blocks.find((block) => block.kind === "select");
    expect(select?.kind === "select" && select.select.options.map((option) => option.invoke)).toEqual([
      { command: "circle", args: ["join", "open-budget", "shelbyville"] },
      { command: "circle", args: ["join", "open-budget", "springfield"] },
    ]);
    const chosen = await run(USERS.civilSociety, control("circle", "join", "open-budget", "shelbyville"));
    expect(chosen.status).toBe("ok");
  });

  it("refuses an official without the role, and a PoC for another member, writing nothing", async () => {
    const circleId = await createOpenBudget();
    const before = await auditCount();
    const official = await run(USERS.official, "circle join open-budget springfield");
    expect(official.status).toBe("refused");
    expect(said(official)).toContain(
      "Only Springfield's point of contact, its civil society or the Support Unit may add it to a circle",
    );
    const otherPoc = await run(USERS.shelbyvillePoc, "circle join open-budget springfield");
    expect(otherPoc.status).toBe("refused");
    expect(await membersOf(circleId)).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it("says which circle is unknown", async () => {
    const result = await run(USERS.poc, "circle join nowhere");
    expect(result.status).toBe("not_found");
    expect(said(result)).toContain("No circle “nowhere”");
  });
});

describe("circle link and unlink (in a channel)", () => {
  const linked = () => handle.db.select().from(circleChannels);

  it("links the channel it runs in, for a PoC of a member of the circle, then unlinks it at once", async () => {
    const circleId = await createOpenBudget();
    await run(USERS.poc, "circle join open-budget");
    const result = await run(USERS.poc, "circle link open-budget");
    expect(result.status).toBe("ok");
    expect(said(result)).toContain("This channel is now linked to the circle Open Budget");
    expect(await linked()).toEqual([{ circleId, platform: "slack", workspaceId: TEAM, channelId: CHANNEL }]);
    expect(said(await run(USERS.poc, "circle link open-budget"))).toBe(
      "This channel is already linked to the circle Open Budget.",
    );
    const unlinked = await run(USERS.poc, "circle unlink open-budget");
    expect(said(unlinked)).toContain("This channel is no longer linked to the circle Open Budget");
    expect(await linked()).toEqual([]);
  });

  it("refuses a PoC whose member is not in the circle, and a direct message", async () => {
    await createOpenBudget();
    const outsider = await run(USERS.poc, "circle link open-budget");
    expect(outsider.status).toBe("refused");
    expect(said(outsider)).toContain(
      "Only the Support Unit, or the point of contact or civil society of a member",
    );
    const direct = await run(USERS.supportUnit, "circle link open-budget", "D0DIRECT");
    expect(direct.status).toBe("invalid");
    expect(said(direct)).toContain("not in a direct message");
    const discordDm = await runCommand(
      { db: handle.db, logger: createLogger("silent"), now: () => NOW },
      {
        platform: "discord",
        workspaceId: "",
        userId: "815500000000000009",
        channelId: "815500000000000010",
        input: { kind: "text", text: "circle link open-budget" },
      },
    );
    // Unlinked there, so refused before anything else.
    expect(discordDm.status).toBe("unlinked");
    expect(await linked()).toEqual([]);
  });

  it("refuses a group message or a thread, as the platform names them, and writes nothing", async () => {
    await createOpenBudget();
    const before = await handle.db.$count(auditLog);
    for (const channelKind of ["group_message", "thread", "direct_message"] as const) {
      const result = await runCommand(
        { db: handle.db, logger: createLogger("silent"), now: () => NOW },
        {
          platform: "slack",
          workspaceId: TEAM,
          userId: USERS.supportUnit,
          channelId: "C0THREADY",
          channelKind,
          input: { kind: "text", text: "circle link open-budget" },
        },
      );
      expect(result.status, channelKind).toBe("invalid");
      expect(said(result)).toContain("not in a direct message or a thread");
    }
    expect(await linked()).toEqual([]);
    expect(await handle.db.$count(auditLog)).toBe(before);
  });

  it("refuses a channel linked to another circle, naming it", async () => {
    await createOpenBudget();
    await run(USERS.supportUnit, "circle create Lobbying lobbying");
    await run(USERS.supportUnit, "circle link open-budget");
    const result = await run(USERS.supportUnit, "circle link lobbying");
    expect(result.status).toBe("refused");
    expect(said(result)).toContain("This channel is already linked to the circle Open Budget");
    expect(await linked()).toHaveLength(1);
  });
});

describe("circle list", () => {
  it("shows each circle with its theme, members and number of linked channels", async () => {
    const circleId = await createOpenBudget();
    await run(USERS.poc, "circle join open-budget");
    await run(USERS.supportUnit, "circle link open-budget");
    await handle.db
      .insert(circleChannels)
      .values({ circleId, platform: "discord", workspaceId: "9001", channelId: "9002" });
    const result = await run(USERS.official, "circle list");
    expect(said(result)).toContain(
      "Open Budget (open-budget) · Fiscal Openness · members: Springfield · linked channels: 2",
    );
    const empty = await freshDatabase();
    await seed(empty.db);
    expect(said(await commandRunner(empty.db)(USERS.official, "circle"))).toContain(
      "There is no circle yet.",
    );
    empty.close();
  });

  it("answers in the caller's language", async () => {
    await createOpenBudget();
    const result = await run(USERS.civilSociety, "circle list");
    expect(said(result)).toContain(
      "Open Budget (open-budget) · Ouverture budgétaire · membres : aucun pour l'instant",
    );
  });

  it("is for linked people only", async () => {
    expect((await run(USERS.unlinked, "circle list")).status).toBe("unlinked");
  });
});
