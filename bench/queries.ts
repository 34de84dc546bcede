/**
 * The query mix: for each question, what each server is sent, and how its answer reads in one common form,
 * so that the three servers can be checked to return the same data before they are timed.
 */
import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../src/db/database.js';
import { transliteratedNameQuery } from '../src/data/search.js';
import { parsePartialDate } from '../src/model/dates.js';
import { verificationStatuses } from '../src/model/kinds.js';
import { languages as corpusLanguages } from './corpus/generate.js';

export type ServerName = 'ours' | 'peer' | 'raw';
export const serverNames: readonly ServerName[] = ['ours', 'peer', 'raw'];

/** What a server is sent: a GraphQL document (ours, peer) or a named raw endpoint, with variables. */
export type Request = Readonly<{ path: string; body: Record<string, unknown> }>;

export type Parameters = Readonly<{
  /** A person with about 25 claims, the same size of answer at every scale. */
  person: string;
  /** The person with the most claims: thousands of ties. */
  hub: string;
  /** Page 200 of 50: the id of the 9,950th statement (ours, raw) and its offset (the peer's cursor). */
  deepAfterId: string;
  deepAfterOffset: number;
  /** The Dutch spelling of `person`'s name. */
  searchText: string;
  pathTo: string;
}>;

export type Comparison = 'same' | 'within-neighbourhood';

export type Query = Readonly<{
  id: string;
  title: string;
  /** Levels of the GraphQL answer that need data: round trips may be at most depth + 1. */
  depth: number;
  requests: (parameters: Parameters) => Partial<Record<ServerName, Request>>;
  /** Each answer in the common form; lists whose order the API leaves open are sorted. */
  normalize: Partial<Record<ServerName, (data: any) => unknown>>;
  /** How the peer is checked where it has no equivalent query. */
  peerComparison?: Comparison;
}>;

const graphql = (query: string, variables: Record<string, unknown>): Request => ({ path: '/graphql', body: { query, variables } });
const raw = (name: string, variables: Record<string, unknown>): Request => ({ path: `/${name}`, body: { variables } });

const byId = <Item extends { id: string }>(items: Item[]) => [...items].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
const byJson = <Item>(items: Item[]) => [...items].sort((left, right) => (JSON.stringify(left) < JSON.stringify(right) ? -1 : 1));
const actor = (node: any) => ({ id: node.id, name: node.name });

const statementOfPage = (node: any) => ({
  id: node.id,
  summary: node.summary,
  date: node.date,
  claimants: byId(node.claims.map((claim: any) => actor(claim.actor))),
  places: byId(node.mentions.filter((mention: any) => mention.id !== undefined).map(actor)),
});

const graphShape = (graph: any) => ({
  truncated: graph.truncated,
  nodes: byId(graph.nodes),
  edges: byId(graph.edges),
  omitted: byJson(graph.omitted.map((omitted: any) => ({ nodeId: omitted.nodeId, kind: omitted.kind, count: omitted.count }))),
});

