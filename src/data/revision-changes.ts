/** One field of a node or relationship as a write found it and as it left it; null stands for absent. */
export type FieldChange = Readonly<{ field: string; from: unknown; to: unknown }>;

/*
 * A revision records the stored keys a write changed; a client reads them as the fields of the API. This turns the one
 * into the other: a partial date is its value ("2023-05"), never the first and last day stored beside it to compare
 * ranges; a name per language is a change of `names`; a structural relationship's parallel source lists are its `sources`; and what the
 * server computes for itself (where a quote stands, counts, search keys) is left out. It reads revisions as they were
 * stored, so those written before it read the same way.
 */

/** Stored keys a write derives, which no client gives or reads as such. */
const derivedKeys = new Set([
  'quoteSourceId',
  'quoteStart',
  'quoteEnd',
  'sourceStarts',
  'sourceEnds',
  'claimantCount',
  'confirmationCount',
  'disputeCount',
  'sourceCount',
  'searchText',
  'foldedNames',
]);

/** The partial dates, each stored with its period's first and last day and its precision beside it (see storedDate). */
const dateKeys = ['date', 'since', 'until', 'published', 'accessed'];
const dateDerivedKeys = new Set(dateKeys.flatMap((key) => [`${key}Start`, `${key}End`, `${key}Precision`]));

/** Stored keys that the API names otherwise. */
const renamedKeys: Readonly<Record<string, string>> = { statementId: 'statement', organisationKind: 'kind', placeKind: 'kind' };

const localizedNamePrefix = 'name_';

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The names per language a change of the stored `name_<language>` keys made, as the API lists them. */
function namesChange(changes: readonly FieldChange[]): FieldChange | undefined {
  const named = changes.filter((change) => change.field.startsWith(localizedNamePrefix));
  if (named.length === 0) return undefined;
  const names = (side: 'from' | 'to') =>
    named.flatMap((change) => (change[side] == null ? [] : [{ language: change.field.slice(localizedNamePrefix.length), name: change[side] }]));
  const [from, to] = [names('from'), names('to')];
  return { field: 'names', from: from.length > 0 ? from : null, to: to.length > 0 ? to : null };
}

/** A structural relationship's sources, from the stored lists of their ids and quotes, as the API gives them. */
function sourcesChange(changes: readonly FieldChange[]): FieldChange | undefined {
  const ids = changes.find((change) => change.field === 'sourceIds');
  const quotes = changes.find((change) => change.field === 'sourceQuotes');
  if (!ids && !quotes) return undefined;
  // A write that kept the ids and changed only the quotes (or the other way round) recorded only those: the other is null here.
  const sources = (side: 'from' | 'to') => {
    const [sourceIds, sourceQuotes] = [list(ids?.[side]), list(quotes?.[side])];
    const length = Math.max(sourceIds.length, sourceQuotes.length);
    return length === 0 ? null : Array.from({ length }, (_, index) => ({ source: sourceIds[index] ?? null, quote: sourceQuotes[index] ?? null }));
  };
  return { field: 'sources', from: sources('from'), to: sources('to') };
}

/** A revision's changes as the API names its fields, in field order. */
export function changesAsFields(changes: readonly FieldChange[]): FieldChange[] {
  const plain = changes
    .filter(
      ({ field }) =>
        !derivedKeys.has(field) && !dateDerivedKeys.has(field) && !field.startsWith(localizedNamePrefix) && field !== 'sourceIds' && field !== 'sourceQuotes',
    )
    .map((change) => ({ ...change, field: renamedKeys[change.field] ?? change.field }));
  return [...plain, ...[namesChange(changes), sourcesChange(changes)].filter((change) => change !== undefined)].sort((left, right) =>
    left.field.localeCompare(right.field),
  );
}
