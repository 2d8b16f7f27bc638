import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { PrismaInstrumentation } from "@prisma/instrumentation";
import { onShutdown } from "../http/lifecycle.mjs";

// Traces over OTLP/HTTP, only when OTEL_EXPORTER_OTLP_ENDPOINT is set (instrumentation.ts): Next's
// own request spans come through the global tracer provider registered here, Prisma's through its
// instrumentation (one span per query), and lib/ops/spans.ts adds one per email and scheduled job.
// The exporter reads the OTEL_EXPORTER_OTLP_* settings itself (endpoint, headers, timeout).

export function startTelemetry(): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      "service.name": process.env.OTEL_SERVICE_NAME || "partner-reference-center",
    }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PrismaInstrumentation()] });
  // After the database pool: the spans of the last requests are flushed before the process exits.
  onShutdown("telemetry", () => provider.shutdown(), 200);
}
