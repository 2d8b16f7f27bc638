import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { parseListFilters } from "@/lib/references/list-filters";
import { listReferences } from "@/lib/references/queries";
import { MESSAGES } from "@/lib/references/wording";
import { insertReferenceWith, seedWorld, type World } from "../support/factories";

const now = new Date("2026-12-01T12:00:00Z");
let world: World;

// Contoso: six named references across its locations plus 21 rejected "Bulk" rows in Sydney that
// share one creation time (to prove the id tiebreak). Fabrikam: one.
beforeAll(async () => {
  world = await seedWorld();
  const day = (d: string) => new Date(`2026-${d}T09:00:00Z`);
  const named = [
    ["Adatum", "Seattle", "AWAITING_APPROVAL", "11-26", undefined, "10-01"],
    ["Bellows College", "Seattle", "AWAITING_APPROVAL", "11-20", undefined, "10-02"],
    ["Coho Winery", "Munich", "CUSTOMER_APPROVED", "11-02", undefined, "10-03"],
    ["Datum 100% Corp", "Seattle", "MICROSOFT_AUTO_APPROVED", "10-20", "Cloud Platform", "10-04"],
    ["Eastwind_Partners", "Sydney", "CUSTOMER_REJECTED", "11-03", undefined, "10-05"],
    ["Fourth Coffee", "Seattle", "CANCELED", "11-04", undefined, "10-06"],
  ] as const;
  for (const [customerCompany, location, status, lastSent, competency, created] of named) {
    await insertReferenceWith(
      world,
      {
        customerCompany,
        location,
        status,
        lastSentAt: day(lastSent),
        // Awaiting ones first sent less than six weeks before `now`, or R4 would auto-approve them on sight.
        firstSentAt: status === "AWAITING_APPROVAL" ? day("10-25") : day("10-01"),
        competency,
      },
      {
        createdAt: day(created),
        contactName: `Contact of ${customerCompany}`,
        contactEmail: `${customerCompany.slice(0, 4).toLowerCase()}@example.com`,
        projectTitle: `Project for ${customerCompany}`,
      },
    );
  }
  for (let i = 1; i <= 21; i++) {
    const customerCompany = `Bulk ${String(i).padStart(2, "0")}`;
    await insertReferenceWith(
      world,
      { customerCompany, location: "Sydney", status: "CUSTOMER_REJECTED" },
      { createdAt: day("09-01") },
    );
  }
  await insertReferenceWith(world, { customerCompany: "Graphic Design Institute", location: "Lisbon" }, {});
});

const list = (actor: Actor, filters: Record<string, string> = {}, pageSize?: number) =>
  listReferences({ actor, filters: parseListFilters(filters), now, pageSize });
const named = (rows: { customerCompany: string }[]) =>
  rows.map((r) => r.customerCompany).filter((c) => !c.startsWith("Bulk"));
const row = async (actor: Actor, customer: string) => {
  const found = (await list(actor, { q: customer })).rows.find((r) => r.customerCompany === customer);
  if (!found) throw new Error(`no row ${customer}`);
  return found;
};

