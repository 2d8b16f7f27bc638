// npm run bench:outbox — emails/s delivered by the outbox vs a plain pooled nodemailer loop, both
// against the same local SMTP sink in the same run (issue 7). Not a test: it prints figures.
// It creates its own PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL, default the local
// server) and drops it at the end; it never touches another database.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";

const COUNT = Number(process.env.BENCH_EMAILS ?? 5000);
const serverUrl = new URL(
  process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgresql://postgres@127.0.0.1:5432/postgres",
);
if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(serverUrl.hostname))
  throw new Error("The benchmark creates and drops a database: point it at a local PostgreSQL server.");

/** A sink that accepts and counts messages; it reads each one fully but does not parse it. */
async function startSink() {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => received,
    reset: () => {
      received = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const { postgresSession } = await import("../../lib/db/sql");
  const { migrate } = await import("../../lib/db/migrate");
  const name = `prc_bench_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = await postgresSession(serverUrl.toString());
  await admin.exec(`CREATE DATABASE "${name}"`);
  const dbUrl = new URL(serverUrl.toString());
  dbUrl.pathname = `/${name}`;
  process.env.DATABASE_URL = dbUrl.toString();
  delete process.env.SMTP_URL; // queueing must not start deliveries of its own
  const sink = await startSink();
  try {
    const session = await postgresSession(dbUrl.toString());
    await migrate(session);
    await session.close();
    const { renderReferenceRequest } = await import("../../lib/email/render");
    const { MESSAGES_IN_FLIGHT, POOL_CONNECTIONS } = await import("../../lib/email/mailer");
    const email = await renderReferenceRequest("customer@bench.example", {
      token: randomBytes(32).toString("base64url"),
      partnerName: "Contoso",
      contactName: "Nancy Davolio",
      customerCompany: "Northwind Traders",
      projectTitle: "Order platform migration",
      requestedBy: "Alex Admin",
      reminder: false,
      autoApprovalOn: new Date(Date.now() + 42 * 24 * 60 * 60_000),
      locale: "en",
    });

    const { getDb, closeDatabase } = await import("../../lib/db/client");
    const { deliverDueEmails } = await import("../../lib/email/outbox");
    const db = await getDb();

    /** The raw rate: a plain pooled nodemailer loop, same pool size and messages in flight. */
    const rawRun = async (count: number) => {
      sink.reset();
      const transport = nodemailer.createTransport({
        url: sink.url,
        pool: true,
        maxConnections: POOL_CONNECTIONS,
        maxMessages: 1000, // as the outbox's transport: no reconnect (and greeting delay) every 100
      });
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: MESSAGES_IN_FLIGHT }, async () => {
          while (next < count) {
            const i = next++;
            await transport.sendMail({
              from: "bench@partner-center.example",
              ...email,
              to: `c${i}@bench.example`,
            });
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      transport.close();
      return { received: sink.received(), seconds };
    };

    /** The outbox: `count` queued rows, delivered by the function the cron and the at-once path use. */
    const outboxRun = async (count: number) => {
      await db.outboxEmail.deleteMany();
      const now = new Date();
      for (let from = 0; from < count; from += 250) {
        const rows = Array.from({ length: Math.min(250, count - from) }, (_, i) => ({
          ...email,
          to: `c${from + i}@bench.example`,
          createdAt: now,
          nextAttemptAt: now,
        }));
        await db.outboxEmail.createMany({ data: rows });
      }
      sink.reset();
      const started = performance.now();
      let runs = 0;
      for (let sent = 0; sent < count && runs < 100; runs++) {
        const report = await deliverDueEmails({ now, smtpUrl: sink.url });
        sent += report.sent;
        if (report.sent === 0) break;
      }
      const seconds = (performance.now() - started) / 1000;
      const left = await db.outboxEmail.count({ where: { status: { not: "SENT" } } });
      return { received: sink.received(), seconds, runs, left };
    };

    // Warm both paths up (JIT, connections), then raw, outbox, raw: the raw rate is the mean of the
    // two, so a machine that gets busier or quieter during the run does not favour either side.
    await rawRun(300);
    await outboxRun(300);
    const raw1 = await rawRun(COUNT);
    const out = await outboxRun(COUNT);
    const raw2 = await rawRun(COUNT);
    await closeDatabase();
    const rawReceived = raw1.received + raw2.received;
    const rawSeconds = raw1.seconds + raw2.seconds;
    const outboxReceived = out.received;
    const outboxSeconds = out.seconds;
    const runs = out.runs;
    const stillPending = out.left;

    const rate = (r: { received: number; seconds: number }) => (r.received / r.seconds).toFixed(0);
    const raw = rawReceived / rawSeconds;
    const outbox = outboxReceived / outboxSeconds;
    console.log(`emails: ${COUNT}, pool: ${POOL_CONNECTIONS} connections, ${MESSAGES_IN_FLIGHT} in flight`);
    console.log(
      `raw pooled nodemailer: ${rawReceived} received in ${rawSeconds.toFixed(2)} s = ${raw.toFixed(0)} emails/s (${rate(raw1)} before, ${rate(raw2)} after the outbox)`,
    );
    console.log(
      `outbox (deliverDueEmails): ${outboxReceived} received in ${outboxSeconds.toFixed(2)} s over ${runs} run(s) = ${outbox.toFixed(0)} emails/s`,
    );
    console.log(`ratio outbox/raw: ${(outbox / raw).toFixed(2)} (target ≥ 0.50)`);
    if (rawReceived !== 2 * COUNT || outboxReceived !== COUNT || stillPending !== 0)
      throw new Error(
        `not every email arrived exactly once (raw ${rawReceived}, outbox ${outboxReceived}, left ${stillPending})`,
      );
  } finally {
    await sink.close();
    await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.close();
  }
}

await main();
