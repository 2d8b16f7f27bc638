import { createDocument } from "zod-openapi";
import {
  apiCompetencyListSchema,
  apiNewReferenceSchema,
  apiReferenceDetailSchema,
  apiReferenceListSchema,
  assignBodySchema,
  idempotencyHeaderSchema,
  listQuerySchema,
  problemSchema,
  referenceIdSchema,
} from "./contract";

// GET /api/v1/openapi.json: generated from the zod schemas the handlers use (lib/api/contract.ts).

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: problemSchema } },
});

const rateLimitHeaders = {
  "RateLimit-Limit": {
    description: "Calls allowed per window for this key",
    schema: { type: "integer" as const },
  },
  "RateLimit-Remaining": { description: "Calls left in this window", schema: { type: "integer" as const } },
  "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" as const } },
};

const common = {
  401: problem("No key, or an unknown or revoked key."),
  403: problem("The key's scope or role may not do this."),
  429: problem("Too many calls with this key; see Retry-After."),
};

const detail = (description: string) => ({
  description,
  headers: rateLimitHeaders,
  content: { "application/json": { schema: apiReferenceDetailSchema } },
});

const writeErrors = {
  ...common,
  404: problem("No such reference for this key's partner (another partner's ids answer the same)."),
  409: problem("The reference's state does not allow it (e.g. R3's seven days, already decided)."),
  413: problem("The body is larger than 64 KB."),
  415: problem("The body is not JSON."),
  422: problem("The body is not valid; field errors in `errors`."),
};

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Partner Reference Center API",
      version: "1",
      description:
        "The Reference List for a partner's own systems. Authenticate with `Authorization: Bearer prc_…` (Settings → API).",
    },
    components: { securitySchemes: { apiKey: { type: "http", scheme: "bearer" } } },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/references": {
        get: {
          operationId: "listReferences",
          summary: "The Reference List, in keyset pages",
          requestParams: { query: listQuerySchema },
          responses: {
            200: {
              description: "A page of references and the cursor of the next one.",
              headers: rateLimitHeaders,
              content: { "application/json": { schema: apiReferenceListSchema } },
            },
            ...common,
            422: problem("A query parameter is not valid."),
          },
        },
        post: {
          operationId: "createReference",
          summary: "Create a reference request and email the customer (R1, R5, R16, R18)",
          requestParams: { header: idempotencyHeaderSchema },
          requestBody: { required: true, content: { "application/json": { schema: apiNewReferenceSchema } } },
          responses: {
            201: detail(
              "Created — or, for a replay with the same Idempotency-Key and body, the first answer.",
            ),
            400: problem("No Idempotency-Key header, or a body that is not JSON."),
            ...writeErrors,
          },
        },
      },
      "/api/v1/references/{id}/resend": {
        post: {
          operationId: "resendReference",
          summary: "Resend the request with a new link, seven days after the last send (R3)",
          requestParams: { path: referenceIdSchema },
          responses: { 200: detail("Resent."), 400: problem("The body is not JSON."), ...writeErrors },
        },
      },
      "/api/v1/references/{id}/assign": {
        post: {
          operationId: "assignReference",
          summary: "Assign or reassign an approved reference to a competency (R6–R11)",
          requestParams: { path: referenceIdSchema },
          requestBody: { required: true, content: { "application/json": { schema: assignBodySchema } } },
          responses: { 200: detail("Assigned."), 400: problem("The body is not JSON."), ...writeErrors },
        },
      },
      "/api/v1/competencies": {
        get: {
          operationId: "listCompetencies",
          summary: "The competency catalog with the partner's progress per level",
          responses: {
            200: {
              description: "Every competency with what counts today and when held levels lapse.",
              headers: rateLimitHeaders,
              content: { "application/json": { schema: apiCompetencyListSchema } },
            },
            ...common,
          },
        },
      },
      "/api/v1/references/{id}": {
        get: {
          operationId: "getReference",
          summary: "One reference with its history",
          requestParams: { path: referenceIdSchema },
          responses: {
            200: {
              description: "The reference.",
              headers: rateLimitHeaders,
              content: { "application/json": { schema: apiReferenceDetailSchema } },
            },
            ...common,
            404: problem("No such reference for this key's partner (another partner's ids answer the same)."),
          },
        },
      },
    },
  });
  return cached;
}
