// Scripts (seed, migrate, benchmarks) run lib/ code outside Next.js, where the `server-only`
// guard would throw; they are server code, so the guard resolves to an empty module here.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
