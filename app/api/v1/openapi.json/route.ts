import { openApiDocument } from "@/lib/api/openapi";

// The API's OpenAPI 3.1 document, generated from the handlers' zod schemas. Public: it describes, it
// reveals nothing.
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
