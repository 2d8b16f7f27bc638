// R21: how an erased contact reads. Erasure leaves both contact columns empty (they are required
// and non-empty otherwise), so a row says it was erased without one more column in the list query.

export const CONTACT_ERASED = "Contact erased";

export function isContactErased(reference: { contactEmail: string }): boolean {
  return reference.contactEmail === "";
}
