import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { KEYS_FORBIDDEN } from "@/lib/api/keys";
import { createApiKeySchema } from "@/lib/api/schemas";
import { competencySchema } from "@/lib/competencies/catalog-schemas";
import { PROJECT_TYPE_KEYS, PROJECT_TYPES } from "@/lib/competencies/project-types";
import { NOT_SUPPRESSED } from "@/lib/customers/do-not-ask";
import { AGENTS_ONLY, NOTHING_HELD } from "@/lib/customers/personal-data";
import { liftSuppressionSchema, personalDataSchema } from "@/lib/customers/schemas";
import { CONTACT_MESSAGES } from "@/lib/customers/wording";
import { SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { GONE } from "@/lib/email/relink";
import { LOCALES } from "@/lib/i18n/locales";
import {
  isKnownLibText,
  localizedProjectType,
  localizeFieldErrors,
  localizeLibText,
  matchLibText,
} from "@/lib/i18n/localize";
import { portalTranslator } from "@/lib/i18n/portal";
import { PORTAL_EN } from "@/lib/i18n/portal-messages";
import { NOTICE_KINDS } from "@/lib/notices/kinds";
import { parseDomains } from "@/lib/partners/domains";
import { locationSchema, onboardSchema } from "@/lib/partners/schemas";
import { ASSIGN_MESSAGES } from "@/lib/references/assign-rules";
import { CANCEL_FORBIDDEN } from "@/lib/references/cancel";
import { SAME_ADDRESS } from "@/lib/references/correct-contact";
import { buildCreateReferenceSchema, cancelReferenceSchema } from "@/lib/references/schemas";
import { resendNotDueMessage } from "@/lib/references/timing";
import { MESSAGES, STATUS_LABELS } from "@/lib/references/wording";
import { limitMessages } from "@/lib/security/rate-limit";
import { CASE_MESSAGES } from "@/lib/service-center/cases";
import { RESOLVE_MESSAGES } from "@/lib/service-center/resolve";
import {
  declineServiceCaseSchema,
  openServiceCaseSchema,
  resolveServiceCaseSchema,
} from "@/lib/service-center/schemas";
import { ACCEPT_REFUSALS } from "@/lib/users/accept";
import { roleLabelOf } from "@/lib/users/role-label";
import { inviteSchema } from "@/lib/users/schemas";
import { ADMIN_MESSAGES, ROLE_LABELS } from "@/lib/users/wording";
import { UNSAFE_TEXT_MESSAGE } from "@/lib/validation/text";
import { MAX_ENDPOINTS, WEBHOOKS_FORBIDDEN } from "@/lib/webhooks/endpoints";
import { createEndpointSchema, endpointUrlProblem } from "@/lib/webhooks/schemas";

// lib/ refuses in the rules' English (rules.md quotes it; the API answers with it); the portal shows
// each refusal and field error in the person's language by looking the English up in the `rules`
// catalogue. A new English sentence without a translation fails the coverage tests below.

const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";

// Last sent 26 Nov 2026: a resend is possible from 3 Dec 2026 (R3).
const lastSent = new Date("2026-11-26T09:30:00Z");

describe("lib's English in the portal's languages", () => {
  it("English passes through unchanged", () => {
    for (const text of [
      MESSAGES.createForbidden,
      resendNotDueMessage(lastSent),
      ASSIGN_MESSAGES.notEligible("DEVOPS", "Cloud Platform", ["CLOUD_MIGRATION"]),
      "Anything at all.",
    ]) {
      expect(localizeLibText("en", text)).toBe(text);
    }
    expect(resendNotDueMessage(lastSent)).toBe("You can resend this request from 3 Dec 2026.");
  });

  it("unknown text passes through unchanged in every language", () => {
    for (const locale of LOCALES) {
      expect(localizeLibText(locale, "The SMTP server said 550 no such user.")).toBe(
        "The SMTP server said 550 no such user.",
      );
      expect(localizeLibText(locale, "")).toBe("");
    }
  });

  it("R3: the resend date is written the way the language writes dates", () => {
    const english = resendNotDueMessage(lastSent);
    expect(localizeLibText("de", english)).toBe(
      "Sie können diese Anfrage ab dem 3. Dez. 2026 erneut senden.",
    );
    expect(localizeLibText("ja", english)).toBe("このリクエストは2026年12月3日から再送信できます。");
    expect(localizeLibText("fr", english)).toBe(
      "Vous pourrez renvoyer cette demande à partir du 3 déc. 2026.",
    );
  });

  it("R5: who may create and resend", () => {
    expect(localizeLibText("de", MESSAGES.createForbidden)).toBe(
      "Stellen Sie sicher, dass Sie Globaler Administrator oder Lokaler Administrator des Standorts sind, an dem Sie eine Referenz erstellen möchten.",
    );
    expect(localizeLibText("ja", MESSAGES.createForbidden)).toBe(
      "参照を作成する拠点のグローバル管理者またはローカル管理者であることを確認してください。",
    );
  });

  it("R6: who may assign and reassign", () => {
    expect(localizeLibText("de", MESSAGES.assignForbidden)).toBe(
      "Stellen Sie sicher, dass Sie Globaler Administrator oder Lokaler Administrator des Standorts sind, an dem die Referenzanfrage erstellt wurde. Andernfalls können Sie keine Referenzen zuordnen.",
    );
    expect(localizeLibText("ja", MESSAGES.assignForbidden)).toBe(
      "参照リクエストが作成された拠点のグローバル管理者またはローカル管理者であることを確認してください。それ以外の場合、参照を割り当てることはできません。",
    );
  });

  it("R9: the refusal names the eligible types, in the language and the catalog's order", () => {
    const english = ASSIGN_MESSAGES.notEligible("DEVOPS", "Cloud Platform", [
      "CLOUD_MIGRATION",
      "APPLICATION_DEVELOPMENT",
    ]);
    expect(english).toBe(
      "This reference's project type (DevOps pipeline and automation) is not eligible for Cloud Platform. Cloud Platform accepts: Custom application development, Migration to the cloud.",
    );
    expect(localizeLibText("de", english)).toBe(
      "Der Projekttyp dieser Referenz (DevOps-Pipeline und Automatisierung) ist für Cloud Platform nicht zulässig. Cloud Platform akzeptiert: Individuelle Anwendungsentwicklung, Migration in die Cloud.",
    );
    expect(localizeLibText("ja", english)).toBe(
      "この参照のプロジェクトの種類 (DevOps パイプラインと自動化) は Cloud Platform の対象外です。Cloud Platform の対象: カスタム アプリケーション開発、クラウドへの移行。",
    );
  });

  it("R2 and R7: the status label is the language's", () => {
    expect(localizeLibText("de", MESSAGES.alreadyFinal("CANCELED"))).toBe(
      "Diese Anfrage hat bereits den Status „Storniert“.",
    );
    expect(localizeLibText("ja", ASSIGN_MESSAGES.notApproved("AWAITING_APPROVAL"))).toBe(
      "コンピテンシーに割り当てられるのは承認済みの参照のみです。このリクエストは「承認待ち」です。",
    );
  });

  it("R16: a reference comes from outside the partner", () => {
    expect(localizeLibText("de", CONTACT_MESSAGES.insidePartner)).toBe(
      "Eine Kundenreferenz muss von jemandem außerhalb Ihrer Organisation stammen. Verwenden Sie die eigene geschäftliche E-Mail-Adresse Ihres Kunden.",
    );
    expect(localizeLibText("ja", CONTACT_MESSAGES.insidePartner)).toBe(
      "顧客参照は、組織外の方から得る必要があります。お客様ご自身の勤務先メール アドレスを使用してください。",
    );
  });

  it("R18: customers are not over-asked", () => {
    expect(localizeLibText("de", CONTACT_MESSAGES.openFromPartner)).toBe(
      "Für diesen Kontakt gibt es bereits eine offene Referenzanfrage Ihrer Organisation.",
    );
    expect(localizeLibText("de", CONTACT_MESSAGES.suppressed)).toBe(
      "Dieser Kontakt hat darum gebeten, keine Referenzanfragen zu erhalten.",
    );
    expect(localizeLibText("ja", CONTACT_MESSAGES.tooManyOpen)).toBe(
      "この連絡先には未回答の参照リクエストが多すぎます。いずれかに回答があってから、もう一度お試しください。",
    );
  });

  it("rate limits count minutes in the language's plural", () => {
    expect(localizeLibText("de", limitMessages.create(30))).toBe(
      "Sie haben in kurzer Zeit viele Referenzanfragen gesendet. Bitte versuchen Sie es in 1 Minute erneut.",
    );
    expect(localizeLibText("de", limitMessages.resend(12 * 60))).toBe(
      "Sie haben in kurzer Zeit viele Anfragen erneut gesendet. Bitte versuchen Sie es in 12 Minuten erneut.",
    );
    expect(localizeLibText("ja", limitMessages.signIn(3600))).toBe(
      "サインイン メールのリクエストが多すぎます。60 分後にもう一度お試しください。",
    );
  });

  it("field errors are translated message by message, fields kept", () => {
    expect(
      localizeFieldErrors("de", {
        contactEmail: [CONTACT_MESSAGES.insidePartner],
        completedOn: ["Enter a real calendar date.", "Not ours."],
        empty: undefined,
      }),
    ).toEqual({
      contactEmail: [localizeLibText("de", CONTACT_MESSAGES.insidePartner)],
      completedOn: ["Geben Sie ein gültiges Kalenderdatum ein.", "Not ours."],
      empty: undefined,
    });
    const english = { name: ["Enter the person's name."] };
    expect(localizeFieldErrors("en", english)).toBe(english);
  });

  it("the pseudo-locale shows lib's sentences accented, dates too", () => {
    expect(localizeLibText("en-XA", resendNotDueMessage(lastSent))).toMatch(
      /^\[Ýóú çáñ ŕéšéñð ţĥíš ŕéǫúéšţ ƒŕóɱ 3 Ðéç 2026\. ~+\]$/,
    );
  });

  it("project types and statuses on their own", () => {
    expect(localizedProjectType("de", "CLOUD_MIGRATION")).toBe("Migration in die Cloud");
    expect(localizedProjectType("de", "UNKNOWN_TYPE")).toBe("UNKNOWN_TYPE");
    expect(localizeLibText("fr", STATUS_LABELS.CUSTOMER_APPROVED)).toBe("Approuvée par le client");
    expect(localizeLibText("de", ROLE_LABELS.GLOBAL_ADMINISTRATOR)).toBe("Globaler Administrator");
    expect(localizeLibText("es", roleLabelOf("LOCAL_ADMINISTRATOR", ["Oslo", "Lima"]))).toBe(
      "Administrador local de Oslo, Lima",
    );
  });
});

// --- Coverage: every English sentence lib shows partner users and agents has its message.

const statuses = Object.keys(STATUS_LABELS) as (keyof typeof STATUS_LABELS)[];

function exportedSentences(): string[] {
  const strings = (o: Record<string, unknown>) => Object.values(o).filter((v) => typeof v === "string");
  return [
    ...strings(MESSAGES),
    ...statuses.map((s) => MESSAGES.alreadyFinal(s)),
    ...statuses.map((s) => ASSIGN_MESSAGES.notApproved(s)),
    ...strings(ASSIGN_MESSAGES),
    ASSIGN_MESSAGES.sameCompetency("Cloud Platform"),
    ASSIGN_MESSAGES.retired("Modern Work"),
    ...PROJECT_TYPE_KEYS.map((t) => ASSIGN_MESSAGES.notEligible(t, "Data & AI", [...PROJECT_TYPE_KEYS])),
    resendNotDueMessage(lastSent),
    resendNotDueMessage(new Date("2027-02-28T23:00:00Z")),
    ...Object.values(STATUS_LABELS),
    ...strings(CONTACT_MESSAGES),
    ...strings(ADMIN_MESSAGES),
    ...strings(ROLE_LABELS),
    roleLabelOf("LOCAL_ADMINISTRATOR", ["Oslo"]),
    ...Object.values(ACCEPT_REFUSALS),
    ...[1, 59, 60, 61, 3600, 7200].flatMap((s) => Object.values(limitMessages).map((m) => m(s))),
    UNSAFE_TEXT_MESSAGE,
    SERVICE_UNAVAILABLE,
    GENERIC_FAILURE,
    CANCEL_FORBIDDEN,
    SAME_ADDRESS,
    ...strings(CASE_MESSAGES),
    ...strings(RESOLVE_MESSAGES),
    RESOLVE_MESSAGES.closed("RESOLVED"),
    RESOLVE_MESSAGES.closed("DECLINED"),
    NOT_SUPPRESSED,
    AGENTS_ONLY,
    NOTHING_HELD,
    KEYS_FORBIDDEN,
    WEBHOOKS_FORBIDDEN,
    `A partner can have ${MAX_ENDPOINTS} webhook endpoints. Delete one first.`,
    ...Object.values(GONE),
    ...NOTICE_KINDS.flatMap((k) => [k.label, k.description]),
    ...Object.values(PROJECT_TYPES),
  ] as string[];
}

/** Every custom message a schema gives for a set of wrong inputs (zod's own defaults left out). */
function schemaMessages(schema: z.ZodType, inputs: unknown[]): string[] {
  return inputs.flatMap((input) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  });
}

