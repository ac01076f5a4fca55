/**
 * A new member's natural keys (spec §2b), derived from its name and country when the Support Unit
 * accepts an application: the slug of its public address and the OGP-style code its commitment codes
 * start with. Both must be unique; the caller says which are taken (compared lower-cased, as lookups do).
 */

/** Words that give a code no letter: "San Telmo de las Lomas" (MX) → mxstl. */
const LINKING_WORDS = new Set([
  "and",
  "of",
  "the",
  "de",
  "del",
  "la",
  "las",
  "los",
  "el",
  "y",
  "le",
  "les",
  "du",
  "des",
  "et",
  "da",
  "das",
  "do",
  "dos",
  "di",
]);

/** Slugs stay readable in an address; longer names are cut at a word. */
const MAX_SLUG_LENGTH = 60;
const CODE_LETTERS = 3;

/** The name's words in lower-case ASCII letters and digits: "Kōwhai Coast" → kowhai, coast. */
function asciiWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

function baseSlug(words: string[], country: string): string {
  let slug = "";
  for (const word of words) {
    const longer = slug === "" ? word : `${slug}-${word}`;
    if (longer.length > MAX_SLUG_LENGTH) break;
    slug = longer;
  }
  // A name in a script without Latin letters leaves nothing: the country code stands in.
  return slug || country.toLowerCase();
}

/** The country in lower case, then the initials of the name's main words, filled up from their letters. */
function baseCode(words: string[], country: string): string {
  const main = words.filter((word) => !LINKING_WORDS.has(word));
  const chosen = main.length > 0 ? main : words;
  const initials = chosen.map((word) => word[0]).join("");
  const rest = chosen.map((word) => word.slice(1)).join("");
  return `${country.toLowerCase()}${`${initials}${rest}`.slice(0, CODE_LETTERS).padEnd(CODE_LETTERS, "x")}`;
}

export interface MemberKeys {
  slug: string;
  code: string;
}

/** The prefixes every candidate starts with, so the caller reads only the keys that could collide. */
export function memberKeyPrefixes(name: string, country: string): MemberKeys {
  const words = asciiWords(name);
  return { slug: baseSlug(words, country), code: baseCode(words, country) };
}

/**
 * The first free slug and code: `springfield`, else `springfield-us`, else `springfield-us-2`…;
 * `usspr`, else the code followed by 2, 3…
 */
export function deriveMemberKeys(
  name: string,
  country: string,
  taken: { slugs: ReadonlySet<string>; codes: ReadonlySet<string> },
): MemberKeys {
  const base = memberKeyPrefixes(name, country);
  const countrySlug = `${base.slug}-${country.toLowerCase()}`;
  const slugCandidates = function* () {
    yield base.slug;
    yield countrySlug;
    for (let n = 2; ; n++) yield `${countrySlug}-${n}`;
  };
  const codeCandidates = function* () {
    yield base.code;
    for (let n = 2; ; n++) yield `${base.code}${n}`;
  };
  const first = (candidates: Generator<string>, used: ReadonlySet<string>): string => {
    for (const candidate of candidates) if (!used.has(candidate)) return candidate;
    throw new Error("unreachable: the candidates never end");
  };
  return { slug: first(slugCandidates(), taken.slugs), code: first(codeCandidates(), taken.codes) };
}
