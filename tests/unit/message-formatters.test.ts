import { createElement, isValidElement, type ReactElement } from "react";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { portalFormatters } from "@/lib/i18n/message-formatters";

// The portal's shared formatters key a compiled message by language and text: the same text in two
// languages must still follow each language's plural rules and number format, and a formatter
// reused across calls must give each call its own values.

const messages = {
  count: "{count, plural, one {# reference} other {# references}}",
  plain: "{count, number} and {raw, number, ::group-off}",
  rich: "Read <b>{name}</b> and <b>more</b>",
};

const translator = (locale: string) =>
  createTranslator({ locale, messages, _formatters: portalFormatters, onError: () => undefined });
const defaults = (locale: string) => createTranslator({ locale, messages, onError: () => undefined });

describe("the portal's message formatters", () => {
  it("format what use-intl's own formatters format, in every language", () => {
    for (const locale of ["en", "de", "fr", "ja", "pt-BR", "es"]) {
      for (const count of [0, 1, 2, 1234567]) {
        expect(translator(locale)("count", { count })).toBe(defaults(locale)("count", { count }));
        expect(translator(locale)("plain", { count, raw: count })).toBe(
          defaults(locale)("plain", { count, raw: count }),
        );
      }
    }
  });

  it("keep each language's rules for the same text", () => {
    expect(translator("en")("plain", { count: 1234, raw: 1234 })).toBe("1,234 and 1234");
    expect(translator("de")("plain", { count: 1234, raw: 1234 })).toBe("1.234 and 1234");
    expect(translator("en")("count", { count: 1 })).toBe("1 reference");
  });

  it("give rich text its elements, keyed, on every call", () => {
    for (const name of ["Contoso", "Fabrikam"]) {
      const parts = translator("en").rich("rich", { name, b: (chunks) => createElement("b", null, chunks) });
      const elements = (parts as unknown[]).filter((p): p is ReactElement<{ children: unknown }> =>
        isValidElement(p),
      );
      expect(elements.map((e) => e.key)).toEqual(["b0", "b1"]);
      expect(elements.map((e) => String(e.props.children))).toEqual([name, "more"]);
    }
  });
});
