import { PermissionFlagsBits } from "discord-api-types/v10";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/main.js";
import { COMMAND_USAGES } from "../../../src/commands/index.js";
import { COMMAND_NAMES, SUPPORT_UNIT_DECISION_COMMANDS } from "../../../src/messages/invocation.js";
import { invocationFromOptions } from "../../../src/platforms/discord/inbound/options.js";
import {
  BOT_PERMISSIONS,
  commandDefinitions,
  discordInviteUrl,
} from "../../../src/platforms/discord/index.js";
import { FakeDiscord } from "../../support/fake-discord.js";
import { APPLICATION_ID, GUILD } from "./discord-requests.js";

interface RegisteredOption {
  type: number;
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  required?: boolean;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
  options?: RegisteredOption[];
}

type RegisteredCommand = RegisteredOption & { contexts: number[] };
const [ogp, supportUnit] = commandDefinitions() as unknown as [RegisteredCommand, RegisteredCommand];
const subcommand = (name: string) =>
  [...(ogp.options ?? []), ...(supportUnit.options ?? [])].find((option) => option.name === name);

describe("/ogp as registered, built from the command catalog", () => {
  it("has one subcommand per command, with Slack's names, in every language", () => {
    expect(commandDefinitions()).toHaveLength(2);
    expect(ogp.name).toBe("ogp");
    expect(supportUnit.name).toBe("ogp-support-unit");
    // Discord's limit is 25 subcommands per command: the Support Unit's decisions are the second one.
    expect(ogp.options?.map((option) => option.name)).toEqual(
      COMMAND_NAMES.filter((name) => !SUPPORT_UNIT_DECISION_COMMANDS.includes(name)),
    );
    expect(supportUnit.options?.map((option) => option.name)).toEqual([
      "application",
      "grant",
      "override",
      "register",
    ]);
    for (const command of [ogp, supportUnit]) {
      expect(command.options?.length).toBeLessThanOrEqual(25);
      expect(command.description.length).toBeLessThanOrEqual(100);
      for (const option of command.options ?? []) {
        expect(option.type).toBe(1);
        expect(option.description.length).toBeLessThanOrEqual(100);
        expect(Object.keys(option.description_localizations ?? {}).sort()).toEqual(["es-419", "es-ES", "fr"]);
      }
      // Servers and the bot's DMs.
      expect(command.contexts).toEqual([0, 1]);
    }
  });

  it("offers every argument of every usage as an option, required only when every usage requires it", () => {
    for (const name of COMMAND_NAMES) {
      const usages = COMMAND_USAGES.filter((usage) => usage.command === name);
      const expected = new Set(usages.flatMap((usage) => usage.args.map((arg) => arg.name)));
      if (usages.some((usage) => usage.variant)) expected.add("action");
      const options = subcommand(name)?.options ?? [];
      expect(new Set(options.map((option) => option.name))).toEqual(expected);
      for (const option of options) {
        const required =
          option.name === "action"
            ? usages.every((usage) => usage.variant)
            : usages.every((usage) => usage.args.some((arg) => arg.name === option.name && arg.required));
        expect(option.required ?? false, `${name} ${option.name}`).toBe(required);
      }
      // Discord wants required options first.
      const requiredAfterOptional = options.some(
        (option, index) => option.required && options.slice(0, index).some((before) => !before.required),
      );
      expect(requiredAfterOptional).toBe(false);
    }
    expect(subcommand("endorse")?.options).toMatchObject([
      { name: "plan", required: true, autocomplete: true },
      { name: "action", required: false, choices: [{ name: "withdraw", value: "withdraw" }] },
    ]);
    expect(subcommand("link")?.options).toMatchObject([{ name: "code", required: true }]);
    expect(subcommand("link")?.options?.[0]?.autocomplete).toBeUndefined();
  });

  it("autocompletes member, plan, commitment and milestone references", () => {
    expect(subcommand("status")?.options?.find((option) => option.name === "member")?.autocomplete).toBe(
      true,
    );
    expect(subcommand("update")?.options?.find((option) => option.name === "commitment")?.autocomplete).toBe(
      true,
    );
    expect(subcommand("evidence")?.options?.find((option) => option.name === "subject")?.autocomplete).toBe(
      true,
    );
    expect(
      subcommand("evidence")?.options?.find((option) => option.name === "url")?.autocomplete,
    ).toBeUndefined();
  });

  it("turns options into the invocation the same words typed in Slack give", () => {
    for (const usage of COMMAND_USAGES) {
      const given = new Map(usage.args.map((arg) => [arg.name, `${arg.name}-value`]));
      if (usage.variant) given.set("action", usage.variant);
      // Each placeholder (NAME, [LANGUAGE], [MEMBER|COUNTRY]) stands for the usage's next argument.
      const placeholders = usage.args.map((arg) => `${arg.name}-value`);
      const typed = usage.usage
        .split(" ")
        .slice(1)
        .map((word) => (/^\[?[A-Z_|]+\]?$/.test(word) ? placeholders.shift() : word));
      expect(placeholders, usage.usage).toEqual([]);
      expect(invocationFromOptions(usage.command, given)).toEqual({ command: usage.command, args: typed });
    }
    // Options a usage does not take are passed on, so the core answers with the usage.
    expect(
      invocationFromOptions(
        "update",
        new Map([
          ["action", "edit"],
          ["commitment", "sprfd0001"],
        ]),
      ),
    ).toEqual({ command: "update", args: ["edit", "sprfd0001"] });
  });
});