const long = (n: number) => "x".repeat(n + 1);
const NUL = "a\u0000b";

function fieldMessages(): string[] {
  const create = buildCreateReferenceSchema(() => new Date("2026-11-27T12:00:00Z"));
  const fields = ["locationId", "customerCompany", "contactName", "projectTitle", "projectDescription"];
  return [
    ...schemaMessages(create, [
      {},
      { ...Object.fromEntries(fields.map((f) => [f, long(4000)])), contactEmail: `${long(300)}@x.com` },
      { ...Object.fromEntries(fields.map((f) => [f, NUL])), contactEmail: NUL, completedOn: NUL },
      {
        contactEmail: "not-an-address",
        completedOn: "2026-02-30",
        createKey: "short",
        contactLanguage: "xx",
      },
      { completedOn: "01/02/2020", projectType: "NOPE" },
      { completedOn: "1980-01-01" },
      { completedOn: "2030-01-01" },
    ]),
    ...schemaMessages(cancelReferenceSchema, [{}, { programAdministrator: long(200), note: long(1000) }]),
    ...schemaMessages(inviteSchema, [
      {},
      { email: "nope", name: long(200), role: "LOCAL_ADMINISTRATOR", locationIds: [] },
      { email: `${long(300)}@x.com`, name: "", role: "X" },
    ]),
    ...schemaMessages(onboardSchema, [
      {},
      { name: "", programId: "12", locations: [], adminEmail: "", adminName: "" },
      {
        name: long(200),
        programId: "1234567",
        locations: Array.from({ length: 11 }, () => ({ name: "Oslo", country: long(100) })),
        adminEmail: "a@b.example",
        adminName: long(200),
      },
      {
        name: "P",
        programId: "1234567",
        locations: [
          { name: "Oslo", country: "Norway" },
          { name: "oslo", country: "" },
        ],
        adminEmail: "a@b.example",
        adminName: "A",
      },
    ]),
    ...schemaMessages(locationSchema, [{}, { name: long(200), country: long(100) }]),
    ...schemaMessages(competencySchema, [
      {},
      { name: long(200), silverRequired: "x", goldRequired: 1.5, countingMonths: 0, projectTypes: [] },
      { name: "C", silverRequired: 0, goldRequired: 21, countingMonths: 61, projectTypes: ["NOPE"] },
      { name: "C", silverRequired: 21, goldRequired: 0, projectTypes: ["DEVOPS"] },
      { name: "C", silverRequired: 5, goldRequired: 3, projectTypes: ["DEVOPS"] },
    ]),
    ...schemaMessages(openServiceCaseSchema, [
      {},
      { type: "CANCELLATION" },
      { type: "CANCELLATION", referenceId: "r", message: long(2000), programAdministrator: long(200) },
      { type: "ASSIGNMENT_HELP", referenceId: long(64), message: NUL, competencyId: long(64) },
    ]),
    ...schemaMessages(resolveServiceCaseSchema, [{}, { caseId: "c", resolution: long(2000) }]),
    ...schemaMessages(declineServiceCaseSchema, [{ caseId: "c" }, { caseId: "c", reason: long(2000) }]),
    ...schemaMessages(personalDataSchema, [{}, { email: "nope" }, { email: `${long(300)}@x.com` }]),
    ...schemaMessages(liftSuppressionSchema, [
      { email: "a@b.example" },
      { email: "a@b.example", note: long(1000) },
    ]),
    ...schemaMessages(createApiKeySchema, [{}, { name: long(80), scope: "READ", actsAs: "locations" }]),
    ...schemaMessages(createEndpointSchema(false), [
      { url: "", events: [], enabled: true },
      { url: `https://${long(2000)}.example`, events: ["nope"], enabled: true },
      { url: "not a url", events: [], enabled: true },
    ]),
    ...["http://crm.example.com/hook", "https://u:p@crm.example.com/hook", "https://127.0.0.1/hook"].map(
      (url) => endpointUrlProblem(url, false),
    ),
    ...[
      long(2000),
      Array.from({ length: 21 }, (_, i) => `d${i}.example`).join(" "),
      "no_domain",
      "gmail.com",
    ].map((text) => {
      const parsed = parseDomains(text);
      return "error" in parsed ? parsed.error : null;
    }),
  ].filter((m): m is string => typeof m === "string" && !/^(Invalid|Too (big|small))\b/.test(m));
}

