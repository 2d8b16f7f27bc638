"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { checkedValues } from "@/lib/actions/form-lists";
import { addLocation, archiveLocation, renameLocation } from "@/lib/partners/locations";
import { refuse } from "@/lib/result";
import { inviteUser } from "@/lib/users/invite";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import { changeRole, removeUser } from "@/lib/users/roles";
import { ADMIN_MESSAGES } from "@/lib/users/wording";

// Thin actions for a partner's own administration: lib/ decides who may and validates the fields.

const id = z.string().max(64).default("");
const anything = z.record(z.string(), z.string());
const roleFields = (values: Record<string, string>) => ({
  role: values.role,
  locationIds: checkedValues(values, "locationIds"),
});
const usersPaths = () => ["/settings/users", "/settings/activity", "/references/new"];
const locationPaths = () => [
  "/settings/locations",
  "/settings/users",
  "/settings/activity",
  "/references/new",
];

export const inviteAction = defineAction({
  name: "invite-user",
  schema: anything,
  run: ({ actor, input, now }) =>
    inviteUser({ actor, input: { ...roleFields(input), email: input.email, name: input.name }, now }),
  revalidate: usersPaths,
});

export const revokeInvitationAction = defineAction({
  name: "revoke-invitation",
  schema: z.object({ invitationId: id }),
  run: ({ actor, input, now }) => revokeInvitation({ actor, invitationId: input.invitationId, now }),
  revalidate: () => usersPaths(),
});

export const changeRoleAction = defineAction({
  name: "change-role",
  schema: anything,
  run: ({ actor, input, now }) =>
    changeRole({ actor, userId: input.userId ?? "", input: roleFields(input), now }),
  revalidate: usersPaths,
});

export const removeUserAction = defineAction({
  name: "remove-user",
  schema: z.object({ userId: id }),
  run: ({ actor, input, now }) => removeUser({ actor, userId: input.userId, now }),
  revalidate: usersPaths,
});

export const addLocationAction = defineAction({
  name: "add-location",
  schema: anything,
  run: async ({ actor, input, now }) =>
    actor.kind === "partner-user"
      ? addLocation({ actor, partnerId: actor.partnerId, input, now })
      : refuse("FORBIDDEN", ADMIN_MESSAGES.forbiddenLocations),
  revalidate: locationPaths,
});

export const renameLocationAction = defineAction({
  name: "rename-location",
  schema: anything,
  run: ({ actor, input, now }) => renameLocation({ actor, locationId: input.locationId ?? "", input, now }),
  revalidate: locationPaths,
});

export const archiveLocationAction = defineAction({
  name: "archive-location",
  schema: z.object({ locationId: id }),
  run: ({ actor, input, now }) => archiveLocation({ actor, locationId: input.locationId, now }),
  revalidate: locationPaths,
});
