// `npm run build`: the production bundle. Our code is bundled into dist/ (the server, the CLI and the
// fact reader's worker thread); dependencies stay in node_modules, loaded as they are. `npm start`
// runs it, so production needs no TypeScript compiler at run time.
import { build } from "esbuild";

await build({
  entryPoints: {
    node: "src/runtime/node.ts",
    cli: "src/cli/run.ts",
    "read-facts-worker": "src/runtime/node/read-facts-worker.ts",
  },
  outdir: "dist",
  bundle: true,
  // A chat platform's code (and its libraries) loads only when it is configured: a chunk of its own.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
