import { parseArgs } from "node:util";
import { ConfigError, loadEnv } from "../config/env.js";
import { type CliCommand, type CliIo, EXIT_FAILED, EXIT_USAGE, UsageError } from "./command.js";
import { commands } from "./registry.js";

const PROGRAM = "ogp-local";

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `Usage: ${PROGRAM} <command> [options]   (from a checkout: npm run cli -- <command> [options])`,
    "",
    "OGP Local chat-ops hub: administration commands. The database is DATABASE_URL",
    "(default file:./data/ogp-local.db).",
    "",
    "Commands:",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    `Run '${PROGRAM} <command> --help' for a command's options.`,
  ].join("\n");
}

function commandHelp(command: CliCommand): string {
  return [`Usage: ${PROGRAM} ${command.usage}`, "", command.summary, "", command.details].join("\n");
}

/** The longest registered name that the leading words match (`link-code create` before `link-code`). */
function findCommand(words: string[]): { command: CliCommand; rest: string[] } | undefined {
  for (const length of [2, 1]) {
    const name = words.slice(0, length).join(" ");
    const command = commands.find((candidate) => candidate.name === name);
    if (command) return { command, rest: words.slice(length) };
  }
  return undefined;
}

export async function runCli(
  argv: string[],
  io: CliIo,
  source: Record<string, string | undefined> = process.env,
) {
  const words = argv.filter((arg) => !arg.startsWith("-"));
  const wantsHelp = argv.includes("--help") || argv.includes("-h");
  if (argv.length === 0 || (words.length === 0 && wantsHelp) || words[0] === "help") {
    const topic = words[0] === "help" ? findCommand(words.slice(1)) : undefined;
    io.out(topic ? commandHelp(topic.command) : overview());
    return 0;
  }
  const found = findCommand(words);
  if (!found) {
    const group = commands.filter((command) => command.name.startsWith(`${words[0]} `));
    io.err(
      group.length > 0
        ? `'${words[0]}' needs a subcommand: ${group.map((command) => command.name).join(", ")}.`
        : `Unknown command '${words.join(" ")}'.`,
    );
    io.err(`Run '${PROGRAM} --help' for the list of commands.`);
    return EXIT_USAGE;
  }
  const { command } = found;
  if (wantsHelp) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    const nameWords = command.name.split(" ").length;
    const parsed = parseArgs({ args: argv, options: command.options, allowPositionals: true, strict: true });
    const positionals = parsed.positionals.slice(nameWords);
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw new UsageError(`Expected: ${PROGRAM} ${command.usage}`);
    }
    // No option is declared `multiple`, so every value is a string or a flag.
    const values = parsed.values as Record<string, string | boolean | undefined>;
    return await command.run({ values, positionals }, { env: loadEnv(source), io });
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && "code" in error)) {
      io.err(`${error.message}\nRun '${PROGRAM} ${command.name} --help' for usage.`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      io.err(error.message);
      return EXIT_USAGE;
    }
    io.err(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_FAILED;
  }
}
