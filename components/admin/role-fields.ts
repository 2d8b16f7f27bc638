import { getPortalT } from "@/lib/i18n/request-locale";
import type { FieldSpec } from "./form-fields";

/** The role form's words in the page's language (settings.roles). */
export type RoleWords = {
  field: string;
  global: string;
  local: string;
  member: string;
  locations: string;
  labelGlobal: string;
  labelMember: string;
  labelLocalOf: (locations: string) => string;
};

/** RoleWords for this request's language. */
export async function roleWords(): Promise<RoleWords> {
  const t = await getPortalT("settings.roles");
  return {
    field: t("field"),
    global: t("global"),
    local: t("local"),
    member: t("member"),
    locations: t("locations"),
    labelGlobal: t("labelGlobal"),
    labelMember: t("labelMember"),
    labelLocalOf: (locations) => t("labelLocalOf", { locations }),
  };
}

/** The role choice and, for Local Administrators, the locations: shared by invite and change-role forms. */
export function roleFields(
  words: RoleWords,
  locations: { id: string; name: string }[],
  current?: { role: string; locationIds: string[] },
): FieldSpec[] {
  return [
    {
      kind: "radio",
      name: "role",
      label: words.field,
      defaultValue: current?.role ?? "MEMBER",
      choices: [
        { value: "GLOBAL_ADMINISTRATOR", label: words.global },
        { value: "LOCAL_ADMINISTRATOR", label: words.local },
        { value: "MEMBER", label: words.member },
      ],
    },
    {
      kind: "checkboxes",
      name: "locationIds",
      label: words.locations,
      defaultValues: current?.locationIds ?? [],
      choices: locations.map((l) => ({ value: l.id, label: l.name })),
    },
  ];
}

const LOCAL_OF = "Local Administrator of ";

/**
 * A role as lib/users/role-label.ts (and lib/api/keys.ts's "acts as") words it in English —
 * "Global Administrator", "Local Administrator of Oslo, Lima", "Member" — in the page's language.
 * The location names are data and stay as they are.
 */
export function localizeRoleLabel(label: string, words: RoleWords): string {
  if (label === "Global Administrator") return words.labelGlobal;
  if (label === "Member") return words.labelMember;
  if (label.startsWith(LOCAL_OF)) return words.labelLocalOf(label.slice(LOCAL_OF.length));
  return label;
}
