/** Spec §4's validation rules, one module per subject; each returns every violation it finds. */
export * from "./applications.js";
export * from "./commitments.js";
export * from "./decisions.js";
export * from "./member-facts.js";
export * from "./modifications.js";
export * from "./plans.js";
