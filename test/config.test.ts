import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadEnv } from "../src/config/env.js";

const documentedIn = (file: string, pattern: RegExp) =>
  [...readFileSync(new URL(`../${file}`, import.meta.url), "utf8").matchAll(pattern)].map(
    (match) => match[1],
  );

describe("configuration", () => {
  const variables = Object.keys(envSchema.shape).sort();

  it("documents every environment variable in .env.example and the README, and nothing else", () => {
    expect(documentedIn(".env.example", /^([A-Z][A-Z0-9_]+)=/gm).sort()).toEqual(variables);
    expect([...new Set(documentedIn("README.md", /^\| `([A-Z][A-Z0-9_]+)` \|/gm))].sort()).toEqual(variables);
  });

  it("defaults to the embedded libSQL file, port 8787 and demo data on", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBe("file:./data/ogp-local.db");
    expect(env.PORT).toBe(8787);
    expect(env.DEMO_DATA).toBe("on");
  });

  it("treats empty values as unset, as a copied .env.example leaves them", () => {
    expect(loadEnv({ DATABASE_AUTH_TOKEN: "", PORT: "" }).PORT).toBe(8787);
  });

  it("names every bad variable without echoing its value", () => {
    let message = "";
    try {
      loadEnv({ PORT: "eighty", DEMO_DATA: "maybe-secret-value" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain("PORT");
    expect(message).toContain("DEMO_DATA");
    expect(message).not.toContain("maybe-secret-value");
  });
});
