import { isIP } from "node:net";
import { z } from "zod";
import { isForbiddenAddress } from "./address-guard";
import { WEBHOOK_EVENT_TYPES } from "./event-types";

// What a Global Administrator may enter for an endpoint. The address check here only gives a clear
// message early; the real SSRF check happens at every delivery, on the address connected to.

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];

/** Why this URL cannot receive webhooks, or null when it can. */
export function endpointUrlProblem(value: string, allowPrivate: boolean): string | null {
  if (!URL.canParse(value)) return "Enter a full URL, such as https://crm.example.com/hooks/references.";
  const url = new URL(value);
  const loopback = LOOPBACK_NAMES.includes(url.hostname) || url.hostname.endsWith(".localhost");
  if (url.protocol !== "https:" && !(url.protocol === "http:" && allowPrivate && loopback))
    return "Use an https:// URL: events carry your customers' contact details.";
  if (url.username || url.password) return "Leave the user name and password out of the URL.";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && (loopback || (isIP(host) !== 0 && isForbiddenAddress(host))))
    return "This is a private or local address. Webhooks go to addresses on the public internet.";
  return null;
}

export const webhookEventsSchema = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list." }))
  .min(1, "Choose at least one event to send.");

export function createEndpointSchema(allowPrivate: boolean) {
  return z.object({
    url: z
      .string()
      .trim()
      .min(1, "Enter the URL that receives the events.")
      .max(2000, "Use a URL of at most 2,000 characters.")
      .superRefine((value, ctx) => {
        const problem = endpointUrlProblem(value, allowPrivate);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    events: webhookEventsSchema,
    enabled: z.boolean(),
  });
}

export const endpointIdSchema = z.object({ endpointId: z.string().min(1).max(100) });