/** Sentences written literally in lib's portal-facing files: the ones no export reaches. */
const SCANNED = [
  "lib/actions",
  "lib/references",
  "lib/customers",
  "lib/users",
  "lib/partners",
  "lib/competencies",
  "lib/service-center",
  "lib/webhooks",
  "lib/notices",
  "lib/email/failed.ts",
  "lib/email/relink.ts",
  "lib/api/keys.ts",
  "lib/api/schemas.ts",
  "lib/security/rate-limit.ts",
  "lib/security/request-guard.ts",
  "lib/validation/text.ts",
  "lib/db/unavailable.ts",
];
/** Sentences those files write that never reach a partner user or agent in the portal. */
const NOT_PORTAL = new Set([
  "This link is not valid.", // the customer's pages (their own catalogue)
  "Choose Approve or Reject.",
  "Please try again.",
]);

function literalSentences(): { file: string; text: string }[] {
  const files = SCANNED.flatMap(function walk(entry: string): string[] {
    if (statSync(entry).isDirectory())
      return readdirSync(entry).flatMap((name) => walk(path.join(entry, name)));
    return entry.endsWith(".ts") ? [entry] : [];
  });
  return files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/logger\(|throw new|console\.|^\s*(\/\/|\*)/.test(line))
      .flatMap((line) => [...line.matchAll(/"((?:[A-Z“]|\d+,)[^"\\]*? [^"\\]*? [^"\\]*[.?!])"/g)])
      .map((m) => ({ file, text: m[1]! }))
      .filter(({ text }) => !NOT_PORTAL.has(text)),
  );
}

