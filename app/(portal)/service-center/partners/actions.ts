"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { filledRows } from "@/lib/actions/form-lists";
import { addLocation } from "@/lib/partners/locations";
import { onboardPartner, renamePartner } from "@/lib/partners/onboard";

// Thin agent actions for partners; lib/ decides who may and validates.

const anything = z.record(z.string(), z.string());

export const onboardAction = defineAction({
  name: "onboard-partner",
  schema: anything,
  run: ({ actor, input, now }) =>
    onboardPartner({
      actor,
      input: {
        name: input.name,
        programId: input.programId,
        adminEmail: input.adminEmail,
        adminName: input.adminName,
        locations: filledRows(input, "locations", ["name", "country"]),
      },
      now,
    }),
  revalidate: () => ["/service-center/partners"],
  redirectTo: (_input, data) => `/service-center/partners/${data.partnerId}?onboarded=1`,
});

export const renamePartnerAction = defineAction({
  name: "rename-partner",
  schema: anything,
  run: ({ actor, input, now }) =>
    renamePartner({ actor, partnerId: input.partnerId ?? "", name: input.name, now }),
  revalidate: (input) => ["/service-center/partners", `/service-center/partners/${input.partnerId}`],
});

export const agentAddLocationAction = defineAction({
  name: "agent-add-location",
  schema: anything,
  run: ({ actor, input, now }) => addLocation({ actor, partnerId: input.partnerId ?? "", input, now }),
  revalidate: (input) => [`/service-center/partners/${input.partnerId}`],
});
