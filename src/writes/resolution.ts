import type { WriteTransaction } from '../db/database.js';
import { lockNameKeys, type NamedEntity } from '../data/name-keys.js';
import { lockExternalIds, type IdentifiedEntity } from '../data/external-ids.js';
import { lockNodes } from '../data/node-writes.js';
import { currentIds } from '../data/retired-ids.js';
import { externalIdKey } from '../model/external-ids.js';
import type { ExternalId } from '../model/records.js';
import type { DocumentEntity } from '../model/document.js';
import type { EntityKind } from '../model/kinds.js';
import { byLanguage, entitySpellings, foldDiacritics, spellingKeys } from '../model/names.js';
import { InvalidInput } from '../model/failures.js';
import type { WriteStamp } from '../model/records.js';
import { documentEntityOf, type EntityWrite, storeEntities } from './stored-entities.js';

export type ResolutionOutcome = 'CREATED' | 'MATCHED_BY_ID' | 'MATCHED_BY_EXTERNAL_ID' | 'MATCHED_BY_NAME';

/** What became of one entity of a document or an upsert. */
export type Resolution = Readonly<{
  /** The id the document or input gave it. */
  givenId: string;
  /** The node it is now: its own id when created, else the id of the entity it matched (or, for a retired id, became). */
  id: string;
  kind: EntityKind;
  outcome: ResolutionOutcome;
  /** For MATCHED_BY_NAME, the spelling that matched. */
  matchedSpelling: string | null;
  /** Whether an existing entity gained spellings or details from it. */
  updated: boolean;
  /** The spellings the entity it matched gained from it, as names or aliases; none when it was created. */
  addedSpellings: readonly string[];
}>;

export type ResolutionOptions = Readonly<{
  /** Also add the spellings of a draft matched by id, which otherwise adds none. */
  addSpellings?: boolean;
}>;

/** Two entities answer to the entity's spellings: claimgraph never guesses between them. The problem is with its name. */
export class AmbiguousEntityError extends InvalidInput {
  constructor(
    readonly entity: DocumentEntity,
    readonly candidates: readonly NamedEntity[],
  ) {
    const named = candidates.map((candidate) => `${candidate.id} (${candidate.name})`);
    const both = named.length === 2 ? `both ${named.join(' and ')}` : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
    super('name', `"${entity.name}" (${entity.id}) matches ${both} by name; give the id of the one it is`);
  }
}

/**
 * Finds or creates the entity each draft stands for, in this transaction, and writes what it brings:
 * - a draft whose id is in the graph is that node, and one whose id was merged into another is that other;
 * - else a draft with an external id (a Wikidata QID …) that an entity of its kind carries is that entity;
 * - else a draft whose spelling (name, names, aliases) has the key of exactly one entity's spelling is that entity;
 * - else it is created, once, however many drafts of the batch share its id or spellings.
 * A matched entity keeps its name and details, and the draft fills details it lacks and adds its external ids. A draft
 * matched by name or external id adds the spellings the entity lacks as names or aliases; one matched by id adds none unless asked to:
 * it names the node already, so a spelling it gives may be a slip and must not become a way to find that node.
 */
