import { readFileSync } from "node:fs";

const DEMO_DOSSIER_FILE = new URL("../../../demo/demo-dossier.json", import.meta.url);

/** The demo dossier (demo/demo-dossier.json), parsed but not validated: `importDossier` does that. */
export function loadDemoDossier(): unknown {
  return JSON.parse(readFileSync(DEMO_DOSSIER_FILE, "utf8"));
}
