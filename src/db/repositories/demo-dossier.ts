import demoDossier from "../../../demo/demo-dossier.json" with { type: "json" };

/** The demo dossier (demo/demo-dossier.json), parsed but not validated: `importDossier` does that. */
export function loadDemoDossier(): unknown {
  return structuredClone(demoDossier);
}
