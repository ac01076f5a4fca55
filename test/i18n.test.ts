import { describe, expect, it } from "vitest";
import { hasMessage, placeholderMismatches, t } from "../src/messages/i18n/index.js";

describe("i18n catalog", () => {
  it("gives every French and Spanish text the placeholders of its English text", () => {
    expect(placeholderMismatches()).toEqual([]);
  });

  it("fills placeholders and falls back to English, then to the key", () => {
    expect(t("fr", "status.probation")).toBe("En probation");
    expect(t("es", "status.probation")).toBe("En periodo de prueba");
    expect(t("fr", "cmd.milestone_status.blocked")).toBe("Bloqué");
    expect(hasMessage("no.such.key")).toBe(false);
    expect(t("fr", "no.such.key")).toBe("no.such.key");
  });
});
