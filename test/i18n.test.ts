import { describe, expect, it } from "vitest";
import { catalogGaps, hasMessage, t } from "../src/i18n/index.js";

describe("i18n catalog", () => {
  it("has every key in English, French and Spanish", () => {
    expect(catalogGaps()).toEqual([]);
  });

  it("fills placeholders and falls back to English, then to the key", () => {
    expect(t("fr", "status.probation")).toBe("En probation");
    expect(t("es", "status.probation")).toBe("En periodo de prueba");
    expect(hasMessage("no.such.key")).toBe(false);
    expect(t("fr", "no.such.key")).toBe("no.such.key");
  });
});
