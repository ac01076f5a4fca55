import { existsSync } from "node:fs";
import { ConfigError } from "../../config/env.js";
import { DatabaseUnavailableError } from "../../db/client.js";

/**
 * Loads `./.env` when there is one (as `.env.example` suggests), before the environment is read.
 * Variables already set in the process environment win over the file's.
 */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Why start-up failed, in words with the fix: no stack trace for a mistake in the setup. */
export function startupFailure(error: unknown, port?: number): string {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) return error.message;
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE")
    return `Port ${port} is already in use by another process. Stop that process, or set PORT to a free port.`;
  if (code === "EACCES")
    return `Not allowed to listen on port ${port}. Use a port above 1023 (PORT), or run with the right privileges.`;
  return `Start-up failed: ${error instanceof Error ? error.message : String(error)}`;
}
