/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  // prom-client and pino too: one registry and one logger shared with the server entry (server.mjs).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "pg",
    "nodemailer",
    "prom-client",
    // One copy of the tracing API for the server entry, the SDK and the app (lib/ops/telemetry.ts).
    "@opentelemetry/api",
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/instrumentation",
    "@opentelemetry/resources",
    "@prisma/instrumentation",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // The build's static files skip proxy.ts (which sets every other response's headers): they get
  // fixed ones here. They are scripts, styles and fonts: nothing in them may frame or be framed.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
