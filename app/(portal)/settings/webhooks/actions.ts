"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  setWebhookEnabled,
} from "@/lib/webhooks/endpoints";
import { sendTestEvent } from "@/lib/webhooks/test-event";

// Thin: lib/webhooks decides that only Global Administrators may, validates and audits. The event
// checkboxes arrive as "event:<type>" fields and become the endpoint's list of events.

const revalidate = () => ["/settings/webhooks"];
const byId = z.object({ endpointId: z.string().max(100).default("") });

export const createWebhookAction = defineAction({
  name: "create-webhook",
  schema: z.record(z.string(), z.string().max(2000)),
  run: ({ actor, input, now }) =>
    createWebhookEndpoint({
      actor,
      now,
      input: {
        url: input.url ?? "",
        events: Object.keys(input)
          .filter((k) => k.startsWith("event:"))
          .map((k) => k.slice("event:".length)),
        enabled: input.enabled === "on",
      },
    }),
  revalidate,
});

export const sendTestEventAction = defineAction({
  name: "send-test-webhook",
  schema: byId,
  run: ({ actor, input, now }) => sendTestEvent({ actor, input, now }),
  revalidate,
});

export const enableWebhookAction = defineAction({
  name: "enable-webhook",
  schema: byId,
  run: ({ actor, input, now }) => setWebhookEnabled({ actor, input, now, enabled: true }),
  revalidate,
});

export const disableWebhookAction = defineAction({
  name: "disable-webhook",
  schema: byId,
  run: ({ actor, input, now }) => setWebhookEnabled({ actor, input, now, enabled: false }),
  revalidate,
});

export const rotateWebhookSecretAction = defineAction({
  name: "rotate-webhook-secret",
  schema: byId,
  run: ({ actor, input, now }) => rotateWebhookSecret({ actor, input, now }),
  revalidate,
});

export const deleteWebhookAction = defineAction({
  name: "delete-webhook",
  schema: byId,
  run: ({ actor, input, now }) => deleteWebhookEndpoint({ actor, input, now }),
  revalidate,
});
