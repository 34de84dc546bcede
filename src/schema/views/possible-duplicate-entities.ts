import { z } from 'zod';
import type { QueryRunner } from '../../db/database.js';
import { duplicateCandidates, pairKey, sharedNeighbourCounts, neighboursCompared } from '../../data/duplicate-entities.js';
import { badInput } from '../../errors.js';
import { nodeIdOf } from '../../model/fields.js';
import { actorKinds, type ActorKind } from '../../model/kinds.js';
import { nameSimilarity } from '../../model/name-similarity.js';
import { spellingKeys } from '../../model/names.js';
import type { ActorRecord } from '../../model/records.js';
import { boundedInt, defaultPageSize, maximumPageSize } from '../lib/bounds.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { ActorRef } from '../nodes/entity.js';

/** People and organisations read per page, in id order, and the others compared with each. */
const entitiesPerPage = 50;
const othersEach = 10;
const defaultMinimumSimilarity = 0.85;
const lowestMinimumSimilarity = 0.5;

type DuplicatePair = Readonly<{
  entity: ActorRecord;
  other: ActorRecord;
  similarity: number;
  closestSpellings: readonly [string, string];
  sharedSpellings: readonly string[];
  sharedNeighbours: number;
}>;

type DuplicatePage = Readonly<{ pairs: readonly DuplicatePair[]; endCursor: string | null; hasNextPage: boolean }>;

/** Where a page starts: after this pair, or after every pair of `entity` when `other` is null. */
type Position = Readonly<{ entity: string; other: string | null }>;

const cursorOf = ({ entity, other }: Position) => `${entity}|${other ?? ''}`;

const actorId = nodeIdOf(actorKinds);
const isActorId = (id: string) => actorId.safeParse(id).success;

function positionOf(cursor: string): Position {
  const [entity = '', other = '', ...rest] = cursor.split('|');
  if (rest.length > 0 || !isActorId(entity) || (other !== '' && !isActorId(other))) {
    throw badInput('after', 'is no cursor of this list; pass the endCursor of one of its pages');
  }
  return { entity, other: other === '' ? null : other };
}

const isAfter = (position: Position | null, entity: string, other: string) =>
  position === null || entity > position.entity || (entity === position.entity && position.other !== null && other > position.other);

/** Each entity's name keys, made once however many others it is compared with; held only while the entity is. */
const keysOf = new WeakMap<ActorRecord, Map<string, string>>();
const nameKeysOf = (entity: ActorRecord) => keysOf.get(entity) ?? keysOf.set(entity, spellingKeys(entity)).get(entity)!;

/** The spellings of the entity whose name keys the other has too: the same name, as resolution sees it. */
function sharedSpellings(entity: ActorRecord, other: ActorRecord): string[] {
  const otherKeys = nameKeysOf(other);
  return [...nameKeysOf(entity)].filter(([key]) => otherKeys.has(key)).map(([, spelling]) => spelling);
}

/**
 * A page of likely duplicates: the next people and organisations by id, each compared with the others the name index
 * and the name keys offer (src/data/duplicate-entities.ts), the pairs whose closest spellings are alike enough kept in
 * id order, and the neighbours counted that each pair listed shares. Two round trips, however large the graph.
 */
async function possibleDuplicatePage(
  runner: QueryRunner,
  request: Readonly<{ kinds: readonly ActorKind[]; first: number; after: Position | null; minimumSimilarity: number }>,
): Promise<DuplicatePage> {
  const { after, first } = request;
  const scanned = await duplicateCandidates(runner, { kinds: request.kinds, from: after?.entity ?? '', entities: entitiesPerPage, othersEach });
  const found: Omit<DuplicatePair, 'sharedNeighbours'>[] = [];
  scan: for (const { entity, others } of scanned) {
    for (const other of others) {
      if (!isAfter(after, entity.id, other.id)) continue;
      const shared = sharedSpellings(entity, other);
      const closest = shared[0] !== undefined ? { similarity: 1, spellings: [shared[0], shared[0]] as const } : nameSimilarity(entity, other);
      if (closest.similarity < request.minimumSimilarity) continue;
      found.push({ entity, other, similarity: closest.similarity, closestSpellings: closest.spellings, sharedSpellings: shared });
      // One pair past the page says that another page follows.
      if (found.length > first) break scan;
    }
  }
  const cut = found.length > first;
  const listed = found.slice(0, first);
  const last = listed.at(-1);
  const lastRead = scanned.at(-1)?.entity.id;
  const endCursor = cut && last ? cursorOf({ entity: last.entity.id, other: last.other.id }) : lastRead ? cursorOf({ entity: lastRead, other: null }) : null;
  const neighbours = await sharedNeighbourCounts(runner, listed.map(({ entity, other }) => ({ entity: entity.id, other: other.id })));
  return {
    pairs: listed.map((pair) => ({ ...pair, sharedNeighbours: neighbours.get(pairKey(pair.entity.id, pair.other.id)) ?? 0 })),
    endCursor: endCursor ?? (after && cursorOf(after)),
    hasNextPage: cut || scanned.length === entitiesPerPage,
  };
}

