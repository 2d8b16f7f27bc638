"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { filledRows } from "@/lib/actions/form-lists";
import { setPartnerDomains } from "@/lib/partners/domains";
import { addLocation } from "@/lib/partners/locations";
import { onboardPartner, renamePartner } from "@/lib/partners/onboard";
import { inviteUser } from "@/lib/users/invite";
import { revokeInvitation } from "@/lib/users/revoke-invitation";

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

export const partnerDomainsAction = defineAction({
  name: "partner-domains",
  schema: anything,
  run: ({ actor, input, now }) =>
    setPartnerDomains({ actor, partnerId: input.partnerId ?? "", domains: input.domains ?? "", now }),
  revalidate: (input) => [`/service-center/partners/${input.partnerId}`],
});

export const renamePartnerAction = defineAction({
  name: "rename-partner",
  schema: anything,
  run: ({ actor, input, now }) =>
    renamePartner({ actor, partnerId: input.partnerId ?? "", name: input.name, now }),
  revalidate: (input) => ["/service-center/partners", `/service-center/partners/${input.partnerId}`],
});

/** An agent invites a Global Administrator for this partner (e.g. when the first invitation expired). */
export const agentInviteAction = defineAction({
  name: "agent-invite",
  schema: anything,
  run: ({ actor, input, now }) =>
    inviteUser({
      actor,
      partnerId: input.partnerId ?? "",
      input: { email: input.email, name: input.name, role: "GLOBAL_ADMINISTRATOR", locationIds: [] },
      now,
    }),
  revalidate: (input) => [`/service-center/partners/${input.partnerId}`],
});

export const agentRevokeInvitationAction = defineAction({
  name: "agent-revoke-invitation",
  schema: z.object({ invitationId: z.string().max(64).default("") }),
  run: ({ actor, input, now }) => revokeInvitation({ actor, invitationId: input.invitationId, now }),
  revalidate: () => ["/service-center/partners"],
});

export const agentAddLocationAction = defineAction({
  name: "agent-add-location",
  schema: anything,
  run: ({ actor, input, now }) => addLocation({ actor, partnerId: input.partnerId ?? "", input, now }),
  revalidate: (input) => [`/service-center/partners/${input.partnerId}`],
});
