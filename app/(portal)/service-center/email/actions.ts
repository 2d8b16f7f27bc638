"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { requeueAllFailedEmails, requeueFailedEmail } from "@/lib/email/failed";

// Thin agent actions (R15): who may requeue is decided in lib/email/failed.ts.

export const requeueEmailAction = defineAction({
  name: "requeue-email",
  schema: z.object({ emailId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose an email from the list.") }),
  run: ({ actor, input, now }) => requeueFailedEmail({ actor, emailId: input.emailId, now }),
  revalidate: () => ["/service-center/email"],
});

export const requeueAllEmailsAction = defineAction({
  name: "requeue-all-emails",
  schema: z.object({}),
  run: ({ actor, now }) => requeueAllFailedEmails({ actor, now }),
  revalidate: () => ["/service-center/email"],
});
