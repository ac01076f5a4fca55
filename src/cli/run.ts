import { loadDotEnv } from "../runtime/node/startup.js";
import { runCli } from "./main.js";

loadDotEnv();

/** Process entry of the CLI (`npm run cli`, the `ogp-local` bin). */
const exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = exitCode;
