import type { ParseArgsConfig } from "node:util";
import type { Env } from "../config/env.js";

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliContext {
  env: Env;
  io: CliIo;
}

/** Exit codes: 0 done, 1 the command ran and failed (invalid data…), 2 the call itself was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliCommand {
  /** One or two words, e.g. `import` or `link-code create`. */
  name: string;
  summary: string;
  usage: string;
  /** Longer help: what it does, its options, an example. */
  details: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments it takes (after its name). */
  positionals: { min: number; max: number };
  run(
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    context: CliContext,
  ): Promise<number>;
}

export class UsageError extends Error {}
