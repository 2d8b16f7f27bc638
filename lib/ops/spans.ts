import { type Attributes, SpanStatusCode, trace } from "@opentelemetry/api";

// A span around a unit of work the framework does not see (an SMTP send, a scheduled job). Without
// a tracer provider (OTEL_EXPORTER_OTLP_ENDPOINT unset) the API's no-op tracer makes this free.

const tracer = () => trace.getTracer("partner-reference-center");

export function inSpan<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}
