// What the administration tells people. Tests assert these strings.

export const ADMIN_MESSAGES = {
  invalidInput: "Some fields need your attention.",
  forbiddenUsers: "Only a Global Administrator of this partner can manage its users and roles.",
  forbiddenLocations: "Only a Global Administrator of this partner can change its locations.",
  forbiddenAgent: "Only the Regional Service Center can do this.",
  forbiddenActivity:
    "Only a Global Administrator of this partner or the Regional Service Center can see its activity.",
  userNotFound: "This person does not exist or is not part of your partner.",
  locationNotFound: "This location does not exist or is not part of your partner.",
  partnerNotFound: "This partner does not exist.",
  lastGlobalAdministrator:
    "A partner must keep at least one Global Administrator. Make someone else a Global Administrator first.",
  // Deliberately the same for "another partner's user", "another partner's invitation" and "an
  // agent": it must not reveal that the address is known, nor where.
  emailUnavailable:
    "This email address cannot be invited. Ask the person for another address, or contact the Regional Service Center.",
  alreadyMember: "This person already has an account here. Change their role in the list instead.",
  invitationNotValid:
    "This invitation link is not valid. It may have been used already or replaced by a newer one.",
  invitationRevoked: "This invitation is no longer pending: it was accepted, revoked or has expired.",
  inviterLostRight:
    "This invitation is no longer valid: the person who sent it can no longer give this role. Ask a Global Administrator of your organization to invite you again.",
  switchAccount:
    "Someone else is signed in on this browser. Confirm that you want to sign them out and accept the invitation.",
  agentInvitesGlobals:
    "The Regional Service Center invites a partner's Global Administrators; they invite everyone else.",
  demoPartnerAddress:
    "A demo partner can invite only addresses at example domains, such as name@contoso.example.",
  invitationExpired:
    "This invitation has expired (invitations are valid for 7 days). Ask your Global Administrator to invite you again.",
  locationArchived: "This location is archived and takes no new references.",
  locationAlreadyArchived: "This location is already archived.",
  duplicateLocation: "This partner already has a location with this name.",
  duplicateProgramId: "Another partner already has this program ID.",
  duplicatePartnerName: "Another partner already has this name.",
  duplicateCompetency: "A competency with this name already exists.",
  competencyNotFound: "This competency does not exist.",
  competencyRetired: "This competency is retired and takes no new assignments.",
  competencyAlreadyRetired: "This competency is already retired.",
} as const;

export const ROLE_LABELS = {
  GLOBAL_ADMINISTRATOR: "Global Administrator",
  LOCAL_ADMINISTRATOR: "Local Administrator",
  MEMBER: "Member",
} as const;
