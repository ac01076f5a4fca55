import type { D1Binding } from "../../db/d1-client.js";

/**
 * What a Worker is given (wrangler.toml): the D1 database as `DB`, and every variable and secret of
 * `.env.example` as a string (vars in wrangler.toml, secrets through `wrangler secret put`).
 */
export interface WorkerBindings {
  DB?: D1Binding;
  [name: string]: unknown;
}

/** The bindings that are settings, as the environment `loadEnv` validates on both runtimes. */
export function settingsOf(bindings: WorkerBindings): Record<string, string> {
  return Object.fromEntries(
    Object.entries(bindings).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
