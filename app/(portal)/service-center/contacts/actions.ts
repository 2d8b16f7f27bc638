"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { liftSuppression } from "@/lib/customers/do-not-ask";

// Thin: lib/ decides that only agents may and validates the fields.

export const liftSuppressionAction = defineAction({
  name: "lift-suppression",
  schema: z.object({ email: z.string().max(1000).default(""), note: z.string().max(5000).default("") }),
  run: ({ actor, input, now }) => liftSuppression({ actor, input, now }),
  revalidate: () => ["/service-center/contacts"],
});
