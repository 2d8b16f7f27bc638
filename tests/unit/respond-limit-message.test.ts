import { expect, it } from "vitest";
import { translator } from "@/lib/i18n/translator";
import { retryMinutes } from "@/lib/security/rate-limit";

// The customer who answered too often from one network is told so in the page's language.
it.each([
  ["en", 1, "Please try again in 1 minute."],
  ["en", 12, "Please try again in 12 minutes."],
  ["de", 12, "Bitte versuchen Sie es in 12 Minuten erneut."],
  ["fr", 1, "Veuillez réessayer dans 1 minute."],
  ["es", 3, "dentro de 3 minutos."],
  ["ja", 5, "5分後にもう一度お試しください。"],
  ["pt-BR", 2, "Tente novamente em 2 minutos."],
] as const)("R13: the decision limit speaks %s (%i minutes)", (locale, minutes, expected) => {
  expect(translator(locale, "respond")("tooManyAnswers", { minutes })).toContain(expected);
});

it("R13: the wait is given in whole minutes, never 0", () => {
  expect(retryMinutes(1)).toBe(1);
  expect(retryMinutes(60)).toBe(1);
  expect(retryMinutes(61)).toBe(2);
});
