// HTML forms send a list as many fields; the action wrapper hands over one string per name. Lists
// are therefore named "<list>:<value>" (checkboxes) or "<list>.<i>.<field>" (rows), and decoded here.

/** Values of the checked checkboxes named "<list>:<value>". */
export function checkedValues(values: Record<string, unknown>, list: string): string[] {
  const prefix = `${list}:`;
  return Object.keys(values)
    .filter((key) => key.startsWith(prefix) && values[key] !== "")
    .map((key) => key.slice(prefix.length));
}

/** Rows named "<list>.<i>.<field>", in index order, leaving out rows whose fields are all blank. */
export function filledRows(
  values: Record<string, unknown>,
  list: string,
  fields: string[],
): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(values)) {
    const match = key.match(new RegExp(`^${list}\\.(\\d{1,2})\\.(\\w+)$`));
    if (!match || typeof value !== "string" || !fields.includes(match[2]!)) continue;
    const row = rows.get(Number(match[1])) ?? {};
    row[match[2]!] = value;
    rows.set(Number(match[1]), row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((v) => v.trim() !== ""));
}
