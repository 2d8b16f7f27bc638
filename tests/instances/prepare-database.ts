// Run by the first web server of playwright.instances.config.ts before it starts: a fresh
// PostgreSQL database with the demo data, plus one real (non-demo) partner with its Global
// Administrator and mail waiting, so the tests can show demo mode never touches real data.
import pg from "pg";
import { REAL_USER } from "./constants";

const url = new URL(process.env.DATABASE_URL ?? "");
const name = url.pathname.slice(1);
if (!/^prc_e2e_[a-z0-9_]+$/.test(name) || !["127.0.0.1", "localhost"].includes(url.hostname))
  throw new Error(`refusing to prepare ${url.host}/${name}: only local prc_e2e_* databases`);
const admin = new URL(url);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await client.query(`CREATE DATABASE "${name}"`);
await client.end();

const { database, closeDatabase } = await import("../../lib/db/client");
const { prepareDatabase } = await import("../../lib/db/bootstrap");
const { seedDemoData } = await import("../../prisma/demo-data");
const db = await database();
await prepareDatabase(db, { seedIfEmpty: (prisma) => seedDemoData(prisma, new Date()) });
const real = await db.prisma.partner.create({
  data: {
    name: REAL_USER.partner,
    programId: "9900001",
    locations: { create: { name: "Oslo", country: "Norway" } },
  },
});
const realUser = await db.prisma.user.create({
  data: {
    email: REAL_USER.email,
    name: REAL_USER.name,
    partnerId: real.id,
    roles: { create: { partnerId: real.id, role: "GLOBAL_ADMINISTRATOR" } },
  },
});
await db.prisma.outboxEmail.create({
  data: {
    to: REAL_USER.email,
    subject: REAL_USER.mailSubject,
    userId: realUser.id,
    partnerId: real.id,
    html: `<a href="http://localhost/api/auth/callback/email?token=${REAL_USER.secret}">Sign in</a>`,
    text: `Sign in: http://localhost/api/auth/callback/email?token=${REAL_USER.secret}`,
  },
});
await closeDatabase();
console.log(`[instances] prepared ${name}`);
