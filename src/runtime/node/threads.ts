import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";

/**
 * A worker thread running one of our thread entries (`name`: its file name without extension). From
 * the production bundle (`npm run build`), the entry's own bundle in dist/; from the TypeScript
 * sources (tsx), a small entry that registers tsx first, since worker threads do not inherit the
 * parent thread's loader.
 */
export function startThread(name: string, workerData: unknown): Worker {
  if (!import.meta.url.endsWith(".ts")) {
    // The bundle's entries are in dist/; this code may sit there or in a shared chunk below it.
    const bundled = [`./${name}.js`, `../${name}.js`]
      .map((relative) => new URL(relative, import.meta.url))
      .find((url) => existsSync(url));
    if (!bundled) throw new Error(`The thread bundle ${name}.js is missing from dist/`);
    return new Worker(bundled, { workerData });
  }
  return new Worker(new URL("./worker-entry.mjs", import.meta.url), {
    workerData: { ...(workerData as object), entry: new URL(`./${name}.ts`, import.meta.url).href },
  });
}
