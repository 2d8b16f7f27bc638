import { beforeAll, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { EXPORT_HEADER, exportReferencesCsv, UTF8_BOM } from "@/lib/references/export";
import { parseListFilters } from "@/lib/references/list-filters";
import { listReferences } from "@/lib/references/queries";
import { insertReferenceWith, seedWorld, type World } from "../support/factories";

const now = new Date("2026-12-01T12:00:00Z");
let world: World;

beforeAll(async () => {
  world = await seedWorld();
  const statuses = ["AWAITING_APPROVAL", "CUSTOMER_APPROVED", "CUSTOMER_REJECTED"] as const;
  for (let i = 0; i < 23; i++) {
    await insertReferenceWith(
      world,
      { customerCompany: `Client ${i}`, location: i % 2 ? "Seattle" : "Munich", status: statuses[i % 3] },
      // Several rows share a creation time, so batches must continue by id as the list does.
      { createdAt: new Date(Date.UTC(2026, 9, 1 + (i % 4))) },
    );
  }
  await insertReferenceWith(
    world,
    { customerCompany: '=HYPERLINK("http://evil.example")' },
    {
      contactName: 'Smith, "Jo"',
      projectTitle: "Line one\nline two",
    },
  );
  await insertReferenceWith(world, { customerCompany: "Fabrikam's client", location: "Lisbon" }, {});
});

/** Collects the stream; parses just enough CSV (quoted fields, doubled quotes, CRLF) to compare. */
async function exportRows(actor: Actor, filters: Record<string, string>, batchSize?: number) {
  let text = "";
  for await (const chunk of exportReferencesCsv({
    actor,
    filters: parseListFilters(filters),
    now,
    batchSize,
  })) {
    expect(chunk.endsWith("\r\n")).toBe(true);
    text += chunk;
  }
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  text = text.slice(UTF8_BOM.length);
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

async function listAll(actor: Actor, filters: Record<string, string>) {
  return (await listReferences({ actor, filters: parseListFilters(filters), now, pageSize: 1000 })).rows;
}

it.each([
  ["global", {}],
  ["munich", { status: "CUSTOMER_APPROVED" }],
  ["seattle", { sort: "customer", dir: "asc" }],
  ["agent", { q: "client" }], // agents see every partner
  ["fabrikam", {}],
  ["global", { sort: "status", dir: "desc" }],
  ["global", { sort: "lastSent", dir: "asc", after: "ignored-position" }],
] as const)(
  "R6: the CSV for %s holds exactly the rows of the filtered list, in its order",
  async (key, filters) => {
    const actor = world.actors[key];
    // A batch size of 4 makes the export cross several batches within ties of creation time.
    const [header, ...rows] = await exportRows(actor, filters, 4);
    expect(header).toEqual([...EXPORT_HEADER]);
    const listed = await listAll(actor, filters);
    expect(rows.map((r) => [r[0], r[7], r[9]])).toEqual(
      listed.map((r) => [
        r.customerCompany.startsWith("=") ? `'${r.customerCompany}` : r.customerCompany,
        r.statusLabel,
        r.lastSentAt.toISOString(),
      ]),
    );
    if (key === "fabrikam") expect(rows.map((r) => r[0])).toEqual(["Fabrikam's client"]);
    else if (key === "agent") expect(rows.map((r) => r[0])).toContain("Fabrikam's client");
    else expect(rows.map((r) => r[0])).not.toContain("Fabrikam's client");
  },
);

it("Export: CSV cells are quoted per RFC 4180 and formulas are neutralised", async () => {
  const [, ...rows] = await exportRows(world.actors.global, { q: "hyperlink" });
  expect(rows).toHaveLength(1);
  const [customer, contact, , project] = rows[0]!;
  expect(customer).toBe('\'=HYPERLINK("http://evil.example")');
  expect(contact).toBe('Smith, "Jo"');
  expect(project).toBe("Line one\nline two");
});

it("Export: names such as Müller survive (UTF-8 with a BOM for Excel) and the export ignores the page", async () => {
  await insertReferenceWith(world, { customerCompany: "Müller & Söhne" }, {});
  const [, ...rows] = await exportRows(world.actors.global, { q: "müller" });
  expect(rows.map((r) => r[0])).toEqual(["Müller & Söhne"]);
  const listed = await listReferences({
    actor: world.actors.global,
    filters: parseListFilters({}),
    now,
    pageSize: 2,
  });
  const [, ...fromSecondPage] = await exportRows(world.actors.global, { after: listed.next! });
  expect(fromSecondPage.length).toBe(listed.total);
});
