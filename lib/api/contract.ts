import "zod-openapi";
import { z } from "zod";
import { ReferenceStatus } from "../db/generated/enums";
import { ASSIGN_MESSAGES } from "../references/assign-rules";
import { buildCreateReferenceSchema } from "../references/schemas";

// The API's contract as zod schemas: the handlers validate requests with them, the answers are typed
// by them, and lib/api/openapi.ts turns the same schemas into the OpenAPI document — one source.

const statuses = Object.values(ReferenceStatus) as [ReferenceStatus, ...ReferenceStatus[]];
const LIMIT_MESSAGE = "limit must be a whole number from 1 to 100.";

export const listQuerySchema = z.object({
  status: z.enum(statuses).optional().meta({ description: "Only references in this status." }),
  location: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: "Only references of this location id." }),
  competency: z
    .string()
    .min(1)
    .max(40)
    .optional()
    .meta({ description: "Only references assigned to this competency id." }),
  q: z.string().max(200).optional().meta({ description: "Search in company, contact and project title." }),
  cursor: z.string().min(1).max(400).optional().meta({ description: "The previous answer's nextCursor." }),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(100, LIMIT_MESSAGE)
    .default(20)
    .meta({ description: "Page size, 1–100 (default 20)." }),
});

export const referenceIdSchema = z.object({
  id: z.string().min(1).max(40).meta({ description: "A reference's id." }),
});

const named = z.object({ id: z.string(), name: z.string() });

export const apiReferenceSchema = z
  .object({
    id: z.string(),
    status: z.enum(statuses),
    statusLabel: z.string().meta({ description: "The status as people read it, e.g. “Customer Approved”." }),
    customerCompany: z.string(),
    contact: z
      .object({ name: z.string(), email: z.string() })
      .nullable()
      .meta({ description: "null once the contact was erased (R21)." }),
    projectTitle: z.string(),
    projectType: z.string(),
    location: named,
    competency: named.nullable(),
    firstSentAt: z.iso.datetime(),
    lastSentAt: z.iso.datetime(),
    sendCount: z.int(),
    createdAt: z.iso.datetime(),
    emailDelivered: z
      .boolean()
      .meta({ description: "false when the customer's server refused the request email (R17)." }),
  })
  .meta({ id: "Reference" });

export const apiReferenceListSchema = z
  .object({ data: z.array(apiReferenceSchema), nextCursor: z.string().nullable() })
  .meta({ id: "ReferenceList" });

export const apiHistoryEntrySchema = z
  .object({
    type: z.string(),
    at: z.iso.datetime(),
    actor: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    note: z.string().nullable(),
  })
  .meta({ id: "HistoryEntry" });

export const apiReferenceDetailSchema = apiReferenceSchema
  .extend({
    projectDescription: z.string(),
    completedOn: z.iso.date(),
    history: z.array(apiHistoryEntrySchema),
  })
  .meta({ id: "ReferenceDetail" });

export const problemSchema = z
  .object({
    status: z.int(),
    title: z.string(),
    detail: z.string().meta({ description: "The rule's exact words." }),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Field errors (422)." }),
  })
  .meta({ id: "Problem" });

const levelSchema = z.object({
  level: z.enum(["silver", "gold"]),
  required: z.int(),
  held: z.boolean(),
  lapsesOn: z.iso
    .datetime()
    .nullable()
    .meta({ description: "When a held level lapses if nothing new is approved (R19)." }),
});

export const apiCompetencySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    countingMonths: z
      .int()
      .meta({ description: "An approval counts this many months after its decision (R19)." }),
    count: z.int().meta({ description: "Approved references assigned to it that count today (R10)." }),
    levels: z.array(levelSchema),
  })
  .meta({ id: "Competency" });

export const apiCompetencyListSchema = z
  .object({ data: z.array(apiCompetencySchema) })
  .meta({ id: "CompetencyList" });

export type ApiCompetency = z.output<typeof apiCompetencySchema>;
export type ApiReference = z.output<typeof apiReferenceSchema>;
export type ApiReferenceDetail = z.output<typeof apiReferenceDetailSchema>;

const unknownField = (issue: { code?: string; keys?: string[] }) =>
  issue.code === "unrecognized_keys" ? `Unknown field: ${(issue.keys ?? []).join(", ")}.` : undefined;

/**
 * POST /api/v1/references: the create form's own schema (R1's words), minus the form's one-time
 * key — the Idempotency-Key header takes its place — and strict, so a misspelt field is an error.
 */
export function createReferenceBodySchema(clock: () => Date = () => new Date()) {
  const { createKey: _formOnly, ...fields } = buildCreateReferenceSchema(clock).shape;
  return z.strictObject(fields, { error: unknownField });
}

export const apiNewReferenceSchema = createReferenceBodySchema().meta({ id: "NewReference" });

/** POST /api/v1/references/{id}/assign (R6–R11). */
export const assignBodySchema = z
  .strictObject(
    {
      competencyId: z
        .string({ error: ASSIGN_MESSAGES.unknownCompetency })
        .min(1, ASSIGN_MESSAGES.unknownCompetency)
        .max(40, ASSIGN_MESSAGES.unknownCompetency)
        .meta({ description: "The competency to assign the approved reference to." }),
      expectedCompetencyId: z.string().max(40).nullable().optional().meta({
        description:
          "The competency you last saw on the reference (null: none). When given, the change is only made if it still is, else 409.",
      }),
    },
    { error: unknownField },
  )
  .meta({ id: "Assignment" });

export const idempotencyHeaderSchema = z.object({
  "Idempotency-Key": z.string().min(1).max(255).meta({
    description: "Unique per create, e.g. a UUID. A replay with the same body answers as the first time.",
  }),
});
