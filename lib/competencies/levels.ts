// R10 and R8 as plain arithmetic, so the rule is provable without a database.

export interface LevelStatus {
  count: number;
  silverMet: boolean;
  goldMet: boolean;
}

/** A level is met when the number of approved references assigned reaches its requirement. */
export function levelStatus(
  count: number,
  requirement: { silverRequired: number; goldRequired: number },
): LevelStatus {
  return {
    count,
    silverMet: count >= requirement.silverRequired,
    goldMet: count >= requirement.goldRequired,
  };
}

/**
 * Groups assigned references under their one competency (R8): each reference lands in exactly
 * one bucket, where it counts toward that competency's silver and gold alike.
 */
export function groupByCompetency<R extends { competencyId: string | null }>(
  references: R[],
): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const reference of references) {
    if (!reference.competencyId) continue;
    const bucket = groups.get(reference.competencyId) ?? [];
    bucket.push(reference);
    groups.set(reference.competencyId, bucket);
  }
  return groups;
}
