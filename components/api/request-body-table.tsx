type Property = { type?: string | string[]; description?: string; enum?: string[]; maxLength?: number };
export type BodySchema = { properties?: Record<string, Property>; required?: string[] };

/** An operation's JSON body as a table of its fields, from the OpenAPI document's component schema. */
export function RequestBodyTable({ name, schema }: { name: string; schema: BodySchema }) {
  const required = new Set(schema.required ?? []);
  return (
    <table className="w-full text-left text-sm">
      <caption className="text-left font-semibold">Request body ({name}, JSON)</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties ?? {}).map(([field, p]) => (
          <tr key={field}>
            <td className="font-mono">
              {field}
              {required.has(field) ? " *" : ""}
            </td>
            <td className="font-mono">
              {[p.type].flat().filter(Boolean).join(" | ")}
              {p.maxLength ? ` ≤ ${p.maxLength}` : ""}
            </td>
            <td>
              {p.description ?? ""}
              {p.enum ? ` One of: ${p.enum.join(", ")}.` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