export async function resolveEntities(
  transaction: WriteTransaction,
  givenDrafts: readonly DocumentEntity[],
  stamp: WriteStamp,
  { addSpellings = false }: ResolutionOptions = {},
): Promise<Resolution[]> {
  if (givenDrafts.length === 0) return [];
  const current = await currentIds(transaction, givenDrafts.map((draft) => draft.id));
  const drafts = givenDrafts.map((draft) => ({ ...draft, id: current.get(draft.id) ?? draft.id }));
  const existing = new Set(current.values());
  // A draft matched by id that adds no spellings decides nothing by name: its keys are neither locked nor linked.
  const keysOfDraft = drafts.map((draft) => (addSpellings || !existing.has(draft.id) ? spellingKeys(draft) : new Map<string, string>()));
  const allKeys = keysOfDraft.flatMap((keys) => [...keys.keys()]);
  const namedInGraph = await lockNameKeys(transaction, allKeys);

  const named = new Map(namedInGraph);
  drafts.forEach((draft, index) => {
    if (!existing.has(draft.id)) return;
    for (const key of keysOfDraft[index]!.keys()) named.set(key, uniqueById([...(named.get(key) ?? []), { id: draft.id, name: draft.name }]));
  });

  const identified = await lockExternalIds(transaction, drafts.flatMap((draft) => (existing.has(draft.id) ? [] : (draft.externalIds ?? []))));
  const identifiedBy = (draft: DocumentEntity) =>
    uniqueById((draft.externalIds ?? []).flatMap((externalId) => identified.get(externalIdKey(externalId)) ?? []));

  const clusterOf = clusterUnresolved(drafts, keysOfDraft, existing);
  const membersOf = new Map<number, number[]>();
  clusterOf.forEach((root, index) => membersOf.set(root, [...(membersOf.get(root) ?? []), index]));
  const decided = new Map<number, { id: string; fromGraph: boolean; byExternalId: boolean }>();
  const targets = drafts.map((draft, index): { id: string; outcome: ResolutionOutcome } => {
    if (existing.has(draft.id)) return { id: draft.id, outcome: 'MATCHED_BY_ID' };
    const root = clusterOf[index]!;
    let decision = decided.get(root);
    if (!decision) {
      const members = membersOf.get(root) ?? [];
      const carrier = entityCarrying(drafts[root]!, uniqueById(members.flatMap((member) => identifiedBy(drafts[member]!))));
      const candidates = uniqueById(members.flatMap((member) => [...keysOfDraft[member]!.keys()].flatMap((key) => named.get(key) ?? [])));
      if (!carrier && candidates.length > 1) throw new AmbiguousEntityError(drafts[root]!, candidates);
      const found = carrier ?? candidates[0];
      decision = found ? { id: found.id, fromGraph: true, byExternalId: carrier !== undefined } : { id: drafts[root]!.id, fromGraph: false, byExternalId: false };
      decided.set(root, decision);
    }
    if (index === root && !decision.fromGraph) return { id: decision.id, outcome: 'CREATED' };
    // Matching its own id by name happens when another transaction created it while this one waited for the keys.
    if (draft.id === decision.id) return { id: decision.id, outcome: 'MATCHED_BY_ID' };
    return { id: decision.id, outcome: decision.byExternalId ? 'MATCHED_BY_EXTERNAL_ID' : 'MATCHED_BY_NAME' };
  });

  const locked = await lockNodes(
    transaction,
    targets.flatMap((target) => (target.outcome === 'CREATED' ? [] : [target.id])),
  );
  const existingById = new Map<string, DocumentEntity>();
  const mergedById = new Map<string, DocumentEntity>();
  const addedSpellings = targets.map((target, index) => {
    const draft = drafts[index]!;
    const existingEntity = documentEntityOf(locked.get(target.id), draft.kind);
    if (existingEntity && !existingById.has(target.id)) existingById.set(target.id, existingEntity);
    const base = mergedById.get(target.id) ?? existingEntity;
    if (!base) {
      mergedById.set(target.id, { ...draft, id: target.id });
      return [];
    }
    const merged = mergeEntity(base, draft, addSpellings || target.outcome === 'MATCHED_BY_NAME' || target.outcome === 'MATCHED_BY_EXTERNAL_ID');
    mergedById.set(target.id, merged);
    const known = new Set(entitySpellings(base));
    return entitySpellings(merged).filter((spelling) => !known.has(spelling));
  });

  const outcomes = await storeEntities(
    transaction,
    [...mergedById.values()].map((entity): EntityWrite => ({ entity, before: existingById.get(entity.id) })),
    stamp,
  );

  return targets.map((target, index) => {
    const draft = givenDrafts[index]!;
    // Another transaction may have created the same id, under other spellings, a moment earlier.
    const createdElsewhere = target.outcome === 'CREATED' && outcomes.get(target.id)?.created === false;
    return {
      givenId: draft.id,
      id: target.id,
      kind: draft.kind,
      outcome: createdElsewhere ? 'MATCHED_BY_ID' : target.outcome,
      matchedSpelling: target.outcome === 'MATCHED_BY_NAME' ? matchedSpelling(keysOfDraft[index]!, named, target.id, keysOfDraft, targets, index) : null,
      updated: target.outcome !== 'CREATED' && (outcomes.get(target.id)?.updated ?? false),
      addedSpellings: addedSpellings[index]!,
    };
  });
}