const ActorKindEnum = builder.enumType('ActorKind', { description: 'People or organisations.', values: actorKinds });

const PossibleDuplicateEntityPairRef = builder.objectRef<DuplicatePair>('PossibleDuplicateEntityPair').implement({
  description: 'Two people, or two organisations, whose names are alike enough that they may be one: for a person to decide, and then to merge with mergeEntities.',
  fields: (t) => ({
    entity: t.field({ type: ActorRef, description: 'The one of the two whose id comes first.', resolve: (pair) => pair.entity }),
    other: t.field({ type: ActorRef, description: 'The other, of the same kind.', resolve: (pair) => pair.other }),
    similarity: t.exposeFloat('similarity', {
      description:
        'How alike their closest spellings are, 0 to 1, compared as search compares names (transliterations alike already), ' +
        'by the edits between their words and the words one has and the other lacks; 1 when they share a spelling.',
    }),
    closestSpellings: t.stringList({
      description: 'The spelling of each that is closest to the other\'s, e.g. ["Prigozhine", "Prigozhin"].',
      resolve: (pair) => [...pair.closestSpellings],
    }),
    sharedSpellings: t.stringList({
      description: "The spellings of `entity` that are spellings of `other` too, as imports and upserts match names; empty when none is.",
      resolve: (pair) => [...pair.sharedSpellings],
    }),
    sharedNeighbours: t.exposeInt('sharedNeighbours', {
      description: `How many nodes (statements, people, organisations, places) are joined to both, among the first ${neighboursCompared} joined to \`entity\`.`,
    }),
  }),
});

const PossibleDuplicateEntitiesRef = builder.objectRef<DuplicatePage>('PossibleDuplicateEntities').implement({
  description: 'A page of possible duplicates.',
  fields: (t) => ({
    pairs: t.field({ type: [PossibleDuplicateEntityPairRef], description: 'The pairs found, in id order.', resolve: (page) => [...page.pairs] }),
    endCursor: t.exposeString('endCursor', { nullable: true, description: 'Pass it as `after` for the next page.' }),
    hasNextPage: t.exposeBoolean('hasNextPage', { description: 'Whether people or organisations remain to be compared after this page.' }),
  }),
});

builder.queryFields((t) => ({
  possibleDuplicateEntities: t.field({
    type: PossibleDuplicateEntitiesRef,
    description:
      'People and organisations that may be one, in pairs, for a person to decide and merge with mergeEntities: those sharing a ' +
      'spelling (a name key), and those whose closest spellings are at least `minimumSimilarity` alike, with how many neighbours ' +
      `they share. A page compares the next ${entitiesPerPage} people and organisations by id, each with the ${othersEach} of its ` +
      'kind whose names the search index finds closest, so it may hold fewer than `first` pairs while `hasNextPage` is true.',
    // An index query per entity read, fifty of them per page.
    complexity: 5_000,
    extensions: expensiveField,
    args: {
      kinds: t.arg({ type: [ActorKindEnum], description: 'Only people, or only organisations; both when omitted.' }),
      minimumSimilarity: t.arg.float({
        defaultValue: defaultMinimumSimilarity,
        description: `How alike the closest spellings must be, ${lowestMinimumSimilarity} to 1 (default ${defaultMinimumSimilarity}).`,
        validate: z.number().min(lowestMinimumSimilarity, `must be between ${lowestMinimumSimilarity} and 1`).max(1, `must be between ${lowestMinimumSimilarity} and 1`),
      }),
      first: t.arg.int({
        defaultValue: defaultPageSize,
        description: `How many pairs at most, 1 to ${maximumPageSize}.`,
        validate: boundedInt(1, maximumPageSize),
      }),
      after: t.arg.string({ description: 'The endCursor of the page before.' }),
    },
    resolve: (_root, { kinds, minimumSimilarity, first, after }, context) =>
      possibleDuplicatePage(context.runner, {
        kinds: kinds && kinds.length > 0 ? kinds : actorKinds,
        first: first ?? defaultPageSize,
        after: after ? positionOf(after) : null,
        minimumSimilarity: minimumSimilarity ?? defaultMinimumSimilarity,
      }),
  }),
}));
