import { type Browser, expect, type Page, test } from "@playwright/test";
import { type DemoUser, pageFor, USERS } from "./support";

// The authorization matrix over HTTP: every new page and every new kind of action, for each role
// (agent, Global Administrator, Local Administrator, member, another partner's Global
// Administrator, signed out). Actions are replayed as the browser would post them without
// JavaScript: a form captured from a page that shows it, posted with another person's cookies.

type Role = "agent" | "global" | "local" | "member" | "otherGlobal" | "signedOut";
const AS: Record<Exclude<Role, "signedOut">, DemoUser> = {
  agent: USERS.agent,
  global: USERS.contosoGlobal,
  local: USERS.seattleAdmin,
  member: USERS.member,
  otherGlobal: USERS.fabrikamGlobal,
};
const ROLES = ["agent", "global", "local", "member", "otherGlobal", "signedOut"] as const;

async function pageAs(browser: Browser, role: Role, path: string): Promise<Page> {
  if (role !== "signedOut") return pageFor(browser, AS[role], path);
  const context = await browser.newContext({ timezoneId: "UTC", locale: "en-GB" });
  return context.newPage();
}

type PageOutcome = "edit" | "read" | "refused" | "not-found" | "sign-in";
const PAGES: Record<
  string,
  { path: string; heading: RegExp; editMarker?: string; outcomes: Record<Role, PageOutcome> }
> = {
  users: {
    path: "/settings/users",
    heading: /Users and roles/,
    editMarker: "Invite a person",
    outcomes: {
      agent: "not-found",
      global: "edit",
      local: "read",
      member: "read",
      otherGlobal: "edit",
      signedOut: "sign-in",
    },
  },
  locations: {
    path: "/settings/locations",
    heading: /Locations/,
    editMarker: "Add a location",
    outcomes: {
      agent: "not-found",
      global: "edit",
      local: "read",
      member: "read",
      otherGlobal: "edit",
      signedOut: "sign-in",
    },
  },
  activity: {
    path: "/settings/activity",
    heading: /Activity/,
    outcomes: {
      agent: "read",
      global: "read",
      local: "refused",
      member: "refused",
      otherGlobal: "read",
      signedOut: "sign-in",
    },
  },
  profile: {
    path: "/profile",
    heading: /Your profile/,
    outcomes: {
      agent: "read",
      global: "read",
      local: "read",
      member: "read",
      otherGlobal: "read",
      signedOut: "sign-in",
    },
  },
  onboard: {
    path: "/service-center/partners/new",
    heading: /Onboard a partner/,
    editMarker: "Onboard a partner",
    outcomes: {
      agent: "edit",
      global: "not-found",
      local: "not-found",
      member: "not-found",
      otherGlobal: "not-found",
      signedOut: "sign-in",
    },
  },
  catalog: {
    path: "/service-center/competencies",
    heading: /Competency catalog/,
    editMarker: "Add a competency",
    outcomes: {
      agent: "edit",
      global: "not-found",
      local: "not-found",
      member: "not-found",
      otherGlobal: "not-found",
      signedOut: "sign-in",
    },
  },
};

