import type { WriteTransaction } from '../db/database.js';
import { locateStructuralSources } from '../data/structural-sources.js';
import { isStructuralType, type RelationshipType } from '../model/kinds.js';
import { InvalidInput } from '../model/failures.js';

/**
 * The one rule for the sources of structural relationships, for mutations and imports alike: every source such a relationship names is in
 * the graph and holds the relationship's quote of it, word for word; where the quote stands is stored with it. `fieldOf`
 * names, for a structural relationship's id, the field of the caller's input that holds its sources.
 */
export async function requireStructuralSources(
  transaction: WriteTransaction,
  type: RelationshipType,
  ids: readonly string[],
  fieldOf: (id: string) => string,
): Promise<void> {
  if (!isStructuralType(type)) return;
  const [unfound] = await locateStructuralSources(transaction, type, ids);
  if (!unfound) return;
  const field = `${fieldOf(unfound.id)}.${unfound.index}`;
  if (unfound.sourceMissing) throw new InvalidInput(`${field}.source`, `"${unfound.sourceId}" is no source in the graph`);
  throw new InvalidInput(`${field}.quote`, `is not in the text of ${unfound.sourceId}; give its words exactly as it has them`);
}
