import type { ParsedMail } from "mailparser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deliverDueEmails } from "@/lib/email/outbox";
import { resetEnvCache } from "@/lib/env";
import { respondByToken } from "@/lib/references/respond";
import { inviteUser } from "@/lib/users/invite";
import { inviteInput } from "../support/admin";
import { DAY, seedWorld, type World } from "../support/factories";
import { createThroughDomain, T0 } from "../support/lifecycle";
import { askForSignInLink } from "../support/sign-in";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

// Issue 21: what partner users and agents are emailed is written in their portal language
// (User.locale), an invitation in that of the partner's location; English for everyone else, and
// for everyone while other languages are not offered (lib/i18n/rollout.ts). Through the outbox and a
// real SMTP listener, as the notices are.

let world: World;
let sink: SmtpSink;
const demoModeBefore = process.env.DEMO_MODE;

const setDemoMode = (value: "0" | "1" | undefined) => {
  if (value === undefined) delete process.env.DEMO_MODE;
  else process.env.DEMO_MODE = value;
  resetEnvCache();
};

beforeAll(async () => {
  world = await seedWorld();
  sink = await startSmtpSink();
});
afterAll(async () => {
  setDemoMode(demoModeBefore as "0" | "1" | undefined);
  await sink?.close();
});
beforeEach(async () => {
  setDemoMode("1"); // other languages are offered in demo mode only for now
  const db = await getDb();
  await db.outboxEmail.deleteMany();
  sink.messages.length = 0;
});
afterEach(async () => {
  const db = await getDb();
  await db.user.updateMany({ data: { locale: null } });
});

const at = (ms: number) => new Date(T0.getTime() + ms);
const CONTOSO_GLOBAL = "admin@contoso.example";
const SEATTLE = "seattle.admin@contoso.example";
const MEMBER = "member@contoso.example";

async function setLocale(email: string, locale: string | null) {
  const db = await getDb();
  await db.user.update({ where: { email }, data: { locale } });
}

/** Delivers everything queued to the listener and returns what each address received. */
async function delivered(now: Date): Promise<Record<string, ParsedMail[]>> {
  const db = await getDb();
  const pending = await db.outboxEmail.count({ where: { status: "PENDING" } });
  await deliverDueEmails({ now, smtpUrl: sink.url });
  await sink.waitFor(pending);
  const byRecipient: Record<string, ParsedMail[]> = {};
  for (const m of sink.messages) {
    const to = m.to && !Array.isArray(m.to) ? m.to.text : "";
    byRecipient[to] = [...(byRecipient[to] ?? []), m];
  }
  return byRecipient;
}

/** The one email this address received. */
function only(mail: Record<string, ParsedMail[]>, to: string): ParsedMail {
  expect(mail[to], `emails to ${to}`).toHaveLength(1);
  return mail[to]![0]!;
}

describe("decision notices in each recipient's language", () => {
  it("a German Global Administrator reads the approval in German; the Local Administrator without a language, in English as before", async () => {
    await setLocale(CONTOSO_GLOBAL, "de");
    const { token, id } = await createThroughDomain(world, T0, { contactEmail: "lang1@customer.example" });
    expect((await respondByToken({ token, decision: "approve", now: at(DAY) })).ok).toBe(true);
    const mail = await delivered(at(DAY));

    const german = only(mail, CONTOSO_GLOBAL);
    expect(german.subject).toBe("Northwind Traders hat die Referenz „Order platform migration“ genehmigt");
    expect(german.text).toContain("Ein Kunde hat eine Referenz genehmigt");
    expect(german.text).toContain(
      "Nancy Davolio von Northwind Traders hat die Referenzanfrage für das Projekt Order platform migration (Seattle) genehmigt.",
    );
    expect(german.text).toContain(`Jetzt zuordnen http://localhost:3000/references/${id}`);
    expect(german.text).toContain("Sie können diese Benachrichtigungen in Ihrem Profil abschalten");
    expect(german.html).toContain('lang="de"');
    expect(german.text).not.toContain("Assign it now");

    const english = only(mail, SEATTLE);
    expect(english.subject).toBe("Northwind Traders approved the reference “Order platform migration”");
    expect(english.text).toBe(
      [
        "A customer approved a reference",
        "",
        "Nancy Davolio of Northwind Traders approved the reference request for the project Order platform migration (Seattle).",
        "",
        "An approved reference counts only once it is assigned to a competency: choose the competency and press OK.",
        "",
        `Assign it now http://localhost:3000/references/${id}`,
        "",
        "----------------------------------------",
        "",
        "You receive this because you created this request or administer Seattle. You can turn these notices off on your profile: http://localhost:3000/profile",
      ].join("\n"),
    );
    expect(english.html).toContain('lang="en"');
  });

  it("in production (not demo mode) the languages are live too: the German administrator reads German", async () => {
    setDemoMode("0");
    await setLocale(CONTOSO_GLOBAL, "de");
    const { token } = await createThroughDomain(world, T0, { contactEmail: "lang2@customer.example" });
    expect((await respondByToken({ token, decision: "reject", now: at(DAY) })).ok).toBe(true);
    const mail = await delivered(at(DAY));
    expect(only(mail, CONTOSO_GLOBAL).subject).toBe(
      "Northwind Traders hat die Referenz „Order platform migration“ abgelehnt",
    );
    expect(only(mail, CONTOSO_GLOBAL).text).toContain("Ein Kunde hat eine Referenz abgelehnt");
  });
});

