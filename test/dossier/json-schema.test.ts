import { describe, expect, it } from "vitest";
import { loadDemoDossier } from "../../src/db/repositories/demo-dossier.js";
import { dossierJsonSchema } from "../../src/domain/dossier/schema.js";
import { OGP_VALUES, POLICY_AREAS } from "../../src/domain/vocabularies.js";

interface JsonSchema {
  $schema?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  enum?: unknown[];
  const?: unknown;
  maxItems?: number;
  minItems?: number;
}

describe("dossierJsonSchema", () => {
  const schema = dossierJsonSchema() as JsonSchema;
  const definition = (ref: string | undefined): JsonSchema => {
    const name = ref?.replace("#/$defs/", "") ?? "";
    const found = schema.$defs?.[name];
    if (!found) throw new Error(`no $defs entry for ${ref}`);
    return found;
  };

  it("is a JSON Schema of a strict object with the document's top-level fields", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["format", "version"]);
    expect(schema.properties?.format?.const).toBe("ogp-local-dossier");
    expect(Object.keys(schema.properties ?? {})).toEqual([
      "format",
      "version",
      "organizations",
      "persons",
      "coalitions",
      "members",
      "circles",
    ]);
  });

  it("describes the demo's top-level shape: every field it has is a property", () => {
    const demo = loadDemoDossier() as Record<string, unknown>;
    for (const key of Object.keys(demo)) expect(schema.properties, key).toHaveProperty(key);
    for (const key of schema.required ?? []) expect(demo).toHaveProperty(key);
    expect(schema.properties?.members?.type).toBe("array");
    expect(schema.properties?.persons?.items?.required).toEqual(["name", "email", "language"]);
  });

  it("is generated from the zod schema: vocabularies and list bounds come through", () => {
    const plan = definition(schema.properties?.members?.items?.properties?.plans?.items?.$ref);
    const commitment = plan.properties?.commitments?.items;
    expect(commitment?.properties?.policyAreas?.items?.enum).toEqual([...POLICY_AREAS]);
    expect(commitment?.properties?.policyAreas?.maxItems).toBe(2);
    expect(commitment?.properties?.ogpValues?.items?.enum).toEqual([...OGP_VALUES]);
    expect(commitment?.properties?.ogpValues?.minItems).toBe(1);
    expect(definition(schema.properties?.members?.items?.properties?.country?.$ref).enum).toContain("MX");
  });
});
