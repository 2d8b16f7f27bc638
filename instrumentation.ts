// Runs once when the server starts: fail fast on a bad environment, and prepare the embedded
// database so a fresh clone serves pages with no setup (lib/startup.ts).
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The imports sit inside the check so the Edge bundle never contains the Node.js-only start-up.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Traces only when an OTLP endpoint is configured: otherwise nothing is loaded and nothing costs.
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT || process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) {
    const { startTelemetry } = await import("./lib/ops/telemetry");
    startTelemetry();
  }
  const { start } = await import("./lib/startup");
  // The seed is handed in from here, an entry point: lib/ never imports prisma/ (the seed calls lib/).
  const { seedDemoData } = await import("./prisma/demo-data");
  await start({ seedDemoData: (prisma) => seedDemoData(prisma, new Date()) });
}
