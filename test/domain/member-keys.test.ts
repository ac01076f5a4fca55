import { describe, expect, it } from "vitest";
import { deriveMemberKeys, memberKeyPrefixes } from "../../src/domain/dossier/member-keys.js";
import { dossierSchema } from "../../src/domain/dossier/schema.js";

const none = { slugs: new Set<string>(), codes: new Set<string>() };

/** A new member's slug and code (§2b), from its name and country, free among the members' keys. */
describe("member keys derived from an application", () => {
  it("reads the name as ASCII words: accents dropped, linking words give the code no letter", () => {
    expect(deriveMemberKeys("San Telmo de las Lomas", "MX", none)).toEqual({
      slug: "san-telmo-de-las-lomas",
      code: "mxstl",
    });
    expect(deriveMemberKeys("Kōwhai Coast District", "NZ", none)).toEqual({
      slug: "kowhai-coast-district",
      code: "nzkcd",
    });
    expect(deriveMemberKeys("Val-de-Brume", "FR", none)).toEqual({ slug: "val-de-brume", code: "frvba" });
  });

  it("fills a short name's code from its letters, and a name without Latin letters from the country", () => {
    expect(deriveMemberKeys("Oslo", "NO", none)).toEqual({ slug: "oslo", code: "noosl" });
    expect(deriveMemberKeys("東京", "JP", none)).toEqual({ slug: "jp", code: "jpxxx" });
  });

  it("cuts a long name's slug at a word", () => {
    const { slug } = deriveMemberKeys(`${"Very ".repeat(20)}Long Name`, "US", none);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("very-very")).toBe(true);
  });

  it("takes the country into the slug, then a number, and numbers the code, when they are taken", () => {
    const taken = { slugs: new Set(["springfield"]), codes: new Set(["usspr"]) };
    expect(deriveMemberKeys("Springfield", "US", taken)).toEqual({ slug: "springfield-us", code: "usspr2" });
    const more = {
      slugs: new Set(["springfield", "springfield-us", "springfield-us-2"]),
      codes: new Set(["usspr", "usspr2"]),
    };
    expect(deriveMemberKeys("Springfield", "US", more)).toEqual({ slug: "springfield-us-3", code: "usspr3" });
  });

  it("derives keys the import format accepts, starting with the prefixes the caller looks up", () => {
    for (const name of ["Ciudad de México", "Saint-Étienne-du-Rouvray", "A", "東京", "O'Higgins 2030"]) {
      const keys = deriveMemberKeys(name, "CL", { slugs: new Set(), codes: new Set() });
      const prefixes = memberKeyPrefixes(name, "CL");
      expect(keys.slug.startsWith(prefixes.slug) && keys.code.startsWith(prefixes.code)).toBe(true);
      const member = {
        slug: keys.slug,
        code: keys.code,
        name,
        country: "CL",
        jurisdictionType: "city",
        language: "es",
        timeZone: "America/Santiago",
        joinedOn: "2026-03-10",
        status: "active",
      };
      const parsed = dossierSchema.safeParse({ format: "ogp-local-dossier", version: 1, members: [member] });
      expect(parsed.success, `${name}: ${JSON.stringify(keys)}`).toBe(true);
    }
  });
});