describe("invitations in the language of the partner's location", () => {
  it("an agent invites the Global Administrator of a partner whose location is in Japan: the invitation is in Japanese", async () => {
    const db = await getDb();
    const partner = await db.partner.create({
      data: {
        name: "Sakura Systems",
        isDemo: true,
        locations: { create: [{ name: "Tokyo", country: "Japan" }] },
      },
    });
    const invited = await inviteUser({
      actor: world.actors.agent,
      partnerId: partner.id,
      input: inviteInput({
        email: "kenji.sato@sakura.example",
        name: "Kenji Sato",
        role: "GLOBAL_ADMINISTRATOR",
      }),
      now: T0,
    });
    expect(invited.ok).toBe(true);
    const mail = only(await delivered(T0), "kenji.sato@sakura.example");
    expect(mail.subject).toBe("Sakura Systems の Partner Reference Center への招待");
    expect(mail.text).toContain("Kenji Sato 様");
    expect(mail.text).toContain(
      "Alex Morgan（Regional Service Center） から、Sakura Systems の「グローバル管理者」として招待されました。",
    );
    expect(mail.text).toContain("7 日で期限切れになります。");
    expect(mail.text).toMatch(/招待を承諾 http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{43}/);
    expect(mail.html).toContain('lang="ja"');
  });

  it("a Local Administrator of Munich is invited in German; a member of Contoso (locations in several languages) in English as before", async () => {
    const munich = await inviteUser({
      actor: world.actors.global,
      input: inviteInput({
        email: "lena.vogel@contoso.example",
        name: "Lena Vogel",
        role: "LOCAL_ADMINISTRATOR",
        locationIds: [world.location("Munich").id],
      }),
      now: T0,
    });
    const member = await inviteUser({
      actor: world.actors.global,
      input: inviteInput({ email: "ola.member@contoso.example", name: "Ola Member" }),
      now: T0,
    });
    expect([munich.ok, member.ok]).toEqual([true, true]);
    const mail = await delivered(T0);
    expect(only(mail, "lena.vogel@contoso.example").subject).toBe(
      "Einladung zum Partner Reference Center für Contoso",
    );
    expect(only(mail, "lena.vogel@contoso.example").text).toContain(
      "Dana Whitfield hat Sie zu Contoso eingeladen, mit der Rolle „Lokaler Administrator für Munich“.",
    );
    const english = only(mail, "ola.member@contoso.example");
    expect(english.subject).toBe("You are invited to the Partner Reference Center for Contoso");
    expect(english.text).toContain("Hello Ola Member,");
    expect(english.text).toContain(
      "Dana Whitfield invited you as Member of Contoso. Accept the invitation to sign in. The link works once and expires in 7 days.",
    );
  });
});

describe("sign-in links in the person's language", () => {
  it("a user whose language is French receives the link in French", async () => {
    await setLocale(MEMBER, "fr");
    await askForSignInLink(MEMBER, "french-sign-in-token-1234", T0);
    const mail = only(await delivered(T0), MEMBER);
    expect(mail.subject).toBe("Votre lien de connexion au Partner Reference Center");
    expect(mail.text).toContain("Bonjour Chris Lee,");
    expect(mail.text).toContain("Le lien ne fonctionne qu’une fois et expire dans 24 heures.");
    expect(mail.text).toContain("token=french-sign-in-token-1234");
    expect(mail.html).toContain('lang="fr"');
  });

  it("a user without a language receives it in English, as before", async () => {
    await askForSignInLink(SEATTLE, "english-sign-in-token-1234", T0);
    const mail = only(await delivered(T0), SEATTLE);
    expect(mail.subject).toBe("Your sign-in link for the Partner Reference Center");
    expect(mail.text).toContain("Hello Sam Ortega,");
    expect(mail.text).toContain(
      "Use the button below to sign in. The link works once and expires in 24 hours.",
    );
    expect(mail.text).toContain(
      "You received this email because someone asked to sign in with your address. If it was not you, you can ignore it.",
    );
    expect(mail.html).toContain('lang="en"');
  });
});