/** Index of each draft's cluster (its first member) among drafts not found by id: drafts sharing an id, an external id or a spelling's key. */
function clusterUnresolved(
  drafts: readonly DocumentEntity[],
  keysOfDraft: readonly Map<string, string>[],
  existing: ReadonlySet<string>,
): number[] {
  const parent = drafts.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const firstWithToken = new Map<string, number>();
  drafts.forEach((draft, index) => {
    if (existing.has(draft.id)) return;
    const externalIdTokens = (draft.externalIds ?? []).map((externalId) => `external:${externalIdKey(externalId)}`);
    for (const token of [`id:${draft.id}`, ...externalIdTokens, ...keysOfDraft[index]!.keys()]) {
      const first = firstWithToken.get(token);
      if (first === undefined) {
        firstWithToken.set(token, index);
        continue;
      }
      const [low, high] = [find(first), find(index)].sort((left, right) => left - right) as [number, number];
      parent[high] = low;
    }
  });
  return drafts.map((_, index) => find(index));
}

function matchedSpelling(
  keys: ReadonlyMap<string, string>,
  named: ReadonlyMap<string, NamedEntity[]>,
  targetId: string,
  keysOfDraft: readonly Map<string, string>[],
  targets: readonly { id: string }[],
  index: number,
): string | null {
  for (const [key, spelling] of keys) {
    if (named.get(key)?.some((entity) => entity.id === targetId)) return spelling;
    if (targets.some((target, other) => other !== index && target.id === targetId && keysOfDraft[other]!.has(key))) return spelling;
  }
  return null;
}

/**
 * The one entity the draft's external ids identify, if any. Ids that identify two entities, or an entity of another
 * kind, are a mistake in the draft: claimgraph never guesses.
 */
function entityCarrying(draft: DocumentEntity, carriers: readonly IdentifiedEntity[]): IdentifiedEntity | undefined {
  if (carriers.length > 1) {
    throw new InvalidInput('externalIds', `"${draft.name}" (${draft.id}) has external ids of ${carriers.map(({ id }) => id).join(' and ')}; give only the ids of the one it is`);
  }
  const [carrier] = carriers;
  if (carrier && carrier.kind !== draft.kind) {
    throw new InvalidInput('externalIds', `"${draft.name}" (${draft.id}) is a ${draft.kind}, but its external ids identify ${carrier.id} (${carrier.name})`);
  }
  return carrier;
}

function uniqueById<Entity extends NamedEntity>(entities: readonly Entity[]): Entity[] {
  return [...new Map(entities.map((entity) => [entity.id, entity])).values()].sort((left, right) => left.id.localeCompare(right.id));
}

const folded = (spelling: string) => foldDiacritics(spelling.trim());

/** An entity merged into another: the kept one with every spelling, external id and detail it lacked from the retired one. */
export const joinedEntity = (kept: DocumentEntity, retired: DocumentEntity): DocumentEntity => mergeEntity(kept, retired, true);

/** `base` with the details of `incoming` it has no value for and, `withSpellings`, the spellings it lacks. */
function mergeEntity(base: DocumentEntity, incoming: DocumentEntity, withSpellings: boolean): DocumentEntity {
  const details = {
    externalIds: joinedExternalIds(base.externalIds, incoming.externalIds),
    description: base.description ?? incoming.description,
    organisationKind: base.organisationKind ?? incoming.organisationKind,
    placeKind: base.placeKind ?? incoming.placeKind,
    latitude: base.latitude ?? incoming.latitude,
    longitude: base.longitude ?? incoming.longitude,
  };
  if (!withSpellings) return { ...base, ...details };
  const known = new Set(entitySpellings(base).map(folded));
  const names = [...base.names];
  const aliases = [...base.aliases];
  const addAlias = (spelling: string) => {
    if (known.has(folded(spelling))) return;
    known.add(folded(spelling));
    aliases.push(spelling);
  };
  for (const localized of incoming.names) {
    if (names.some((name) => name.language === localized.language)) addAlias(localized.name);
    else {
      names.push(localized);
      known.add(folded(localized.name));
    }
  }
  addAlias(incoming.name);
  incoming.aliases.forEach(addAlias);
  return { ...base, names: byLanguage(names), aliases, ...details };
}

function joinedExternalIds(base: readonly ExternalId[] | undefined, incoming: readonly ExternalId[] | undefined): ExternalId[] | undefined {
  if (!base?.length && !incoming?.length) return base ? [...base] : undefined;
  return [...new Map([...(base ?? []), ...(incoming ?? [])].map((externalId) => [externalIdKey(externalId), externalId])).values()];
}
