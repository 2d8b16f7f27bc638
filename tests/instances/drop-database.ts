import pg from "pg";

// Playwright's global teardown: drop the database prepare-database.ts made.
export default async function dropDatabase() {
  const url = new URL(process.env.E2E_INSTANCES_DATABASE_URL ?? "");
  const name = url.pathname.slice(1);
  if (!/^prc_e2e_[a-z0-9_]+$/.test(name)) return;
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
