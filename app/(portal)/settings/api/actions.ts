"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";

// Thin: lib/api/keys.ts decides that only Global Administrators may, validates and audits. The
// location checkboxes arrive as "location:<id>" fields and become the key's list of locations.

export const createApiKeyAction = defineAction({
  name: "create-api-key",
  schema: z.record(z.string(), z.string().max(1000)),
  run: ({ actor, input, now }) =>
    createApiKey({
      actor,
      now,
      input: {
        name: input.name,
        scope: input.scope,
        actsAs: input.actsAs,
        locationIds: Object.keys(input)
          .filter((k) => k.startsWith("location:"))
          .map((k) => k.slice("location:".length)),
      },
    }),
  revalidate: () => ["/settings/api"],
});

export const revokeApiKeyAction = defineAction({
  name: "revoke-api-key",
  schema: z.object({ keyId: z.string().max(100).default("") }),
  run: ({ actor, input, now }) => revokeApiKey({ actor, input, now }),
  revalidate: () => ["/settings/api"],
});
