import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";

// Issue 19's contract test: every API answer a test receives is validated against the OpenAPI
// document the app serves — problems included — so the document cannot drift from the handlers.

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(openApiDocument() as object, "openapi");

const pointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** Validates a response (status, content type and body) against the served document. */
export async function expectContract(
  path: string,
  method: "get" | "post",
  response: Response,
): Promise<unknown> {
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const body = await response.clone().json();
  const at = `openapi#/paths/${pointer(path)}/${method}/responses/${response.status}/content/${pointer(type)}/schema`;
  const validate = ajv.getSchema(at);
  expect(
    validate,
    `the document describes ${method.toUpperCase()} ${path} → ${response.status} ${type}`,
  ).toBeDefined();
  const valid = validate!(body);
  expect(valid, JSON.stringify(validate!.errors)).toBe(true);
  return body;
}