test.describe("administration: who may open which page", () => {
  for (const role of ROLES) {
    test(`pages as ${role}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const page = await pageAs(browser, role, "/profile");
      for (const [name, spec] of Object.entries(PAGES)) {
        await page.goto(spec.path);
        const outcome = spec.outcomes[role];
        const form = spec.editMarker ? page.getByRole("form", { name: spec.editMarker }) : null;
        if (outcome === "sign-in") await expect(page, name).toHaveURL(/\/signin/);
        else if (outcome === "not-found")
          await expect(page.getByRole("heading", { level: 1 }), name).toHaveText(/could not find/i);
        else if (outcome === "refused")
          await expect(
            page.getByText(
              "Only a Global Administrator of this partner or the Regional Service Center can see its activity.",
            ),
          ).toBeVisible();
        else {
          await expect(page.getByRole("heading", { level: 1, name: spec.heading }), name).toBeVisible();
          if (form) await expect(form, name).toHaveCount(outcome === "edit" ? 1 : 0);
        }
      }
      await page.context().close();
    });
  }
});

/** The fields a form would post without JavaScript (including React's action reference). */
async function capture(page: Page, formName: string): Promise<Record<string, string>> {
  return page.getByRole("form", { name: formName }).evaluate((form) => {
    const out: Record<string, string> = {};
    new FormData(form as HTMLFormElement).forEach((value, key) => {
      if (typeof value === "string") out[key] = value;
    });
    return out;
  });
}

type Replay = {
  from: { user: DemoUser; path: string; form: string };
  fields: (role: Role) => Record<string, string>;
  allowed: Role[];
  refusal: string;
  /** Where the written rows show, and which roles' rows must be there (the rest must not). */
  verify: { user: DemoUser; path: string; row: string; text: (role: Role) => string; present: Role[] };
};

const REPLAYS: Record<string, Replay> = {
  "invite a person": {
    from: { user: USERS.contosoGlobal, path: "/settings/users", form: "Invite a person" },
    fields: (role) => ({ email: `replay.${role}@example.org`, name: `Replay ${role}`, role: "MEMBER" }),
    // Another partner's Global Administrator invites into their own partner.
    allowed: ["global", "otherGlobal"],
    refusal: "Only a Global Administrator of this partner can manage its users and roles.",
    verify: {
      user: USERS.contosoGlobal,
      path: "/settings/users",
      row: "invitation-row",
      text: (r) => `replay.${r}@example.org`,
      present: ["global"],
    },
  },
  "add a location": {
    from: { user: USERS.contosoGlobal, path: "/settings/locations", form: "Add a location" },
    fields: (role) => ({ name: `Replay ${role}`, country: "Nowhere" }),
    allowed: ["global", "otherGlobal"],
    refusal: "Only a Global Administrator of this partner can change its locations.",
    verify: {
      user: USERS.contosoGlobal,
      path: "/settings/locations",
      row: "location-row",
      text: (r) => `Replay ${r}`,
      present: ["global"],
    },
  },
  "onboard a partner": {
    from: { user: USERS.agent, path: "/service-center/partners/new", form: "Onboard a partner" },
    fields: (role) => ({
      name: `Replay ${role}`,
      programId: String(7000000 + ROLES.indexOf(role as (typeof ROLES)[number])),
      "locations.0.name": "Oslo",
      "locations.0.country": "Norway",
      adminEmail: `ga.${role}@replay.example`,
      adminName: "Replay",
    }),
    allowed: ["agent"],
    refusal: "Only the Regional Service Center can do this.",
    verify: {
      user: USERS.agent,
      path: "/service-center/partners?q=Replay",
      row: "partner-row",
      text: (r) => `Replay ${r}`,
      present: ["agent"],
    },
  },
  "add a competency": {
    from: { user: USERS.agent, path: "/service-center/competencies", form: "Add a competency" },
    fields: (role) => ({
      name: `Replay ${role}`,
      silverRequired: "2",
      goldRequired: "3",
      "projectTypes:DEVOPS": "on",
    }),
    allowed: ["agent"],
    refusal: "Only the Regional Service Center can do this.",
    verify: {
      user: USERS.agent,
      path: "/service-center/competencies",
      row: "catalog-entry",
      text: (r) => `Replay ${r}`,
      present: ["agent"],
    },
  },
};

test.describe("administration: who may post which action (replayed over HTTP)", () => {
  for (const [name, replay] of Object.entries(REPLAYS)) {
    test(`${name}: only ${replay.allowed.join(", ")}`, async ({ browser }) => {
      test.setTimeout(180_000); // six sign-ins
      const source = await pageFor(browser, replay.from.user, replay.from.path);
      await source.goto(replay.from.path);
      const captured = await capture(source, replay.from.form);
      await source.context().close();
      for (const role of ROLES) {
        const page = await pageAs(browser, role, "/profile");
        const response = await page.request.post(replay.from.path, {
          multipart: { ...captured, ...replay.fields(role) },
          maxRedirects: 0,
        });
        const body = await response.text();
        // What the page renders, without the flight data in its scripts: that carries the form's
        // client messages ("Nothing was changed" among them) in every answer.
        const rendered = body.replace(/<script\b[\s\S]*?<\/script>/g, "");
        const label = `${name} as ${role}`;
        if (role === "signedOut") {
          expect(response.status(), label).toBeGreaterThanOrEqual(300);
          expect(response.status(), label).toBeLessThan(400);
          expect(response.headers().location ?? "", label).toContain("/signin");
        } else if (replay.allowed.includes(role)) {
          expect(body, label).not.toContain(replay.refusal.replace(/'/g, "&#x27;"));
          expect(rendered, label).not.toContain("Nothing was changed");
        } else {
          expect(body.replace(/&#x27;/g, "'"), label).toContain(replay.refusal);
        }
        await page.context().close();
      }
      const check = await pageFor(browser, replay.verify.user, replay.verify.path);
      await check.goto(replay.verify.path);
      await expect(check.getByRole("heading", { level: 1 })).toBeVisible();
      for (const role of ROLES) {
        const expected = replay.verify.present.includes(role) ? 1 : 0;
        await expect(
          check.getByTestId(replay.verify.row).filter({ hasText: replay.verify.text(role) }),
          `${name}: row of ${role}`,
        ).toHaveCount(expected);
      }
      await check.context().close();
    });
  }
});