describe("the invite URL", () => {
  it("asks for the bot and its commands, with the permissions to post alerts and relay circles", () => {
    const url = new URL(discordInviteUrl(APPLICATION_ID));
    expect(url.origin + url.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(url.searchParams.get("client_id")).toBe(APPLICATION_ID);
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    // View Channel, Send Messages, Send Messages in Threads, Embed Links; for the circles relay Read
    // Message History, Manage Webhooks, Create Public Threads.
    expect(url.searchParams.get("permissions")).toBe("309774601216");
    expect(BOT_PERMISSIONS & PermissionFlagsBits.Administrator).toBe(0n);
  });
});

describe("cli discord register", () => {
  let fake: FakeDiscord;
  const capture = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
  };
  const env = () => ({
    DATABASE_URL: ":memory:",
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    DISCORD_BOT_TOKEN: "bot-token",
  });

  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  it("bulk-overwrites the guild's commands with the definitions, with the bot token", async () => {
    const { io, out, err } = capture();
    expect(await runCli(["discord", "register", "--guild", GUILD], io, env())).toBe(0);
    expect(fake.commandRegistrations()).toEqual([
      {
        applicationId: APPLICATION_ID,
        guildId: GUILD,
        authorization: "Bot bot-token",
        body: commandDefinitions(),
      },
    ]);
    expect(out.join("\n")).toContain(
      `Registered /ogp, /ogp-support-unit with ${COMMAND_NAMES.length} subcommands in server ${GUILD}`,
    );
    expect(err.join("\n")).toContain(discordInviteUrl(APPLICATION_ID));
  });

  it("registers global commands without --guild", async () => {
    const { io, out } = capture();
    expect(await runCli(["discord", "register"], io, env())).toBe(0);
    expect(fake.commandRegistrations()).toMatchObject([{ applicationId: APPLICATION_ID }]);
    expect(fake.commandRegistrations()[0]?.guildId).toBeUndefined();
    expect(out.join("\n")).toContain("globally");
  });

  it("needs the application id and bot token, and a well-formed guild id", async () => {
    const missing = capture();
    expect(await runCli(["discord", "register"], missing.io, { DATABASE_URL: ":memory:" })).toBe(2);
    expect(missing.err.join("\n")).toContain("DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN");
    const badGuild = capture();
    expect(await runCli(["discord", "register", "--guild", "my-server"], badGuild.io, env())).toBe(2);
    expect(fake.commandRegistrations()).toEqual([]);
  });

  it("reports Discord's refusal and exits 1", async () => {
    fake.refuseNext("PUT", /\/commands$/, 401, 0, "401: Unauthorized");
    const { io, err } = capture();
    expect(await runCli(["discord", "register", "--guild", GUILD], io, env())).toBe(1);
    expect(err.join("\n")).toContain("Discord refused the registration: HTTP 401");
  });
});
