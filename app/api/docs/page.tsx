import type { Metadata } from "next";
import { type BodySchema, RequestBodyTable } from "@/components/api/request-body-table";
import { openApiDocument } from "@/lib/api/openapi";

export const metadata: Metadata = { title: "API reference" };

type Schema = { $ref?: string; type?: string | string[]; description?: string; enum?: string[] };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }>;
};

/** A readable reference of /api/v1/openapi.json, rendered from the same document. */
export default function ApiDocs() {
  const doc = openApiDocument() as unknown as {
    info: { title: string; description?: string; version: string };
    paths: Record<string, Record<string, Operation>>;
    components?: { schemas?: Record<string, BodySchema> };
  };
  const bodyOf = (op: Operation) => {
    const name = op.requestBody?.content["application/json"]?.schema?.$ref?.split("/").at(-1);
    const schema = name ? doc.components?.schemas?.[name] : undefined;
    return name && schema ? <RequestBodyTable name={name} schema={schema} /> : null;
  };
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-6 py-12">
      <header>
        <h1 className="text-3xl font-bold">{doc.info.title}</h1>
        <p className="mt-2 text-slate-700">{doc.info.description}</p>
        <p className="mt-2 text-sm">
          Machine-readable:{" "}
          <a className="link" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{" "}
          (OpenAPI 3.1).
        </p>
      </header>
      {Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => (
          <section
            key={`${method} ${path}`}
            aria-labelledby={`${method}-${path}`}
            className="card space-y-3 p-6"
          >
            <h2 id={`${method}-${path}`} className="font-mono text-lg font-semibold">
              {method.toUpperCase()} {path}
            </h2>
            {op.summary && <p className="text-slate-700">{op.summary}</p>}
            {op.parameters && op.parameters.length > 0 && (
              <table className="w-full text-left text-sm">
                <caption className="text-left font-semibold">Parameters</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">In</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {op.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`}>
                      <td className="font-mono">
                        {p.name}
                        {p.required ? " *" : ""}
                      </td>
                      <td>{p.in}</td>
                      <td>
                        {p.description ?? p.schema?.description ?? ""}
                        {p.schema?.enum ? ` One of: ${p.schema.enum.join(", ")}.` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {bodyOf(op)}
            <table className="w-full text-left text-sm">
              <caption className="text-left font-semibold">Responses</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">Meaning</th>
                  <th scope="col">Body</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(op.responses).map(([status, r]) => (
                  <tr key={status}>
                    <td className="font-mono">{status}</td>
                    <td>{r.description}</td>
                    <td className="font-mono">
                      {Object.entries(r.content ?? {})
                        .map(([type, c]) => `${type} ${c.schema?.$ref?.split("/").at(-1) ?? ""}`)
                        .join(", ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )),
      )}
    </main>
  );
}
