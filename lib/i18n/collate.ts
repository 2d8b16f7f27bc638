// Names sorted as the reader's language sorts them (ä with a in German, accents in French, Japanese
// by reading order). The database sorts names by its own collation; pages re-sort the short lists
// they show in full (locations, competencies, people) for other languages. English keeps the
// database's order, which the rules' examples and the tests read.

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale === "en-XA" ? "en" : locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

/** A copy of `items` in the language's order of their names (English: as given). */
export function sortByName<T>(items: readonly T[], locale: string, nameOf: (item: T) => string): T[] {
  if (locale === "en") return [...items];
  const collator = collatorFor(locale);
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
