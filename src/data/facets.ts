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
  statuses?: Counted<VerificationStatus>[];
  claimants?: Counted<StoredProperties>[];
  blamed?: Counted<StoredProperties>[];
  periods?: Counted<string>[];
  languages?: Counted<string>[];
  places?: Counted<StoredProperties>[];
};

export type FacetName = Exclude<keyof StatementFacets, 'total'>;

/**
 * The facets to count, each with the stored keys to read of its actors or places (null reads them whole):
 * a facet left out is not counted and answers an empty list.
 */
export type FacetPlan = Readonly<Partial<Record<FacetName, readonly string[] | null>>>;

export const facetNames: readonly FacetName[] = ['statuses', 'claimants', 'blamed', 'periods', 'languages', 'places'];

const everyFacet: FacetPlan = Object.fromEntries(facetNames.map((name) => [name, null]));

/** How each facet counts the statements collected as `statements`, into a column of its name. */
const facetCounts = (plan: FacetPlan): Record<FacetName, string> => ({
  statuses: `UNWIND statements AS n
       WITH n.verificationStatus AS value, count(*) AS count ORDER BY count DESC, value
       RETURN collect({value: value, count: count}) AS statuses`,
  claimants: `UNWIND statements AS n
       MATCH (actor:Person|Organisation)-[:CLAIMS]->(n)
       WITH actor, count(DISTINCT n) AS count ORDER BY count DESC, actor.id LIMIT $first
       RETURN collect({value: ${nodeProjection('actor', plan.claimants ?? null)}, count: count}) AS claimants`,
  blamed: `UNWIND statements AS n
       MATCH (:Person|Organisation)-[:BLAMES {statementId: n.id}]->(actor:Person|Organisation)
       WITH actor, count(DISTINCT n) AS count ORDER BY count DESC, actor.id LIMIT $first
       RETURN collect({value: ${nodeProjection('actor', plan.blamed ?? null)}, count: count}) AS blamed`,
  periods: `UNWIND statements AS n
       WITH n WHERE n.date IS NOT NULL
       WITH CASE n.datePrecision WHEN 'YEAR' THEN n.date ELSE left(n.date, 7) END AS value, count(*) AS count
       ORDER BY value LIMIT $first
       RETURN collect({value: value, count: count}) AS periods`,
  languages: `UNWIND statements AS n
       WITH n.language AS value, count(*) AS count ORDER BY count DESC, value LIMIT $first
       RETURN collect({value: value, count: count}) AS languages`,
  places: `UNWIND statements AS n
       MATCH (n)-[:MENTIONS]->(:Place)-[:LOCATED_IN*0..${placeContainmentReach}]->(place:Place)
       WITH place, count(DISTINCT n) AS count ORDER BY count DESC, place.id LIMIT $first
       RETURN collect({value: ${nodeProjection('place', plan.places ?? null)}, count: count}) AS places`,
});

/**
 * The facets of the plan for the statements a filter selects, in one round trip: each facet's `first` values with
 * the most statements (equal counts by value), except periods, which run in date order from the earliest.
 */
export async function statementFacets(runner: QueryRunner, filter: StatementFilter, first: number, plan: FacetPlan = everyFacet): Promise<StatementFacets> {
  const selection = statementSelection(filter);
  const counts = facetCounts(plan);
  const asked = facetNames.filter((name) => name in plan);
  const [row] = await runner.read<Row>(
    `MATCH (n:Statement) WHERE ${selection.where}
     WITH collect(n) AS statements
     ${asked.map((name) => `CALL (statements) {\n       ${counts[name]}\n     }`).join('\n     ')}
     RETURN ${['size(statements) AS total', ...asked].join(', ')}`,
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
