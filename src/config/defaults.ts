/**
 * Default values of settings, apart from the environment schema: modules that need a default but
 * not the schema (the database client, which the fact-reader thread loads too) import it from here
 * without loading zod.
 */

/** The embedded default: a local libSQL file, created and migrated on first run. */
export const DEFAULT_DATABASE_URL = "file:./data/ogp-local.db";
export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";
export const DEFAULT_DISCORD_API_URL = "https://discord.com/api/v10";
