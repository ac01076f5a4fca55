import { DiscordAPIError } from "@discordjs/rest";
import { commandDefinitions, discordInviteUrl, registerCommands } from "../../platforms/discord/index.js";
import { type CliCommand, EXIT_FAILED, EXIT_OK, UsageError } from "../command.js";

export const discordRegisterCommand: CliCommand = {
  name: "discord register",
  summary:
    "Register the /ogp and /ogp-support-unit slash commands with Discord (globally, or in one server with --guild).",
  usage: "discord register [--guild ID]",
  details: [
    "Sends /ogp and its subcommands, built from the command catalog, to Discord with a bulk overwrite,",
    "with /ogp-support-unit for the Support Unit's decisions (Discord allows 25 subcommands per command).",
    "The registered commands become exactly these. Needs DISCORD_APPLICATION_ID and",
    "DISCORD_BOT_TOKEN. With --guild (a server id) the commands update at once in that server: use it",
    "while developing. Without it they are global, for production. Run it again after an upgrade.",
    "Prints the invite URL that adds the bot to a server.",
    "",
    "Example: npm run cli -- discord register --guild 123456789012345678",
  ].join("\n"),
  options: { guild: { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run({ values }, { env, io }) {
    const applicationId = env.DISCORD_APPLICATION_ID;
    const botToken = env.DISCORD_BOT_TOKEN;
    if (!applicationId || !botToken)
      throw new UsageError(
        "Set DISCORD_APPLICATION_ID and DISCORD_BOT_TOKEN (Discord Developer Portal → your application).",
      );
    const guildId = values.guild;
    if (guildId !== undefined && (typeof guildId !== "string" || !/^\d{17,20}$/.test(guildId)))
      throw new UsageError("--guild must be a server id (17–20 digits; Developer Mode → Copy Server ID).");
    try {
      const { names } = await registerCommands({
        apiUrl: env.DISCORD_API_URL,
        applicationId,
        botToken,
        guildId,
      });
      const subcommands = commandDefinitions().reduce(
        (sum, command) => sum + (command.options?.length ?? 0),
        0,
      );
      io.out(
        `Registered /${names.join(", /")} with ${subcommands} subcommands ${guildId ? `in server ${guildId}` : "globally"}.`,
      );
      io.err(`Invite the bot to a server: ${discordInviteUrl(applicationId)}`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof DiscordAPIError) {
        io.err(
          `Discord refused the registration: HTTP ${error.status} (code ${error.code}) ${error.message}`,
        );
        return EXIT_FAILED;
      }
      throw error;
    }
  },
};
