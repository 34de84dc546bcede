import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import type { VerificationStatus } from '../model/kinds.js';
import type { ActorRecord, PlaceRecord } from '../model/records.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { placeContainmentReach, type StatementFilter, statementSelection } from './statements.js';

export type Counted<Value> = Readonly<{ value: Value; count: number }>;

/** How the statements a filter selects are spread over the values of each facet. */
export type StatementFacets = Readonly<{
  total: number;
  statuses: readonly Counted<VerificationStatus>[];
  claimants: readonly Counted<ActorRecord>[];
  blamed: readonly Counted<ActorRecord>[];
  /** "2023-05"; a statement dated only to the year counts under the year, "2023", never under a made-up month. */
  periods: readonly Counted<string>[];
  languages: readonly Counted<string>[];
  /** A place counts the statements about it or about a place inside it, as the statement filter's `place` selects them. */
  places: readonly Counted<PlaceRecord>[];
}>;

type Row = {
  total: number;
  statuses: Counted<VerificationStatus>[];
  claimants: Counted<StoredProperties>[];
  blamed: Counted<StoredProperties>[];
  periods: Counted<string>[];
  languages: Counted<string>[];
  places: Counted<StoredProperties>[];
};

/** The stored keys to read of each facet's actors and places, as the fields asked for declare; null reads them whole. */
export type FacetKeys = Readonly<Record<'claimants' | 'blamed' | 'places', readonly string[] | null>>;

/**
 * Every facet of the statements a filter selects, in one round trip: each facet's `first` values with the most
 * statements (equal counts by value), except periods, which run in date order from the earliest.
 */
export async function statementFacets(
  runner: QueryRunner,
  filter: StatementFilter,
  first: number,
  keys: FacetKeys = { claimants: null, blamed: null, places: null },
): Promise<StatementFacets> {
  const selection = statementSelection(filter);
  const [row] = await runner.read<Row>(
    `MATCH (n:Statement) WHERE ${selection.where}
     WITH collect(n) AS statements
     CALL (statements) {
       UNWIND statements AS n
       WITH n.verificationStatus AS value, count(*) AS count ORDER BY count DESC, value
       RETURN collect({value: value, count: count}) AS statuses
     }
     CALL (statements) {
       UNWIND statements AS n
       MATCH (actor:Person|Organisation)-[:CLAIMS]->(n)
       WITH actor, count(DISTINCT n) AS count ORDER BY count DESC, actor.id LIMIT $first
       RETURN collect({value: ${nodeProjection('actor', keys.claimants)}, count: count}) AS claimants
     }
     CALL (statements) {
       UNWIND statements AS n
       MATCH (:Person|Organisation)-[:BLAMES {statementId: n.id}]->(actor:Person|Organisation)
       WITH actor, count(DISTINCT n) AS count ORDER BY count DESC, actor.id LIMIT $first
       RETURN collect({value: ${nodeProjection('actor', keys.blamed)}, count: count}) AS blamed
     }
     CALL (statements) {
       UNWIND statements AS n
       WITH n WHERE n.date IS NOT NULL
       WITH CASE n.datePrecision WHEN 'YEAR' THEN n.date ELSE left(n.date, 7) END AS value, count(*) AS count
       ORDER BY value LIMIT $first
       RETURN collect({value: value, count: count}) AS periods
     }
     CALL (statements) {
       UNWIND statements AS n
       WITH n.language AS value, count(*) AS count ORDER BY count DESC, value LIMIT $first
       RETURN collect({value: value, count: count}) AS languages
     }
     CALL (statements) {
       UNWIND statements AS n
       MATCH (n)-[:MENTIONS]->(:Place)-[:LOCATED_IN*0..${placeContainmentReach}]->(place:Place)
       WITH place, count(DISTINCT n) AS count ORDER BY count DESC, place.id LIMIT $first
       RETURN collect({value: ${nodeProjection('place', keys.places)}, count: count}) AS places
     }
     RETURN size(statements) AS total, statuses, claimants, blamed, periods, languages, places`,
    { ...selection.parameters, first: neo4j.int(first) },
  );
  const nodes = <Record>(counted: readonly Counted<StoredProperties>[] = []) =>
    counted.map(({ value, count }) => ({ value: toNodeRecord(value) as Record, count }));
  return {
    total: row?.total ?? 0,
    statuses: row?.statuses ?? [],
    claimants: nodes<ActorRecord>(row?.claimants),
    blamed: nodes<ActorRecord>(row?.blamed),
    periods: row?.periods ?? [],
    languages: row?.languages ?? [],
    places: nodes<PlaceRecord>(row?.places),
  };
}
