/** A set of words written apart by whitespace, as the lexicons list them. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/u));
}

/** Verb forms written as a stem and its endings: `forms('confirm', '', 's', 'ed')` is "confirm confirms confirmed". */
export function forms(stem: string, ...endings: string[]): string {
  return endings.map((ending) => stem + ending).join('|');
}