/** The statements whose date overlaps the first half of 2023 (about an eighth of the corpus), and the periods they fall in. */
const facetRange = { from: '2023-01', to: '2023-06' } as const;
const facetPeriods = ['2023', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'] as const;

type Facet = 'statuses' | 'languages' | 'periods';
type Counted = Readonly<{ facet: Facet; value: string; count: number }>;

/**
 * The peer's aggregations count the nodes a `where` selects but cannot group them, so each value it counts is asked
 * for by name, an aliased count per value: the statuses of the model, the corpus's languages, and the range's months and
 * year (a statement dated only to the year counts under the year, as in our facets).
 */
const peerFacetCounts: readonly Readonly<{ alias: string; facet?: Facet; value?: string; where: Record<string, unknown> }>[] = (() => {
  const range = { dateEnd: { gte: parsePartialDate(facetRange.from)!.start }, dateStart: { lte: parsePartialDate(facetRange.to)!.end } };
  const count = (facet: Facet, value: string, where: Record<string, unknown>) => ({
    alias: `${facet}_${value.replace(/-/g, '_')}`,
    facet,
    value,
    where: { AND: [range, where] },
  });
  return [
    { alias: 'total', where: range },
    ...verificationStatuses.map((status) => count('statuses', status, { verificationStatus: { eq: status } })),
    ...corpusLanguages.map((language) => count('languages', language, { language: { eq: language } })),
    ...facetPeriods.map((period) => count('periods', period, { date: period.length === 4 ? { eq: period } : { startsWith: period } })),
  ];
})();

/** Facet counts in one common form: values with no statement left out; statuses and languages by count, then value; periods by date. */
function facetCounts(total: number, counted: readonly Counted[]) {
  const of = (facet: Facet) =>
    counted
      .filter((item) => item.facet === facet && item.count > 0)
      .map(({ value, count }) => ({ value, count }))
      .sort((left, right) => (facet === 'periods' ? 0 : right.count - left.count) || (left.value < right.value ? -1 : 1));
  return { total, statuses: of('statuses'), languages: of('languages'), periods: of('periods') };
}

export const queries: readonly Query[] = [
  {
    id: 'q1-person-claims-confirmers',
    title: 'Entity detail, three levels: a person, their claims, each claim\'s confirmers',
    depth: 3,
    requests: ({ person }) => ({
      ours: graphql(
        `query ($id: ID!) { person(id: $id) { id name claims(first: 100) { edges { node { statement { id summary confirmations { confirmer { id name } strength } } } } } } }`,
        { id: person },
      ),
      peer: graphql(
        `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name
           claimsConnection { edges { node { id summary
             confirmedByConnection { edges { properties { strength } node { id name } } } } } } } }`,
        { id: person },
      ),
      raw: raw('personClaimsConfirmations', { id: person }),
    }),
    normalize: {
      ours: (data) => ({
        id: data.person.id,
        name: data.person.name,
        claims: byId(
          data.person.claims.edges.map(({ node: claim }: any) => ({
            id: claim.statement.id,
            summary: claim.statement.summary,
            confirmations: byJson(claim.statement.confirmations.map((confirmation: any) => ({ ...actor(confirmation.confirmer), strength: confirmation.strength }))),
          })),
        ),
      }),
      peer: (data) => {
        const [person] = data.people;
        return {
          id: person.id,
          name: person.name,
          claims: byId(
            person.claimsConnection.edges.map(({ node }: any) => ({
              id: node.id,
              summary: node.summary,
              confirmations: byJson(
                node.confirmedByConnection.edges.map((edge: any) => ({ ...actor(edge.node), strength: edge.properties.strength })),
              ),
            })),
          ),
        };
      },
    },
  },
  {
    id: 'q2-statements-in-range',
    title: 'A page of 50 statements in a date range, with claimants and mentioned places',
    depth: 2,
    requests: () => ({
      ours: graphql(
        `query ($from: PartialDate!, $to: PartialDate!) { statements(first: 50, filter: { from: $from, to: $to }) {
           pageInfo { hasNextPage } edges { node { id summary date claims { actor { id name } } mentions { ... on Place { id name } } } } } }`,
        { from: '2023-03', to: '2023-04' },
      ),
      // The same overlap rule, spelled as the peer's filters: ends on or after 1 March, starts on or before 30 April.
      peer: graphql(
        `query ($from: String!, $to: String!) {
           statementsConnection(first: 50, where: { dateEnd: { gte: $from }, dateStart: { lte: $to } }, sort: [{ id: ASC }]) {
             pageInfo { hasNextPage } edges { node { id summary date claimedBy { id name } mentionedPlaces { id name } } } } }`,
        { from: '2023-03-01', to: '2023-04-30' },
      ),
      raw: raw('statementsInRange', { from: '2023-03', to: '2023-04' }),
    }),
    normalize: {
      ours: (data) => ({
        hasNextPage: data.statements.pageInfo.hasNextPage,
        nodes: data.statements.edges.map(({ node }: any) => statementOfPage(node)),
      }),
      peer: (data) => ({
        hasNextPage: data.statementsConnection.pageInfo.hasNextPage,
        nodes: data.statementsConnection.edges.map(({ node }: any) =>
          statementOfPage({ ...node, claims: node.claimedBy.map((claimant: any) => ({ actor: claimant })), mentions: node.mentionedPlaces }),
        ),
      }),
    },
  },
  {
    id: 'q3-deep-page',
    title: 'Page 200 of 50 statements, ordered by id',
    depth: 1,
    requests: ({ deepAfterId, deepAfterOffset }) => ({
      ours: graphql(
        `query ($after: String!) { statements(first: 50, after: $after) { pageInfo { hasNextPage } edges { node { id summary date verificationStatus } } } }`,
        { after: deepAfterId },
      ),
      // The peer's connection collects the whole list before it skips: at 100k its statementsConnection(first: 50,
      // after: <offset 9949>) stops with "dbms.memory.transaction.total.max threshold reached" (2.1 GiB of a 3 GiB heap).
      // Its plain list pages with SKIP and LIMIT instead; the 51st item says whether a next page exists.
      peer: graphql(
        `query ($offset: Int!) { statements(offset: $offset, limit: 51, sort: [{ id: ASC }]) { id summary date verificationStatus } }`,
        { offset: deepAfterOffset + 1 },
      ),
      raw: raw('deepPage', { after: deepAfterId }),
    }),
    normalize: {
      ours: (data) => ({ hasNextPage: data.statements.pageInfo.hasNextPage, nodes: data.statements.edges.map(({ node }: any) => node) }),
      peer: (data) => ({ hasNextPage: data.statements.length > 50, nodes: data.statements.slice(0, 50) }),
    },
  },
  {
    id: 'q4-neighbourhood',
    title: '2-hop neighbourhood of the busiest person, limit 200 (peer: nested equivalent with limits)',
    depth: 1,
    peerComparison: 'within-neighbourhood',
    requests: ({ hub }) => ({
      ours: graphql(
        `query ($center: ID!) { graph(center: $center, depth: 2, limit: 200) {
           truncated nodes { id kind label } edges { id type source target } omitted { nodeId kind count } } }`,
        { center: hub },
      ),
      peer: graphql(
        `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name
           claims(limit: 15) { id summary claimedBy(limit: 3) { id name } confirmedBy(limit: 3) { id name }
             disputedBy(limit: 3) { id name } mentions(limit: 3) { id name } }
           confirms(limit: 5) { id summary claimedBy(limit: 3) { id name } }
           disputes(limit: 5) { id summary claimedBy(limit: 3) { id name } }
           blames(limit: 5) { id name } blamedBy(limit: 5) { id name }
           leads { id name members(limit: 5) { id name } } memberOf { id name members(limit: 5) { id name } }
           mentionedIn(limit: 10) { id summary } } }`,
        { id: hub },
      ),
      raw: raw('neighbourhood', { center: hub }),
    }),
    normalize: {
      ours: (data) => graphShape(data.graph),
      peer: (data) => byId([...collectIds(data.people)].map((id) => ({ id }))),
    },
  },
  {
    id: 'q5-search',
    title: 'Search people by a name in another spelling (Dutch)',
    depth: 1,
    requests: ({ searchText }) => ({
      ours: graphql(
        `query ($query: String!) { search(query: $query, kinds: [Person], first: 20) { score node { id ... on Person { name } } } }`,
        { query: searchText },
      ),
      peer: graphql(
        `query ($phrase: String!) { peopleByName(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
        // The Lucene phrase our search sends for the text: what a user of the peer would have to build.
        { phrase: transliteratedNameQuery(searchText) },
      ),
      raw: raw('searchPeople', { query: searchText }),
    }),
    normalize: {
      ours: (data) => searchHits(data.search.map((hit: any) => ({ score: hit.score, ...actor(hit.node) }))),
      peer: (data) => searchHits(data.peopleByName.edges.map((edge: any) => ({ score: edge.score, ...actor(edge.node) }))),
    },
  },
  {
    id: 'q6-shortest-path',
    title: 'Shortest path between two people, at most 4 hops (the peer has none)',
    depth: 1,
    requests: ({ person, pathTo }) => ({
      ours: graphql(
        `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4) { nodes { id kind label } edges { id type source target } } }`,
        { from: person, to: pathTo },
      ),
      raw: raw('shortestPath', { from: person, to: pathTo }),
    }),
    normalize: { ours: (data) => data.paths },
  },
  {
    id: 'q7-facets',
    title: 'Facets: counts by status, language and month of the statements of a half-year (peer: an aliased aggregate count per value)',
    depth: 1,
    requests: () => ({
      ours: graphql(
        `query ($from: PartialDate!, $to: PartialDate!) { facets(filter: { from: $from, to: $to }, first: 20) {
           total statuses { status count } languages { language count } periods { period count } } }`,
        facetRange,
      ),
      peer: graphql(
        `query (${peerFacetCounts.map(({ alias }) => `$${alias}: StatementWhere!`).join(', ')}) {
           ${peerFacetCounts.map(({ alias }) => `${alias}: statementsConnection(where: $${alias}) { aggregate { count { nodes } } }`).join('\n           ')} }`,
        Object.fromEntries(peerFacetCounts.map(({ alias, where }) => [alias, where])),
      ),
      raw: raw('facets', facetRange),
    }),
    normalize: {
      ours: ({ facets }) =>
        facetCounts(facets.total, [
          ...facets.statuses.map(({ status, count }: any) => ({ facet: 'statuses', value: status, count })),
          ...facets.languages.map(({ language, count }: any) => ({ facet: 'languages', value: language, count })),
          ...facets.periods.map(({ period, count }: any) => ({ facet: 'periods', value: period, count })),
        ]),
      peer: (data) =>
        facetCounts(
          data.total.aggregate.count.nodes,
          peerFacetCounts.flatMap(({ alias, facet, value }) => (facet && value ? [{ facet, value, count: data[alias].aggregate.count.nodes }] : [])),
        ),
    },
  },
];

/** Hits by score, then id; scores rounded, since the servers may read the same float differently. */
function searchHits(hits: { score: number; id: string; name: string }[]) {
  return hits
    .map((hit) => ({ ...hit, score: Math.round(hit.score * 1e4) / 1e4 }))
    .sort((left, right) => right.score - left.score || (left.id < right.id ? -1 : 1));
}

function collectIds(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'id' && typeof item === 'string') into.add(item);
      else collectIds(item, into);
    }
  }
  return into;
}

/** Our and raw answers are normalized alike, since raw returns our JSON. */
export function normalizerOf(query: Query, server: ServerName): (data: any) => unknown {
  return (server === 'peer' ? query.normalize.peer : query.normalize.ours) ?? ((data) => data);
}

/** The parameters, chosen by degree so that each question has the same shape at every scale. */
export async function pickParameters(runner: QueryRunner): Promise<Parameters> {
  const [person] = await runner.read<{ id: string; nl: string }>(
    `MATCH (p:Person)
     WITH p, COUNT { (p)-[:CLAIMS]->() } AS claims
     WHERE claims >= 15 AND claims <= 40
     RETURN p.id AS id, coalesce(p.name_nl, p.name) AS nl ORDER BY abs(claims - 25), p.id LIMIT 1`,
  );
  const [hub] = await runner.read<{ id: string }>(
    `MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:CLAIMS]->() } DESC, p.id LIMIT 1`,
  );
  const deepAfterOffset = 9949;
  const [deep] = await runner.read<{ id: string }>(
    `MATCH (s:Statement) RETURN s.id AS id ORDER BY s.id SKIP $skip LIMIT 1`,
    { skip: neo4j.int(deepAfterOffset) },
  );
  if (!person || !hub || !deep) throw new Error('The bench database holds too small a corpus for the query mix.');
  // Another person of the same size whom a path of at most 4 hops reaches: through a shared place or organisation.
  const candidates = await runner.read<{ id: string }>(
    `MATCH (p:Person)
     WITH p, COUNT { (p)-[:CLAIMS]->() } AS claims
     WHERE claims >= 15 AND claims <= 40 AND p.id <> $person
     RETURN p.id AS id ORDER BY abs(claims - 25), p.id DESC LIMIT 20`,
    { person: person.id },
  );
  for (const candidate of candidates) {
    const [reachable] = await runner.read<{ hops: number }>(
      `MATCH (a:Node {id: $from}), (b:Node {id: $to})
       MATCH path = shortestPath((a)-[*..4]-(b))
       RETURN length(path) AS hops`,
      { from: person.id, to: candidate.id },
    );
    if (reachable && reachable.hops >= 3) {
      return { person: person.id, hub: hub.id, deepAfterId: deep.id, deepAfterOffset, searchText: person.nl, pathTo: candidate.id };
    }
  }
  throw new Error('No second person within 4 hops of the first: the corpus is too sparse for the path query.');
}
