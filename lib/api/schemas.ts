import { z } from "zod";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../validation/text";

const safe = { error: UNSAFE_TEXT_MESSAGE, abort: true } as const;
const blank = (v: unknown) => (v === undefined || v === null ? "" : v);

/** /settings/api's "Create key": a name, a scope, and whom it acts as. */
export const createApiKeySchema = z
  .object({
    name: z.preprocess(
      blank,
      z
        .string()
        .refine(isSafeText, safe)
        .trim()
        .min(1, { error: "Enter a name for the key, such as the system that will use it.", abort: true })
        .max(80, "Use at most 80 characters for the name."),
    ),
    scope: z.enum(["READ", "READ_WRITE"], { error: "Choose Read or Read and write." }),
    actsAs: z.enum(["partner", "locations"], { error: "Choose whom the key acts as." }),
    locationIds: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.string().max(40)).max(100),
    ),
  })
  .refine((v) => v.actsAs === "partner" || v.locationIds.length > 0, {
    path: ["locationIds"],
    error: "Choose at least one location.",
  });

export const revokeApiKeySchema = z.object({ keyId: z.string().min(1).max(40) });
