import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { databaseFigures } from "@/lib/ops/database-figures";
import { metricsText, registerDatabaseGauges } from "@/lib/ops/metrics";

// Prometheus scrape endpoint: only with `Authorization: Bearer $METRICS_TOKEN`; without the setting
// it does not exist (404), so nothing about the service is exposed by default.

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

function authorised(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function GET(request: Request): Promise<Response> {
  const token = env().metricsToken;
  if (!token) return new Response("Not found", { status: 404 });
  if (!authorised(request, token)) return new Response("Unauthorized", { status: 401 });
  registerDatabaseGauges(() => databaseFigures());
  const { body, contentType } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
