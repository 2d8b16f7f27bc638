import { ROLE_LABELS } from "./wording";

/** "Global Administrator", "Local Administrator of Oslo, Lima", "Member". */
export function roleLabelOf(role: keyof typeof ROLE_LABELS | null, locationNames: string[]): string {
  if (role === "LOCAL_ADMINISTRATOR")
    return `${ROLE_LABELS.LOCAL_ADMINISTRATOR} of ${locationNames.join(", ")}`;
  return ROLE_LABELS[role ?? "MEMBER"];
}
