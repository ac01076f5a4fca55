import { dossierJsonSchema } from "../../domain/dossier/schema.js";
import { type CliCommand, EXIT_OK } from "../command.js";

export const schemaCommand: CliCommand = {
  name: "schema",
  summary: "Print the JSON Schema of the import format.",
  usage: "schema",
  details: [
    "Prints the JSON Schema (generated from the import format's zod schema) that `import` files",
    "follow, for editors and validators.",
    "",
    "Example: npm run cli -- schema > dossier.schema.json",
  ].join("\n"),
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_args, { io }) {
    io.out(JSON.stringify(dossierJsonSchema(), null, 2));
    return EXIT_OK;
  },
};