describe("every English sentence lib shows in the portal has a translation", () => {
  it("the wording modules' exported sentences", () => {
    const missing = exportedSentences().filter((text) => !isKnownLibText(text));
    expect(missing).toEqual([]);
  });

  it("the schemas' field messages", () => {
    const messages = fieldMessages();
    expect(messages.length).toBeGreaterThan(60);
    expect([...new Set(messages)].filter((text) => !isKnownLibText(text))).toEqual([]);
  });

  it("the sentences written literally in lib's portal-facing files", () => {
    const found = literalSentences();
    expect(found.length).toBeGreaterThan(50);
    expect(found.filter(({ text }) => !isKnownLibText(text))).toEqual([]);
  });

  it("each is translated in every language, not left in English", () => {
    const all = [...new Set([...exportedSentences(), ...fieldMessages()])];
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const untranslated = all.filter((text) => localizeLibText(locale, text) === text);
      expect(untranslated, locale).toEqual([]);
    }
  });
});

describe("the rules catalogue itself", () => {
  type Tree = { [key: string]: string | Tree };
  const flatten = (tree: Tree, prefix = ""): [string, string][] =>
    Object.entries(tree).flatMap(([key, value]) => {
      const p = prefix ? `${prefix}.${key}` : key;
      return typeof value === "string" ? [[p, value] as [string, string]] : flatten(value, p);
    });
  const english = flatten(PORTAL_EN.rules as unknown as Tree);

  it("says each English sentence once, so its translation is never a guess", () => {
    const texts = english.map(([, text]) => text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it("finds every message with variable parts from its own English, with the parts read back", () => {
    const samples: Record<string, string | number> = {
      status: "Customer Approved",
      date: "3 Dec 2026",
      projectType: "Migration to the cloud",
      types: "Custom application development, Migration to the cloud",
      competency: "Data & AI",
      domain: "gmail.com",
      partner: "Contoso, Ltd.",
      locations: "Oslo, Lima",
      minutes: 12,
      max: 200,
      min: 1,
      email: "kim@litware.example",
      name: "Alex Morgan",
      prefix: "prc_AbCd",
    };
    const t = portalTranslator("en", "rules") as unknown as (key: string, v?: object) => string;
    for (const [key, message] of english.filter(([, m]) => m.includes("{"))) {
      const text = t(key, samples);
      expect(text, key).not.toContain("{");
      const found = matchLibText(text);
      expect(found?.key, text).toBe(key);
      for (const [name, value] of Object.entries(found?.values ?? {}))
        expect(value, `${key} {${name}}`).toBe(String(samples[name]));
      if (message.includes("plural")) expect(matchLibText(t(key, { ...samples, minutes: 1 }))?.key).toBe(key);
    }
  });
});
