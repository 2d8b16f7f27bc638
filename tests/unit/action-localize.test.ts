import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { CONTACT_MESSAGES } from "@/lib/customers/wording";
import type { PortalLocale } from "@/lib/i18n/portal";
import { contactEmailSchema } from "@/lib/references/schemas";
import { resendNotDueMessage } from "@/lib/references/timing";
import { refuse } from "@/lib/result";

// The server-action wrapper answers in the person's language: a refusal's message and each field
// error, which lib writes in the rules' English. English stays exactly what lib wrote.

const request = vi.hoisted(() => ({ locale: "en" as string, cookie: undefined as string | undefined }));

vi.mock("@/lib/auth/session", () => ({
  getActor: async () => ({ kind: "partner-user", userId: "u1", partnerId: "p1", locale: request.locale }),
}));
vi.mock("@/lib/i18n/request-locale", () => ({
  LANGUAGE_COOKIE: "prc_lang",
  getPortalLocale: async () => request.locale,
}));
vi.mock("@/lib/i18n/rollout", () => ({
  portalLanguagesOffered: () => true,
  pseudoLocaleOffered: () => true,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "prc_lang" && request.cookie ? { value: request.cookie } : undefined),
  }),
  headers: async () => new Headers({ "accept-language": "en-GB,en;q=0.9" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", () => ({
  redirect: () => {
    throw new Error("redirect");
  },
}));

const lastSent = new Date("2026-11-26T09:30:00Z");

const refusing = defineAction({
  name: "test-refusal",
  schema: z.object({ contactEmail: contactEmailSchema }),
  run: async () =>
    refuse("CONTACT_REFUSED", CONTACT_MESSAGES.insidePartner, {
      contactEmail: [CONTACT_MESSAGES.insidePartner],
    }),
});
const resending = defineAction({
  name: "test-resend",
  schema: z.object({}),
  run: async () => refuse("RESEND_NOT_DUE", resendNotDueMessage(lastSent)),
});
const outage = defineAction({
  name: "test-outage",
  schema: z.object({}),
  run: async () => {
    throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
  },
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("defineAction answers in the person's language", () => {
  beforeEach(() => {
    request.locale = "en";
    request.cookie = undefined;
  });

  const inLocale = (locale: PortalLocale) => {
    request.locale = locale;
  };

  it("English: the refusal and its field errors exactly as lib wrote them", async () => {
    const state = await refusing(null, form({ contactEmail: "me@partner.example" }));
    expect(state).toMatchObject({
      ok: false,
      message: CONTACT_MESSAGES.insidePartner,
      fieldErrors: { contactEmail: [CONTACT_MESSAGES.insidePartner] },
      values: { contactEmail: "me@partner.example" },
    });
    expect(await resending(null, form({}))).toMatchObject({
      message: "You can resend this request from 3 Dec 2026.",
    });
    const invalid = await refusing(null, form({ contactEmail: "" }));
    expect(invalid).toMatchObject({
      message: "Some fields need your attention.",
      fieldErrors: { contactEmail: ["Enter the contact's email address."] },
    });
  });

  it("German: R16's refusal, R3's date, the form's field errors", async () => {
    inLocale("de");
    const state = await refusing(null, form({ contactEmail: "me@partner.example" }));
    const german =
      "Eine Kundenreferenz muss von jemandem außerhalb Ihrer Organisation stammen. Verwenden Sie die eigene geschäftliche E-Mail-Adresse Ihres Kunden.";
    expect(state).toMatchObject({
      message: german,
      fieldErrors: { contactEmail: [german] },
      values: { contactEmail: "me@partner.example" },
    });
    expect(await resending(null, form({}))).toMatchObject({
      message: "Sie können diese Anfrage ab dem 3. Dez. 2026 erneut senden.",
    });
    expect(await refusing(null, form({ contactEmail: "" }))).toMatchObject({
      message: "Bitte überprüfen Sie die markierten Felder.",
      fieldErrors: { contactEmail: ["Geben Sie die E-Mail-Adresse des Kontakts ein."] },
    });
  });

  it("with the database down, the request's language (its cookie), without reading the session again", async () => {
    inLocale("de");
    request.cookie = "pt-BR";
    expect(await outage(null, form({}))).toMatchObject({
      ok: false,
      message:
        "O serviço está temporariamente indisponível. Nada foi alterado; tente novamente em um minuto.",
    });
    request.cookie = undefined;
    expect(await outage(null, form({}))).toMatchObject({
      message: "The service is temporarily unavailable. Nothing was changed; please try again in a minute.",
    });
  });

  it("Japanese: NUL bytes refused for every action, in Japanese", async () => {
    inLocale("ja");
    const state = await refusing(null, form({ contactEmail: "a\u0000b@x.example" }));
    expect(state).toMatchObject({
      message: "入力内容に確認が必要な項目があります。",
      fieldErrors: {
        contactEmail: [
          "この項目から、目に見えない制御文字や壊れた記号 (NUL バイトなど) を削除してください。",
        ],
      },
    });
  });
});