describe("visibility and actions", () => {
  it("R6: another partner's Global Administrator never sees Contoso's references", async () => {
    const result = await list(world.actors.fabrikam);
    expect(result.rows.map((r) => r.customerCompany)).toEqual(["Graphic Design Institute"]);
    expect(result.total).toBe(1);
    expect(result.statusCounts).toEqual({
      AWAITING_APPROVAL: 1,
      CUSTOMER_REJECTED: 0,
      CUSTOMER_APPROVED: 0,
      MICROSOFT_AUTO_APPROVED: 0,
      CANCELED: 0,
      CUSTOMER_WITHDREW: 0,
    });
    // Asking for Contoso's location or partner by id changes nothing.
    const munich = world.location("Munich").id;
    expect((await list(world.actors.fabrikam, { locationId: munich })).total).toBe(0);
    expect((await list(world.actors.fabrikam, { partnerId: world.contoso.id })).total).toBe(1);
  });

  it("R5/R6: a member sees every Contoso reference but is offered no action", async () => {
    const result = await list(world.actors.member, {}, 100);
    expect(result.total).toBe(27);
    for (const r of result.rows) {
      for (const action of [r.actions.resend, r.actions.assign]) expect(action?.allowed ?? false).toBe(false);
    }
    expect((await row(world.actors.member, "Coho Winery")).actions.assign).toEqual({
      allowed: false,
      label: "Assign",
      reason: MESSAGES.assignForbidden,
    });
  });

  it("R5/R6: the Munich administrator sees Seattle's rows with the reasons they cannot act", async () => {
    const adatum = await row(world.actors.munich, "Adatum");
    expect(adatum.actions).toEqual({
      resend: { allowed: false, label: "Resend", reason: MESSAGES.createForbidden },
      assign: null,
    });
    expect((await row(world.actors.munich, "Datum 100% Corp")).actions).toEqual({
      resend: null,
      assign: { allowed: false, label: "Reassign", reason: MESSAGES.assignForbidden },
    });
    expect((await row(world.actors.munich, "Coho Winery")).actions.assign).toEqual({
      allowed: true,
      label: "Assign",
    });
  });

  it("R3: resend is offered once due, and before that the row says when", async () => {
    expect((await row(world.actors.seattle, "Adatum")).actions.resend).toEqual({
      allowed: false,
      label: "Resend",
      reason: "You can resend this request from 3 Dec 2026.",
    });
    expect((await row(world.actors.seattle, "Bellows College")).actions.resend).toEqual({
      allowed: true,
      label: "Resend",
    });
    expect((await row(world.actors.seattle, "Adatum")).lastSentAt).toEqual(new Date("2026-11-26T09:00:00Z"));
  });

  it("R11: an assigned reference offers Reassign, an unassigned one Assign, final ones nothing", async () => {
    expect((await row(world.actors.global, "Datum 100% Corp")).actions.assign).toEqual({
      allowed: true,
      label: "Reassign",
    });
    expect((await row(world.actors.global, "Coho Winery")).actions.assign).toEqual({
      allowed: true,
      label: "Assign",
    });
    for (const customer of ["Eastwind_Partners", "Fourth Coffee"]) {
      expect((await row(world.actors.global, customer)).actions).toEqual({ resend: null, assign: null });
    }
  });

  it("R6: an agent sees every partner, may narrow to one, and may assign", async () => {
    expect((await list(world.actors.agent)).total).toBe(28);
    const fabrikam = await list(world.actors.agent, { partnerId: world.fabrikam.id });
    expect(fabrikam.rows.map((r) => [r.customerCompany, r.partnerName])).toEqual([
      ["Graphic Design Institute", "Fabrikam"],
    ]);
    expect((await row(world.actors.agent, "Coho Winery")).actions.assign).toEqual({
      allowed: true,
      label: "Assign",
    });
  });
});

