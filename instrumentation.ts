// Runs once when the server starts: fail fast on a bad environment, and prepare the embedded
// database so a fresh clone serves pages with no setup (lib/startup.ts).
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The import sits inside the check so the Edge bundle never contains the Node.js-only start-up.
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/startup")).start();
}
