import { z } from "zod";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../validation/text";

const safe = { error: UNSAFE_TEXT_MESSAGE, abort: true } as const;
const blank = (v: unknown) => (v === undefined || v === null ? "" : v);

const customerAddress = z.preprocess(
  blank,
  z
    .string()
    .refine(isSafeText, safe)
    .trim()
    .min(1, { error: "Enter the customer's email address.", abort: true })
    .max(254, "Use at most 254 characters for the email address.")
    .pipe(z.email("Enter a valid email address, such as name@company.com.")),
);

/** R21: an agent looking up, downloading or erasing what is held about one address. */
export const personalDataSchema = z.object({ email: customerAddress });

/** An agent lifting "Do not ask me again" (R18): the address and where the customer asked for it. */
export const liftSuppressionSchema = z.object({
  email: customerAddress,
  note: z.preprocess(
    blank,
    z
      .string()
      .refine(isSafeText, safe)
      .trim()
      .min(1, {
        error: "Say where the customer's written request is (for example, the case or email date).",
        abort: true,
      })
      .max(1000, "Use at most 1000 characters for the note."),
  ),
});
