// `npm run build`: the production bundle. Our code and its libraries are bundled into dist/ (the
// server, the CLI and the fact reader's worker thread): one parsed file per chunk instead of
// hundreds of modules resolved on disk takes start-up from about 1.1 s to 0.8 s with both chat
// platforms on (docs/performance.md). The libSQL client stays in node_modules: its driver is a
// native module. `npm start` runs the bundle, so production needs no TypeScript compiler at run time.
import { rmSync } from "node:fs";
import { build } from "esbuild";

// Chunk names carry a hash of their contents: without a clean folder, every build would leave the
// previous build's chunks behind.
rmSync("dist", { recursive: true, force: true });

await build({
  entryPoints: {
    node: "src/runtime/node.ts",
    cli: "src/cli/run.ts",
    "read-facts-worker": "src/runtime/node/read-facts-worker.ts",
    "wal-checkpoint-worker": "src/runtime/node/wal-checkpoint-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  // A chat platform's code (and its libraries) loads only when it is configured: a chunk of its own.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["@libsql/client", "libsql"],
  // Bundled CommonJS libraries call `require` for Node's built-ins; an ES module has none of its own.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "warning",
});
