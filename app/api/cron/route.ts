import { timingSafeEqual } from "node:crypto";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { env } from "@/lib/env";
import { runScheduledJobs } from "@/lib/jobs/scheduled";
import { logger } from "@/lib/log/logger.mjs";
import { cronLastSuccess } from "@/lib/ops/metrics";

// The scheduler's door (vercel.json): auto-approval and email delivery. Safe to call often and
// from several instances at once; the work itself claims rows with SKIP LOCKED.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";
// Digests stop starting new partners after 60 s; email delivery stops claiming after
// DELIVERY_BUDGET_MS (60 s) plus at most one SMTP timeout (30 s); purges are bounded batches.
export const maxDuration = 300;

function authorised(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function handle(request: Request): Promise<Response> {
  const secret = env().cronSecret;
  if (!secret) return Response.json({ error: "CRON_SECRET is not configured." }, { status: 503 });
  if (!authorised(request, secret)) return Response.json({ error: "Unauthorized." }, { status: 401 });
  try {
    const report = await runScheduledJobs({ now: new Date() });
    cronLastSuccess().set(Date.now() / 1000);
    return Response.json(report);
  } catch (error) {
    // The scheduler retries on its next run; it (and its monitoring) gets a status it can act on.
    if (isDatabaseUnavailable(error)) return Response.json({ error: SERVICE_UNAVAILABLE }, { status: 503 });
    logger().error({ error }, "cron: the scheduled jobs failed");
    return Response.json({ error: "The scheduled jobs failed; see the server log." }, { status: 500 });
  }
}

export const GET = handle;
export const POST = handle;