// No rule ID of their own: the seed's Reference List (status, Last sent) and the URL contract.
describe("Reference List filters, sorts and pages", () => {
  it("List: the status filter shows one status with its label, and the counts ignore it", async () => {
    const seattle = world.location("Seattle").id;
    const result = await list(world.actors.global, { status: "AWAITING_APPROVAL", locationId: seattle });
    expect(named(result.rows)).toEqual(["Bellows College", "Adatum"]);
    expect(result.rows.map((r) => r.statusLabel)).toEqual(["Awaiting Approval", "Awaiting Approval"]);
    expect(result.statusCounts).toEqual({
      AWAITING_APPROVAL: 2,
      CUSTOMER_REJECTED: 0,
      CUSTOMER_APPROVED: 0,
      MICROSOFT_AUTO_APPROVED: 1,
      CANCELED: 1,
      CUSTOMER_WITHDREW: 0,
    });
  });

  it("List: the competency and assigned filters", async () => {
    const cloud = world.competency("Cloud Platform").id;
    expect(named((await list(world.actors.global, { competencyId: cloud })).rows)).toEqual([
      "Datum 100% Corp",
    ]);
    expect(named((await list(world.actors.global, { assigned: "yes" })).rows)).toEqual(["Datum 100% Corp"]);
    const unassigned = await list(world.actors.global, { assigned: "no" }, 100);
    expect(unassigned.total).toBe(26);
  });

  it("List: free text searches company, contact, email and title, with % and _ taken literally", async () => {
    const g = world.actors.global;
    expect(named((await list(g, { q: "coho" })).rows)).toEqual(["Coho Winery"]);
    expect(named((await list(g, { q: "CONTACT OF ADATUM" })).rows)).toEqual(["Adatum"]);
    expect(named((await list(g, { q: "bell@example" })).rows)).toEqual(["Bellows College"]);
    expect(named((await list(g, { q: "project for fourth" })).rows)).toEqual(["Fourth Coffee"]);
    expect(named((await list(g, { q: "100%" })).rows)).toEqual(["Datum 100% Corp"]);
    expect(named((await list(g, { q: "_" })).rows)).toEqual(["Eastwind_Partners"]);
    expect((await list(g, { q: "%" })).rows.map((r) => r.customerCompany)).toEqual(["Datum 100% Corp"]);
  });

  it("List: sorting by customer, last sent and status, in both directions", async () => {
    const seattle = { locationId: world.location("Seattle").id };
    const g = world.actors.global;
    const asc = ["Adatum", "Bellows College", "Datum 100% Corp", "Fourth Coffee"];
    expect(named((await list(g, { ...seattle, sort: "customer", dir: "asc" })).rows)).toEqual(asc);
    expect(named((await list(g, { ...seattle, sort: "customer", dir: "desc" })).rows)).toEqual(
      [...asc].reverse(),
    );
    expect(named((await list(g, { ...seattle, sort: "lastSent", dir: "asc" })).rows)).toEqual([
      "Datum 100% Corp",
      "Fourth Coffee",
      "Bellows College",
      "Adatum",
    ]);
    expect((await list(g, { ...seattle, sort: "status", dir: "asc" })).rows.map((r) => r.status)).toEqual([
      "AWAITING_APPROVAL",
      "AWAITING_APPROVAL",
      "MICROSOFT_AUTO_APPROVED",
      "CANCELED",
    ]);
  });

  it("List: pages of 20, newest first, with a stable order when creation times are equal", async () => {
    const g = world.actors.global;
    const first = await list(g);
    expect([first.total, first.pageSize, first.rows.length, first.previous]).toEqual([27, 20, 20, null]);
    expect(named(first.rows)).toEqual([
      "Fourth Coffee",
      "Eastwind_Partners",
      "Datum 100% Corp",
      "Coho Winery",
      "Bellows College",
      "Adatum",
    ]);
    const second = await list(g, { after: first.next! });
    expect([second.rows.length, second.next, second.total]).toEqual([7, null, 27]);
    // Previous from the second page is the first page again.
    const back = await list(g, { before: second.previous! });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(back.previous).toBeNull();
    const bulk = (await list(g, {}, 100)).rows.filter((r) => r.customerCompany.startsWith("Bulk"));
    const ids = bulk.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b.localeCompare(a)));
  });

  it.each(["created", "lastSent", "status", "customer"])(
    "List: walking pages by cursor (sort %s) visits every row once, in the list's order, both ways",
    async (sort) => {
      const g = world.actors.global;
      for (const dir of ["asc", "desc"]) {
        const whole = (await list(g, { sort, dir }, 100)).rows.map((r) => r.id);
        const pages: string[][] = [];
        let cursor: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof list>> = await list(
            g,
            { sort, dir, ...(cursor ? { after: cursor } : {}) },
            4,
          );
          pages.push(page.rows.map((r) => r.id));
          cursor = page.next;
        } while (cursor && pages.length < 20);
        expect(pages.flat()).toEqual(whole);
      }
    },
  );

  it("List: Previous walks back page by page to the first page", async () => {
    const g = world.actors.global;
    const forward: string[][] = [];
    const pages: Awaited<ReturnType<typeof list>>[] = [];
    let page = await list(g, { sort: "customer", dir: "asc" }, 5);
    for (;;) {
      pages.push(page);
      forward.push(page.rows.map((r) => r.id));
      if (!page.next) break;
      page = await list(g, { sort: "customer", dir: "asc", after: page.next }, 5);
    }
    expect(forward).toHaveLength(6);
    for (let i = pages.length - 1; i > 0; i--) {
      const previous = await list(g, { sort: "customer", dir: "asc", before: pages[i]!.previous! }, 5);
      expect(previous.rows.map((r) => r.id)).toEqual(forward[i - 1]);
      expect(previous.previous === null).toBe(i - 1 === 0);
    }
  });

  it("List: a date jump starts at the first row on or past that day", async () => {
    const g = world.actors.global;
    const desc = await list(g, { from: "2026-10-03" });
    expect(named(desc.rows).slice(0, 3)).toEqual(["Coho Winery", "Bellows College", "Adatum"]);
    expect(desc.previous).not.toBeNull();
    const asc = await list(g, { from: "2026-10-03", dir: "asc" });
    expect(named(asc.rows).slice(0, 2)).toEqual(["Coho Winery", "Datum 100% Corp"]);
    // Dates mean nothing to the customer sort: the jump is ignored there.
    expect((await list(g, { from: "2026-10-03", sort: "customer" })).previous).toBeNull();
  });

  it("List: hand-edited URLs fall back to defaults instead of failing", async () => {
    const g = world.actors.global;
    const weird = await list(g, {
      status: "LOST",
      sort: "DROP TABLE",
      dir: "sideways",
      page: "-3",
      assigned: "maybe",
      after: "not-a-cursor",
    });
    expect([weird.total, weird.previous, named(weird.rows)[0]]).toEqual([27, null, "Fourth Coffee"]);
    // A cursor made for another sort, or with a tampered value, shows the first page.
    const byCustomer = await list(g, { sort: "customer" });
    const foreign = await list(g, { sort: "lastSent", after: byCustomer.next! });
    expect(foreign.previous).toBeNull();
    const tampered = Buffer.from(JSON.stringify(["created", "yesterday", "x"])).toString("base64url");
    expect((await list(g, { after: tampered })).previous).toBeNull();
  });
});
