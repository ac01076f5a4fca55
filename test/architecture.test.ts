import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of `src/`, lowest first. A file may import from its own layer and from layers of a lower
 * rank, never from a higher one, and never from another layer of the same rank (the two chat
 * platforms, the command core and the scheduler stay apart). A layer is a folder below `src/`, or a
 * more specific path listed here.
 */
const LAYERS: readonly (readonly [layer: string, rank: number])[] = [
  ["domain", 0],
  ["config", 0],
  ["logging", 0],
  ["messages", 1],
  // The relay's contract is read by the outbox and the senders; the relay use case sits with the services.
  ["relay/model.ts", 1],
  ["db", 2],
  ["outbox", 3],
  ["services", 4],
  ["relay", 4],
  ["commands", 5],
  ["scheduler", 5],
  ["platforms/ingress", 6],
  ["platforms/http.ts", 6],
  ["platforms/slack", 7],
  ["platforms/discord", 7],
  ["platforms/senders.ts", 8],
  ["web", 8],
  ["runtime/node", 9],
  ["runtime/worker", 9],
  ["cli", 10],
  ["runtime", 11],
];

const src = resolve(new URL("../src/", import.meta.url).pathname);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function layerOf(file: string): { layer: string; rank: number } {
  const path = relative(src, file);
  const match = [...LAYERS]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([layer]) => path === layer || path.startsWith(`${layer}/`));
  if (!match) throw new Error(`src/${path} belongs to no layer: add its folder to LAYERS`);
  return { layer: match[0], rank: match[1] };
}

/** Every relative module a file imports or re-exports, statically or dynamically, types included. */
function importsIn(text: string, file: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["'](\.[^"']+)["']/gms),
    ...text.matchAll(/^\s*import\s*["'](\.[^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g),
    ...text.matchAll(/new URL\(\s*["'](\.[^"']+\.(?:ts|mjs|js))["']\s*,\s*import\.meta\.url/g),
  ].map((match) => match[1]!);
  return specifiers.map((specifier) => resolve(dirname(file), specifier).replace(/\.js$/, ".ts"));
}

const files = sourceFiles(src);
const graph = new Map(
  files.map((file) => [
    file,
    importsIn(readFileSync(file, "utf8"), file).filter((target) => target.startsWith(src)),
  ]),
);
const name = (file: string) => relative(src, file);

describe("architecture", () => {
  it("knows the layer of every file under src/", () => {
    for (const file of files) expect(() => layerOf(file), name(file)).not.toThrow();
  });

  it("has no import from a layer above, or from a sibling layer of the same rank", () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const from = layerOf(file);
      for (const target of targets) {
        const to = layerOf(target);
        if (to.layer !== from.layer && to.rank >= from.rank)
          violations.push(`${name(file)} (${from.layer}) → ${name(target)} (${to.layer})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("keeps SQL out of the chat platforms: they depend on small store interfaces, not on src/db", () => {
    const reaching = [...graph]
      .filter(([file]) => layerOf(file).layer.startsWith("platforms/"))
      .flatMap(([file, targets]) =>
        targets
          .filter((target) => layerOf(target).layer === "db")
          .map((target) => `${name(file)} → ${name(target)}`),
      );
    expect(reaching).toEqual([]);
  });

  it("has no import cycle between files", () => {
    // Tarjan's strongly connected components: any component of two files or more is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let counter = 0;
    const visit = (file: string) => {
      index.set(file, counter);
      low.set(file, counter);
      counter += 1;
      stack.push(file);
      onStack.add(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(name(member));
        } while (member !== file);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it("reads every form of import: types, multi-line lists, re-exports, side effects, dynamic", () => {
    const file = join(src, "domain", "example.ts");
    const text = [
      'import type { App } from "../web/app.js";',
      "import {",
      "  a,",
      "  b,",
      '} from "./rules/index.js";',
      'export { c } from "../db/client.js";',
      'import "./side-effect.js";',
      'const lazy = await import("../cli/main.js");',
      'import { z } from "zod";',
    ].join("\n");
    expect(importsIn(text, file).map(name)).toEqual([
      "web/app.ts",
      "domain/rules/index.ts",
      "db/client.ts",
      "domain/side-effect.ts",
      "cli/main.ts",
    ]);
    expect(layerOf(join(src, "web", "app.ts")).rank).toBeGreaterThan(layerOf(file).rank);
  });
});
