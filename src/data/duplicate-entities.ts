import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import type { ActorKind } from '../model/kinds.js';
import { literalWordMark } from '../model/names.js';
import type { ActorRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';

/** A person or organisation read for the duplicate check, and those of its kind whose names may be its own, each later by id. */
export type DuplicateCandidates = Readonly<{ entity: ActorRecord; others: readonly ActorRecord[] }>;

export type CandidateScan = Readonly<{
  kinds: readonly ActorKind[];
  /** Read entities from this id on, in id order. */
  from: string;
  /** How many entities to read. */
  entities: number;
  /** How many others to read of each, at most. */
  othersEach: number;
}>;

/*
 * Of the words of an entity's search text (the skeletons of its spellings, src/data/document-properties.ts), the first
 * this many form its query of the name index, each longer word by its first letters: two spellings of one name that
 * differ past them ("Prigozhin", "Prigozhine") meet, and a prefix costs the index far less than a word within an edit.
 */
const wordsQueried = 16;
const prefixLength = 5;

/**
 * The next entities by id, and for each the others of its kind, later by id, that share one of its name keys or that
 * the name index finds closest to the words of its names (each word longer than five letters by its first five). A pair
 * is read from the entity whose id comes first; the others of each come in id order. One round trip: an index query per
 * entity, never all pairs.
 */
export async function duplicateCandidates(runner: QueryRunner, scan: CandidateScan): Promise<DuplicateCandidates[]> {
  const rows = await runner.read<{ entity: StoredProperties; others: StoredProperties[] }>(
    `CALL () {
       MATCH (entity:Person) WHERE 'Person' IN $kinds AND entity.id >= $from
       RETURN entity ORDER BY entity.id LIMIT $entities
       UNION ALL
       MATCH (entity:Organisation) WHERE 'Organisation' IN $kinds AND entity.id >= $from
       RETURN entity ORDER BY entity.id LIMIT $entities
     }
     WITH entity ORDER BY entity.id LIMIT $entities
     WITH entity, [label IN labels(entity) WHERE label IN $kinds][0] AS kind,
          [word IN split(coalesce(entity.searchText, ''), ' ') WHERE word <> '' AND NOT word STARTS WITH $literalWordMark][..$wordsQueried] AS words
     WITH entity, kind,
          reduce(query = '', word IN words |
            query + CASE query WHEN '' THEN '' ELSE ' OR ' END + CASE WHEN size(word) > $prefixLength THEN word + ' OR ' + left(word, $prefixLength) + '*' ELSE word END) AS query
     OPTIONAL CALL (entity, kind, query) {
       MATCH (entity)<-[:NAMES]-(:NameKey)-[:NAMES]->(other:Node)
       WHERE other.id > entity.id AND kind IN labels(other)
       RETURN DISTINCT other, 0 AS tier, 0.0 AS score LIMIT $othersEach
       UNION ALL
       WITH entity, kind, query WHERE query <> ''
       CALL db.index.fulltext.queryNodes('entity_names', query, {limit: $hitsEach}) YIELD node AS other, score
       WITH entity, kind, other, score WHERE other.id > entity.id AND kind IN labels(other)
       RETURN other, 1 AS tier, score
     }
     // Those sharing a name key first, then the closest the index found; an entity with none is read all the same.
     WITH entity, other, min(tier) AS tier, max(score) AS score
     ORDER BY entity.id, tier, score DESC, other.id
     WITH entity, collect(other)[..$othersEach] AS others
     RETURN ${nodeProjection('entity')} AS entity, [other IN others | ${nodeProjection('other')}] AS others
     ORDER BY entity.id`,
    {
      kinds: scan.kinds,
      from: scan.from,
      entities: neo4j.int(scan.entities),
      othersEach: neo4j.int(scan.othersEach),
      // Hits of other kinds and earlier ids are dropped after the index answers.
      hitsEach: neo4j.int(4 * scan.othersEach),
      literalWordMark,
      wordsQueried: neo4j.int(wordsQueried),
      prefixLength: neo4j.int(prefixLength),
    },
  );
  // One record per entity, however often it is read, so that what is derived from its names is derived once.
  const records = new Map<string, ActorRecord>();
  const recordOf = (stored: StoredProperties) => {
    const record = toNodeRecord(stored) as ActorRecord;
    return records.get(record.id) ?? records.set(record.id, record).get(record.id)!;
  };
  return rows.map((row) => ({
    entity: recordOf(row.entity),
    others: row.others.map(recordOf).sort((left, right) => (left.id < right.id ? -1 : 1)),
  }));
}

/** Neighbours of an entity read to count those it shares with another: a hub's first ones only. */
export const neighboursCompared = 500;

/**
 * For each pair, how many nodes are joined to both by a relationship, among the first `neighboursCompared` nodes joined
 * to the first. One round trip.
 */
export async function sharedNeighbourCounts(
  runner: QueryRunner,
  pairs: readonly Readonly<{ entity: string; other: string }>[],
): Promise<Map<string, number>> {
  if (pairs.length === 0) return new Map();
  const rows = await runner.read<{ entity: string; other: string; shared: number }>(
    `UNWIND $pairs AS pair
     MATCH (entity:Node {id: pair.entity}), (other:Node {id: pair.other})
     CALL (entity, other) {
       MATCH (entity)--(neighbour:Node) WHERE neighbour <> other
       WITH DISTINCT neighbour LIMIT $neighboursCompared
       WITH neighbour WHERE EXISTS { (neighbour)--(other) }
       RETURN count(neighbour) AS shared
     }
     RETURN entity.id AS entity, other.id AS other, shared`,
    { pairs, neighboursCompared: neo4j.int(neighboursCompared) },
  );
  return new Map(rows.map((row) => [pairKey(row.entity, row.other), row.shared]));
}

export const pairKey = (entity: string, other: string) => `${entity}|${other}`;
