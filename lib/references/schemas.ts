import { z } from "zod";
import { PROJECT_TYPE_KEYS } from "../competencies/project-types";
import { LOCALES } from "../i18n/locales";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../validation/text";

// The create form, its server action and the domain function all parse with this schema, so a
// field error reads the same wherever it is caught.

export const LIMITS = { name: 200, title: 200, description: 4000, email: 254 } as const;

// Missing form fields arrive as undefined or null; treat them as empty so the message is "Enter …".
const blankIfMissing = (v: unknown) => (v === undefined || v === null ? "" : v);

// NUL bytes and broken UTF-16 are refused first, with their own message (decision 030).
const safe = { error: UNSAFE_TEXT_MESSAGE, abort: true } as const;

const text = (what: string, max: number) =>
  z.preprocess(
    blankIfMissing,
    z
      .string({ error: `Enter ${what}.` })
      .refine(isSafeText, safe)
      .trim()
      .min(1, { error: `Enter ${what}.`, abort: true })
      .max(max, `Use at most ${max} characters for ${what}.`),
  );

/** The customer contact's address: on the create form and when correcting it (R17). */
export const contactEmailSchema = z.preprocess(
  blankIfMissing,
  z
    .string({ error: "Enter the contact's email address." })
    .refine(isSafeText, safe)
    .trim()
    .min(1, { error: "Enter the contact's email address.", abort: true })
    .max(LIMITS.email, `Use at most ${LIMITS.email} characters for the email address.`)
    .pipe(z.email("Enter a valid email address, such as name@company.com.")),
);

export const correctContactSchema = z.object({ contactEmail: contactEmailSchema });

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The create form's one-time key (decision 032): optional for callers that are not a form. */
export const CREATE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/** Partner programs have no references from before this day; older dates are typing mistakes. */
export const EARLIEST_COMPLETION = "1990-01-01";

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC as "YYYY-MM-DD"; comparable as a string with completedOn. */
const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The clock is a parameter because "not in the future" depends on it: the domain passes its own
 * `now`, the form uses the wall clock.
 */
export function buildCreateReferenceSchema(clock: () => Date = () => new Date()) {
  return z.object({
    locationId: text("the location", 100),
    customerCompany: text("the customer's company name", LIMITS.name),
    contactName: text("the name of the customer contact", LIMITS.name),
    contactEmail: contactEmailSchema,
    projectTitle: text("the project title", LIMITS.title),
    projectDescription: text("a short description of the project", LIMITS.description),
    projectType: z.enum(PROJECT_TYPE_KEYS, { error: "Choose a project type from the list." }),
    createKey: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .regex(CREATE_KEY_PATTERN, "This form has expired. Reload the page and submit it again.")
        .optional(),
    ),
    completedOn: z.preprocess(
      blankIfMissing,
      z
        .string({ error: "Enter the date the project was completed." })
        .refine(isSafeText, safe)
        .trim()
        .min(1, { error: "Enter the date the project was completed.", abort: true })
        .regex(DATE_PATTERN, { error: "Enter the completion date as YYYY-MM-DD.", abort: true })
        .refine(isRealDate, { error: "Enter a real calendar date.", abort: true })
        .refine((v) => v >= EARLIEST_COMPLETION, {
          error: "Enter a completion date from 1 Jan 1990 on.",
          abort: true,
        })
        .refine((v) => v <= utcDay(clock()), "The completion date cannot be in the future."),
    ),
    // Optional: without a choice the request is written in the location's usual language.
    contactLanguage: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.enum(LOCALES, { error: "Choose a language from the list." }).optional(),
    ),
  });
}

export const createReferenceSchema = buildCreateReferenceSchema();

export type CreateReferenceInput = z.infer<typeof createReferenceSchema>;

/** Cancellation by an agent (R12): the program administrator who asked is required. */
export const cancelReferenceSchema = z.object({
  programAdministrator: text(
    "the name of the program administrator who asked for the cancellation",
    LIMITS.name,
  ),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string()
      .refine(isSafeText, safe)
      .trim()
      .max(1000, "Use at most 1000 characters for the note.")
      .optional(),
  ),
});
