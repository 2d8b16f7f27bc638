import type { FieldSpec } from "./form-fields";

/** The role choice and, for Local Administrators, the locations: shared by invite and change-role forms. */
export function roleFields(
  locations: { id: string; name: string }[],
  current?: { role: string; locationIds: string[] },
): FieldSpec[] {
  return [
    {
      kind: "radio",
      name: "role",
      label: "Role",
      defaultValue: current?.role ?? "MEMBER",
      choices: [
        { value: "GLOBAL_ADMINISTRATOR", label: "Global Administrator" },
        { value: "LOCAL_ADMINISTRATOR", label: "Local Administrator" },
        { value: "MEMBER", label: "Member (read only)" },
      ],
    },
    {
      kind: "checkboxes",
      name: "locationIds",
      label: "Locations (for a Local Administrator)",
      defaultValues: current?.locationIds ?? [],
      choices: locations.map((l) => ({ value: l.id, label: l.name })),
    },
  ];
}
