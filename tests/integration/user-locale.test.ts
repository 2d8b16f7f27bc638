import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { LOCALE_REFUSAL, languageChoices, setUserLocale } from "@/lib/users/locale";
import { seedWorld, type World } from "../support/factories";
import { T0 } from "../support/lifecycle";

// Issue 21: each person chooses their portal language on /profile (lib/users/locale.ts): one of
// the six, validated, written to their own row only, audited; en-XA only in demo mode.

let world: World;
const demoModeBefore = process.env.DEMO_MODE;

const setDemoMode = (on: boolean) => {
  process.env.DEMO_MODE = on ? "1" : "0";
  resetEnvCache();
};

beforeAll(async () => {
  world = await seedWorld();
});
afterAll(() => {
  if (demoModeBefore === undefined) delete process.env.DEMO_MODE;
  else process.env.DEMO_MODE = demoModeBefore;
  resetEnvCache();
});
beforeEach(async () => {
  setDemoMode(true);
  const db = await getDb();
  await db.user.updateMany({ data: { locale: null } });
  await db.auditEvent.deleteMany({ where: { action: "user.locale_changed" } });
});

const locales = async () =>
  Object.fromEntries(
    (await (await getDb()).user.findMany({ select: { email: true, locale: true } })).map((u) => [
      u.email,
      u.locale,
    ]),
  );

describe("setUserLocale", () => {
  it("saves one of the six languages for the signed-in person, and audits the change", async () => {
    const saved = await setUserLocale({ actor: world.actors.seattle, input: { locale: "pt-BR" }, now: T0 });
    expect(saved).toEqual({ ok: true, data: { locale: "pt-BR" } });
    const db = await getDb();
    expect((await db.user.findUniqueOrThrow({ where: { id: world.actors.seattle.userId } })).locale).toBe(
      "pt-BR",
    );
    const audit = await db.auditEvent.findMany({
      where: { action: "user.locale_changed" },
      select: {
        partnerId: true,
        subjectId: true,
        actorUserId: true,
        before: true,
        after: true,
        createdAt: true,
      },
    });
    expect(audit).toEqual([
      {
        partnerId: world.contoso.id,
        subjectId: world.actors.seattle.userId,
        actorUserId: world.actors.seattle.userId,
        before: { locale: null },
        after: { locale: "pt-BR" },
        createdAt: T0,
      },
    ]);
  });

  it("changes only the signed-in person's own row", async () => {
    const before = await locales();
    const saved = await setUserLocale({ actor: world.actors.agent, input: { locale: "ja" }, now: T0 });
    expect(saved.ok).toBe(true);
    expect(await locales()).toEqual({ ...before, [world.actors.agent.email]: "ja" });
  });

  it("a value outside the list is refused with a clear message, and nothing changes", async () => {
    await setUserLocale({ actor: world.actors.member, input: { locale: "de" }, now: T0 });
    const before = await locales();
    for (const input of [{ locale: "xx" }, { locale: "EN" }, { locale: "" }, {}, { locale: ["fr"] }, null]) {
      const refused = await setUserLocale({ actor: world.actors.member, input, now: T0 });
      expect(refused, JSON.stringify(input)).toEqual({
        ok: false,
        code: "INVALID_INPUT",
        message: LOCALE_REFUSAL,
        fieldErrors: { locale: [LOCALE_REFUSAL] },
      });
    }
    expect(LOCALE_REFUSAL).toBe("Choose a language from the list.");
    expect(await locales()).toEqual(before);
    expect(await (await getDb()).auditEvent.count({ where: { action: "user.locale_changed" } })).toBe(1);
  });

  it("the pseudo-locale en-XA is offered and saved in demo mode only", async () => {
    expect(languageChoices().map((c) => c.locale)).toEqual(["en", "de", "fr", "es", "ja", "pt-BR", "en-XA"]);
    expect(
      (await setUserLocale({ actor: world.actors.global, input: { locale: "en-XA" }, now: T0 })).ok,
    ).toBe(true);

    setDemoMode(false);
    expect(languageChoices().map((c) => c.locale)).toEqual(["en", "de", "fr", "es", "ja", "pt-BR"]);
    const before = await locales();
    const refused = await setUserLocale({ actor: world.actors.munich, input: { locale: "en-XA" }, now: T0 });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT", message: LOCALE_REFUSAL });
    expect(await locales()).toEqual(before);
    // The six languages stay choosable outside demo mode.
    expect((await setUserLocale({ actor: world.actors.munich, input: { locale: "fr" }, now: T0 })).ok).toBe(
      true,
    );
  });

  it("saving the language a person already has changes and audits nothing", async () => {
    await setUserLocale({ actor: world.actors.fabrikam, input: { locale: "es" }, now: T0 });
    const again = await setUserLocale({ actor: world.actors.fabrikam, input: { locale: "es" }, now: T0 });
    expect(again).toEqual({ ok: true, data: { locale: "es" } });
    expect(await (await getDb()).auditEvent.count({ where: { action: "user.locale_changed" } })).toBe(1);
  });
});
