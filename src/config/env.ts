import { z } from "zod";
import { DEFAULT_DATABASE_URL, DEFAULT_DISCORD_API_URL, DEFAULT_SLACK_API_URL } from "./defaults.js";

/** Whether `key` is base64 for exactly 32 bytes (an AES-256 key). */
export function isBase64Key32(key: string): boolean {
  try {
    return /^[A-Za-z0-9+/]+=*$/.test(key) && atob(key).length === 32;
  } catch {
    return false;
  }
}

/**
 * Every environment variable the product reads, validated once at start-up. `.env.example` and the
 * README's configuration table list the same variables; `test/config.test.ts` keeps them in step.
 */
export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|:memory:|(libsql|https?|wss?):\/\/.+)$/,
      "expected file:PATH, :memory:, or a libsql:// (Turso) URL",
    )
    .default(DEFAULT_DATABASE_URL),
  DATABASE_AUTH_TOKEN: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DEMO_DATA: z.enum(["on", "off"]).default("on"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  PUBLIC_BASE_URL: z.url().optional(),
  METRICS_TOKEN: z.string().min(16, "expected 16 or more random characters").optional(),
  TRUST_PROXY: z.enum(["on", "off"]).default("off"),
  LINK_CODE_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  LINK_CODE_SECRET: z.string().min(16, "expected 16 or more random characters").optional(),
  SLACK_API_URL: z.url().default(DEFAULT_SLACK_API_URL),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-").optional(),
  SLACK_CLIENT_ID: z.string().min(1).optional(),
  SLACK_CLIENT_SECRET: z.string().min(1).optional(),
  SLACK_STATE_SECRET: z.string().min(16).optional(),
  SLACK_TOKEN_ENCRYPTION_KEY: z
    .string()
    .refine(isBase64Key32, "expected 32 random bytes in base64, e.g. from `openssl rand -base64 32`")
    .optional(),
  DISCORD_API_URL: z.url().default(DEFAULT_DISCORD_API_URL),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "expected the application's public key: 64 hexadecimal characters")
    .optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{17,20}$/, "expected the application id: a Discord snowflake (17–20 digits)")
    .optional(),
  DISCORD_BOT_TOKEN: z.string().min(1).optional(),
  SCHEDULE_CRON: z.string().min(1).default("0 * * * *"),
  COUNTRY_DIGEST_MONTHS: z.coerce
    .number()
    .int()
    .refine(
      (months) => months > 0 && 12 % months === 0,
      "expected 1, 2, 3, 4, 6 or 12 (periods aligned on January)",
    )
    .default(6),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value stops start-up with every problem named, never a secret value. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}
