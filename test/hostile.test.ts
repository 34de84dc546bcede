import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxListLength } from '../src/model/fields.js';
import {
  type Accept,
  accepts,
  csrfHeader,
  type Expectation,
  exportGet,
  graphqlGet,
  graphqlPost,
  type HostileRequest,
  largeText,
  newMarker,
  problemReport,
  problemsOf,
  rawRequest,
  sendAll,
  Tally,
  type Target,
} from './hostile-requests.js';
import { everyMutation } from './mutation-inputs.js';
import { openTestApi, resetToSeed, snapshotDatabase, testAccessPolicy, testTokens } from './support.js';
import { prigozhin, housen, biletsky, advance } from './seed-ids.js';

/*
 * What a security review sent, and more like it: every request is answered below 500, with a code on every
 * error, without echoing a large input and without Cypher or a stack trace, and the database stays as the
 * seed left it. The machinery and the contract each answer is held to are in hostile-requests.ts.
 *
 * A failing category lists each kind of problem with how many requests had it and a few of them, as
 * "what was sent → status and codes, first message (size, time)". The last test logs how many requests
 * were sent and how many answers came back with each status and code.
 */

const api = openTestApi();
const closedApi = openTestApi(testAccessPolicy(true));
const appOf = (target: Target) => (target === 'closed' ? closedApi : api).app;

let seeded = '';
beforeAll(async () => {
  await resetToSeed(api.database);
  seeded = await snapshotDatabase(api.database);
});
afterAll(async () => {
  await api.close();
  await closedApi.close();
});

const nodeKinds = ['Person', 'Organisation', 'Place', 'Statement', 'Source'];
const edgeTypes = ['BLAMES', 'CLAIMS', 'CONFIRMS', 'DISPUTES', 'LEADS', 'LOCATED_IN', 'MEMBER_OF', 'MENTIONS', 'PART_OF', 'REPORTED_IN'];
const verificationStatuses = ['CONFIRMED', 'DISPUTED', 'FALSE', 'PLAUSIBLE', 'UNVERIFIED'];

const both: readonly Accept[] = [accepts.spec, accepts.json];
const acceptName = (accept: Accept) => (accept === accepts.spec ? 'graphql-response+json' : 'json');
const literal = (text: string) => JSON.stringify(text);
const repeated = <Item>(items: readonly Item[], count: number) => Array.from({ length: count }, (_, index) => items[index % items.length]!);
const aliased = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join('\n');
const ids = (count: number) => Array.from({ length: count }, (_, index) => `person:someone-${index}`);

/** A request error: 400 under the spec's media type, 200 or 400 under application/json. */
const requestErrorStatuses = (accept: Accept) => (accept === accepts.spec ? [400] : [200, 400]);

const refused = (codes: readonly string[], statuses?: readonly number[]): Expectation => ({ codes, refused: true, ...(statuses ? { statuses } : {}) });
const answeredOr = (codes: readonly string[], statuses?: readonly number[]): Expectation => ({ codes, refused: false, ...(statuses ? { statuses } : {}) });

const tally = new Tally();

/** Lines that differ between two database snapshots, a few of each, shortened. */
function databaseChanges(before: string, after: string): string[] {
  if (before === after) return [];
  const beforeLines = new Set(before.split('\n'));
  const afterLines = new Set(after.split('\n'));
  const added = [...afterLines].filter((line) => !beforeLines.has(line)).map((line) => `+ ${line.slice(0, 200)}`);
  const removed = [...beforeLines].filter((line) => !afterLines.has(line)).map((line) => `- ${line.slice(0, 200)}`);
  return [...added.slice(0, 10), ...removed.slice(0, 10), `(${added.length} added, ${removed.length} removed)`];
}

async function expectNeo4jAnswers() {
  const { data, errors } = await api.query(`{ person(id: "${prigozhin}") { name } }`);
  expect.soft(errors, 'an ordinary query after the hostile ones').toBeUndefined();
  expect.soft(data?.person?.name, 'an ordinary query after the hostile ones').toBe('Yevgeny Prigozhin');
}

/** Sends them all, 16 at a time, and holds every answer, the database and Neo4j to the contract. */
async function expectContractKept(requests: readonly HostileRequest[]) {
  const before = await snapshotDatabase(api.database);
  const outcomes = await sendAll(appOf, requests);
  tally.add(outcomes);
  const problems = outcomes.flatMap(problemsOf);
  const broken = new Set(problems.map((problem) => problem.outcome)).size;
  expect.soft(problemReport(problems), `${broken} of ${requests.length} requests broke the contract`).toEqual([]);
  expect.soft(databaseChanges(before, await snapshotDatabase(api.database)), 'the database changed').toEqual([]);
  await expectNeo4jAnswers();
}

function oversizedLists(): HostileRequest[] {
  const category = '1 oversized lists';
  const requests: HostileRequest[] = [];
  const add = (name: string, build: HostileRequest['build'], expectation: Expectation) => requests.push({ category, name, build, expect: expectation });

  // Past the one bound every list argument has (README: at most 100 items), refused; at the bound, a list of
  // duplicates is answered like any other, quickly, since kinds and types reach Neo4j as parameters.
  const over = maxListLength + 1;
  const enumLists = (values: readonly string[]) => [
    { size: `× ${over} of one`, items: repeated(values.slice(0, 1), over), refuse: true },
    { size: '× 300 of one', items: repeated(values.slice(0, 1), 300), refuse: true },
    { size: '× 3000 of one', items: repeated(values.slice(0, 1), 3000), refuse: true },
    { size: `× ${over}, every value again and again`, items: repeated(values, over), refuse: true },
    { size: `× ${maxListLength} of one, at the bound`, items: repeated(values.slice(0, 1), maxListLength), refuse: false },
  ];
  const idLists = [
    { size: `× ${over}`, items: ids(over), refuse: true },
    { size: `× ${over} of one`, items: repeated([prigozhin], over), refuse: true },
    { size: '× 2000', items: ids(2000), refuse: true },
    { size: `× ${maxListLength} of one, at the bound`, items: repeated([prigozhin], maxListLength), refuse: false },
  ];
  const cases = [
    { argument: 'graph(nodeKinds:)', type: '[NodeKind!]', field: (list: string) => `graph(center: "${prigozhin}", nodeKinds: ${list}) { nodes { id } edges { id } }`, lists: enumLists(nodeKinds), huge: repeated(['Person'], 20_000), quoted: false },
    { argument: 'graph(edgeTypes:)', type: '[RelationshipType!]', field: (list: string) => `graph(center: "${prigozhin}", edgeTypes: ${list}) { nodes { id } edges { id } }`, lists: enumLists(edgeTypes.slice(1)), huge: repeated(['CLAIMS'], 20_000), quoted: false },
    { argument: 'paths(edgeTypes:)', type: '[RelationshipType!]', field: (list: string) => `paths(from: "${housen}", to: "${biletsky}", all: true, maxLength: 6, edgeTypes: ${list}) { length }`, lists: enumLists(edgeTypes.slice(1)), huge: repeated(['CLAIMS'], 20_000), quoted: false },
    { argument: 'search(kinds:)', type: '[NodeKind!]', field: (list: string) => `search(query: "Wagner", kinds: ${list}) { score }`, lists: enumLists(nodeKinds), huge: repeated(['Person'], 20_000), quoted: false },
    { argument: 'statements(filter: { status: })', type: '[VerificationStatus!]', field: (list: string) => `statements(filter: { status: ${list} }) { totalCount }`, lists: enumLists(verificationStatuses.slice(1)), huge: repeated(['DISPUTED'], 20_000), quoted: false },
    { argument: 'nodes(ids:)', type: '[ID!]!', field: (list: string) => `nodes(ids: ${list}) { id }`, lists: idLists, huge: ids(20_000), quoted: true },
    { argument: 'actorNetwork(filter: { actors: })', type: '[ID!]', field: (list: string) => `actorNetwork(filter: { actors: ${list} }) { nodes { id } }`, lists: idLists, huge: ids(20_000), quoted: true },
  ];
  for (const { argument, type, field, lists, huge, quoted } of cases) {
    const inline = (items: readonly string[]) => `[${items.map((item) => (quoted ? literal(item) : item)).join(', ')}]`;
    const withVariable = `query ($list: ${type}) { ${field('$list')} }`;
    for (const { size, items, refuse } of lists) {
      // A long literal may trip the document's token limit before the list bound.
      const inlineExpectation = refuse ? refused(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']) : answeredOr(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);
      const variableExpectation = refuse ? refused(['BAD_USER_INPUT']) : answeredOr(['BAD_USER_INPUT']);
      for (const accept of both) {
        add(`POST ${argument} ${size} inline [${acceptName(accept)}]`, graphqlPost(`{ ${field(inline(items))} }`, { accept }), inlineExpectation);
        add(`POST ${argument} ${size} as a variable [${acceptName(accept)}]`, graphqlPost(withVariable, { accept, variables: { list: items } }), variableExpectation);
      }
      add(`GET /graphql ${argument} ${size} inline`, graphqlGet(`{ ${field(inline(items))} }`), inlineExpectation);
    }
    add(`POST ${argument} × 20000 as a variable`, graphqlPost(withVariable, { variables: { list: huge } }), refused(['BAD_USER_INPUT']));
  }

  const exportRefused = refused(['BAD_USER_INPUT'], [400]);
  const exports: { name: string; file: string; parameters: Record<string, string | string[]> }[] = [
    { name: 'GET /export/graph.gexf nodeKinds=Person,… × 2000', file: 'graph.gexf', parameters: { center: prigozhin, nodeKinds: repeated(['Person'], 2000).join(',') } },
    { name: 'GET /export/graph.gexf nodeKinds=Person&nodeKinds=Person… × 2000', file: 'graph.gexf', parameters: { center: prigozhin, nodeKinds: repeated(['Person'], 2000) } },
    { name: 'GET /export/graph.cyjs edgeTypes=CLAIMS,… × 300', file: 'graph.cyjs', parameters: { center: prigozhin, edgeTypes: repeated(['CLAIMS'], 300).join(',') } },
    { name: `GET /export/graph.graphml nodeKinds, every kind again and again × ${over}`, file: 'graph.graphml', parameters: { center: prigozhin, nodeKinds: repeated(nodeKinds, over).join(',') } },
    { name: 'GET /export/paths.gexf edgeTypes=CLAIMS,… × 300', file: 'paths.gexf', parameters: { from: housen, to: biletsky, all: 'true', edgeTypes: repeated(['CLAIMS'], 300).join(',') } },
    { name: 'GET /export/actorNetwork.graphml actors × 2000', file: 'actorNetwork.graphml', parameters: { actors: ids(2000).join(',') } },
    { name: `GET /export/actorNetwork.nodes.csv actors=…&actors=… × ${over}`, file: 'actorNetwork.nodes.csv', parameters: { actors: ids(over) } },
  ];
  for (const { name, file, parameters } of exports) add(name, exportGet(file, parameters), exportRefused);

  // The three reproductions of the review, sent again and again, 16 at a time.
  for (let round = 1; round <= 40; round += 1) {
    add(`reproduction POST graph(nodeKinds: [Person × 3000]) #${round}`, graphqlPost(`{ graph(center: "${prigozhin}", nodeKinds: [${repeated(['Person'], 3000).join(', ')}]) { nodes { id } } }`), refused(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']));
    add(`reproduction GET /export/graph.gexf nodeKinds=Person × 2000 #${round}`, exportGet('graph.gexf', { center: prigozhin, nodeKinds: repeated(['Person'], 2000).join(',') }), exportRefused);
    add(`reproduction POST graph(edgeTypes: [CLAIMS × 300]) #${round}`, graphqlPost(`{ graph(center: "${prigozhin}", edgeTypes: [${repeated(['CLAIMS'], 300).join(', ')}]) { nodes { id } } }`), refused(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']));
    add(`reproduction POST graph(nodeKinds: $kinds) with Person × 3000 #${round}`, graphqlPost('query ($kinds: [NodeKind!]) { graph(center: "person:yevgeny-prigozhin", nodeKinds: $kinds) { nodes { id } } }', { variables: { kinds: repeated(['Person'], 3000) } }), refused(['BAD_USER_INPUT']));
  }
  return requests;
}

function costlyDocuments(): HostileRequest[] {
  const category = '2 cost';
  const requests: HostileRequest[] = [];
  const costCodes = ['QUERY_TOO_COMPLEX', 'BAD_USER_INPUT'];
  const invalidOrCostCodes = ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];

  const nestedClaims = (levels: number) => {
    let selection = 'id';
    for (let level = 0; level < levels; level += 1) selection = `claims { statement { ${selection} } }`;
    return `{ statement(id: "${advance}") { ${selection} } }`;
  };
  const fragmentFanOut = (levels: number) => {
    const fragments = ['fragment F0 on Statement { id claims { actor { name } } }'];
    for (let level = 1; level <= levels; level += 1) fragments.push(`fragment F${level} on Statement { ...F${level - 1} claims { statement { ...F${level - 1} } } }`);
    return `{ statement(id: "${advance}") { ...F${levels} } }\n${fragments.join('\n')}`;
  };
  const documents = [
    { name: '99 aliases of graph(depth: 3, limit: 500)', codes: costCodes, document: `{ ${aliased(99, `graph(center: "${prigozhin}", depth: 3, limit: 500) { nodes { id label } edges { id source target properties { quote } } }`)} }` },
    { name: '90 aliases of paths(all: true, maxLength: 6)', codes: costCodes, document: `{ ${aliased(90, `paths(from: "${housen}", to: "${biletsky}", all: true, maxLength: 6) { steps { from { id } edge { type } to { id } } }`)} }` },
    { name: '100 aliases of search(first: 100)', codes: costCodes, document: `{ ${aliased(100, 'search(query: "a", first: 100) { score matchedName node { id } }')} }` },
    { name: '100 aliases of actorNetwork(limit: 500)', codes: costCodes, document: `{ ${aliased(100, 'actorNetwork(limit: 500) { nodes { id } edges { type weight statementIds } }')} }` },
    { name: '100 aliases of timeline(first: 100)', codes: costCodes, document: `{ ${aliased(100, 'timeline(first: 100) { edges { node { text claims { actor { name } } } } }')} }` },
    { name: '100 aliases of corroboration', codes: costCodes, document: `{ ${aliased(100, `statement(id: "${advance}") { corroboration { claimants independentConfirmers { name } adversarialConfirmers { name camp { name } } } }`)} }` },
    { name: '40 aliases of statements(first: 100) with corroboration', codes: costCodes, document: `{ ${aliased(40, 'statements(first: 100) { edges { node { corroboration { independentConfirmers { name } } claims { actor { name } } } } }')} }` },
    { name: '100 aliases of rankActors(first: 100)', codes: costCodes, document: `{ ${aliased(100, 'rankActors(by: CLAIMS, first: 100) { count }')} }` },
    { name: '60 aliases of nodes(ids: × 30)', codes: costCodes, document: `{ ${aliased(60, `nodes(ids: ${JSON.stringify(repeated([prigozhin, housen, advance], 30))}) { id }`)} }` },
    { name: 'connections nested four deep (README)', codes: costCodes, document: `{ people(first: 100) { edges { node { claims { edges { node { statement { confirmations { confirmer { claims { edges { node { statement { confirmations { strength } } } } } } } } } } } } } } }` },
    { name: 'claims { statement } nested 20 deep', codes: costCodes, document: nestedClaims(20) },
    { name: 'claims { statement } nested 200 deep', codes: costCodes, document: nestedClaims(200) },
    { name: 'claims { statement } nested 3000 deep', codes: invalidOrCostCodes, document: nestedClaims(3000) },
    { name: 'unknown fields nested 10000 deep', codes: invalidOrCostCodes, document: `${'{ a '.repeat(10_000)}${'} '.repeat(10_000)}` },
    { name: '3000 copies of one field, no aliases', codes: costCodes, document: `{ ${'rankActors(by: CLAIMS) { count } '.repeat(3000)} }` },
    { name: '5000 aliases of __typename', codes: costCodes, document: `{ ${aliased(5000, '__typename')} }` },
    { name: '1000 operations in one document', codes: invalidOrCostCodes, document: Array.from({ length: 1000 }, (_, index) => `query Q${index} { __typename }`).join('\n'), operationName: 'Q999' },
    { name: '100 @include directives on one field', codes: invalidOrCostCodes, document: `{ statement(id: "${advance}") { id ${'@include(if: true) '.repeat(100)} } }` },
    { name: '500 aliased fields, each @skip(if: false)', codes: invalidOrCostCodes, document: `{ statement(id: "${advance}") { ${aliased(500, 'text @skip(if: false)')} } }` },
    { name: 'fragments that spread each other', codes: invalidOrCostCodes, document: `{ statement(id: "${advance}") { ...A } } fragment A on Statement { id ...B } fragment B on Statement { text ...A }` },
  ];
  for (const { name, codes, document, operationName } of documents) {
    for (const accept of both) {
      requests.push({ category, name: `${name} [${acceptName(accept)}]`, build: graphqlPost(document, { accept, ...(operationName ? { operationName } : {}) }), expect: refused(codes) });
    }
  }
  // Each level spreads the one below twice: 2^20 copies for whatever walks the document without merging.
  for (const levels of [10, 20]) {
    requests.push({ category, name: `fragments fanning out 2^${levels}`, build: graphqlPost(fragmentFanOut(levels)), expect: answeredOr(invalidOrCostCodes) });
  }
  for (let round = 1; round <= 20; round += 1) {
    requests.push({ category, name: `reproduction 99 aliases of graph(depth: 3, limit: 500) #${round}`, build: graphqlPost(documents[0]!.document), expect: refused(costCodes) });
    requests.push({ category, name: `reproduction 90 aliases of paths(all: true, maxLength: 6) #${round}`, build: graphqlPost(documents[1]!.document), expect: refused(costCodes) });
  }
  return requests;
}

function introspectionAbuse(): HostileRequest[] {
  const category = '3 introspection';
  const requests: HostileRequest[] = [];
  const refusalCodes = ['QUERY_TOO_COMPLEX', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT'];
  const schemaAlias = '__schema { types { name kind fields { name args { name } type { name kind ofType { name kind } } } } }';
  const huge = `{ ${aliased(780, schemaAlias)} }`;
  let deepFields = 'name';
  for (let level = 0; level < 20; level += 1) deepFields = `fields { type { ${deepFields} } }`;
  let deepOfType = 'name';
  for (let level = 0; level < 40; level += 1) deepOfType = `ofType { ${deepOfType} }`;
  const documents = [
    { name: `__schema in 780 aliases (${Math.round(huge.length / 1000)} KB)`, document: huge },
    { name: '__type(name:) in 1000 aliases', document: `{ ${aliased(1000, '__type(name: "Statement") { fields { name type { name } } }')} }` },
    { name: '__type fields { type { fields … } } 20 deep', document: `{ __type(name: "Query") { ${deepFields} } }` },
  ];
  // graphql-js's MaxIntrospectionDepthRule bounds introspection's fan-out; a deep chain of ofType fans out to nothing.
  for (const accept of both) {
    requests.push({ category, name: `__schema types { ofType … } 40 deep [${acceptName(accept)}]`, build: graphqlPost(`{ __schema { types { ${deepOfType} } } }`, { accept }), expect: answeredOr(refusalCodes) });
  }
  for (const { name, document } of documents) {
    for (const accept of both) {
      requests.push({ category, name: `${name} [${acceptName(accept)}]`, build: graphqlPost(document, { accept }), expect: refused(refusalCodes) });
    }
    requests.push({ category, name: `${name} by GET`, build: graphqlGet(document), expect: refused(refusalCodes) });
  }
  requests.push({ category, name: 'the introspection GraphiQL sends still answers', build: graphqlPost(getIntrospectionQuery()), expect: answeredOr([]) });

  const closedDocuments = [
    { name: '__schema', document: '{ __schema { queryType { name } types { name } } }' },
    { name: '__type', document: '{ __type(name: "Person") { name fields { name } } }' },
    { name: '__schema in a fragment', document: '{ ...Everything } fragment Everything on Query { __schema { types { name } } }' },
    { name: '__type in an inline fragment', document: '{ ... on Query { __type(name: "Statement") { fields { name } } } }' },
    { name: 'the introspection GraphiQL sends', document: getIntrospectionQuery() },
  ];
  const strangers = [
    { who: 'without a token', authorization: undefined },
    { who: 'with an unknown token', authorization: 'Bearer cg_not-a-real-token' },
    { who: 'with a Basic header', authorization: 'Basic bmVvNGo6bmVvNGo=' },
  ];
  for (const { name, document } of closedDocuments) {
    for (const { who, authorization } of strangers) {
      for (const accept of both) {
        requests.push({
          category,
          name: `closed reads: ${name} ${who} [${acceptName(accept)}]`,
          build: graphqlPost(document, { accept, ...(authorization ? { authorization } : {}) }),
          expect: refused(['UNAUTHENTICATED'], accept === accepts.spec ? [401] : [200, 401]),
          target: 'closed',
        });
      }
    }
    requests.push({ category, name: `closed reads: ${name} with a reader's token`, build: graphqlPost(document, { token: testTokens.reader }), expect: answeredOr([]), target: 'closed' });
  }
  return requests;
}

function malformedRequests(): HostileRequest[] {
  const category = '4 malformed';
  const requests: HostileRequest[] = [];
  const add = (request: Omit<HostileRequest, 'category'>) => requests.push({ category, ...request });
  const documentCodes = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'OPERATION_RESOLUTION_FAILURE'];

  const json = { 'content-type': 'application/json' };
  const deepList = `${'['.repeat(10_000)}Person${']'.repeat(10_000)}`;
  const deepObject = `${'{ a: '.repeat(10_000)}1${' }'.repeat(10_000)}`;
  const deepDocuments = [
    { name: 'a list literal nested 10000 deep', document: `{ search(query: "x", kinds: ${deepList}) { score } }` },
    { name: 'an object literal nested 10000 deep', document: `{ statements(filter: ${deepObject}) { totalCount } }` },
    { name: 'a JSON literal nested 10000 deep in importDocument', document: `mutation { importDocument(input: { document: ${deepObject} }) { __typename } }` },
    { name: 'a list literal nested 100000 deep', document: `{ search(query: "x", kinds: ${'['.repeat(100_000)}Person${']'.repeat(100_000)}) { score } }` },
  ];
  for (const { name, document } of deepDocuments) {
    for (const accept of both) add({ name: `${name} [${acceptName(accept)}]`, build: graphqlPost(document, { accept }), expect: refused(documentCodes, accept === accepts.spec ? [400] : [200, 400]) });
  }
  // Written as text: JSON.stringify itself cannot nest this deep.
  const importDocument = 'mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { __typename } }';
  const deepJson = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const deepVariables = (query: string, variables: string) => () => `{"query":${literal(query)},"variables":${variables}}`;
  add({ name: 'a JSON variable nested 10000 deep for importDocument, with an editor token', build: rawRequest('POST', '/graphql', { ...json, authorization: `Bearer ${testTokens.editor}` }, deepVariables(importDocument, `{"input":{"document":${deepJson}}}`)), expect: refused(['BAD_USER_INPUT']) });
  add({ name: 'a JSON variable nested 10000 deep for importDocument, without a token', build: rawRequest('POST', '/graphql', json, deepVariables(importDocument, `{"input":{"document":${deepJson}}}`)), expect: refused(['BAD_USER_INPUT', 'UNAUTHENTICATED']) });
  add({ name: 'a list variable nested 10000 deep', build: rawRequest('POST', '/graphql', json, deepVariables('query ($kinds: [NodeKind!]) { search(query: "x", kinds: $kinds) { score } }', `{"kinds":${'['.repeat(10_000)}"Person"${']'.repeat(10_000)}}`)), expect: refused(['BAD_USER_INPUT']) });
  add({ name: 'a body nested 100000 deep', build: rawRequest('POST', '/graphql', json, () => `{"query":"{ __typename }","extensions":${'['.repeat(100_000)}${']'.repeat(100_000)}}`), expect: answeredOr(['BAD_REQUEST']) });

  const syntaxErrors = [
    '{', '}', '{ person(id: ) { name } }', 'query {', `{ person(id: "${prigozhin}" { name } }`, '{ search(query: "unterminated) { score } }',
    '{ a: }', 'query query query', '{ person(id: "\\uZZZZ") { name } }', '# only a comment', '', '   ', '{ ... }', 'fragment F on { x }',
    `{ person(id: "${prigozhin}") { name } } }`, '\u0000', '\ufeff{ __typename }\u0000', '{ __typename } garbage', 'mutation', 'subscription {',
    '{ person(id: $) { name } }', '{ person(id: 1.2.3) { name } }', '{ search(query: """unterminated) { score } }', '{ __typename @ }',
  ];
  for (const [index, document] of syntaxErrors.entries()) {
    for (const accept of both) add({ name: `syntax error ${index} ${JSON.stringify(document).slice(0, 40)} [${acceptName(accept)}]`, build: graphqlPost(document, { accept }), expect: refused(['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST'], requestErrorStatuses(accept)) });
  }

  // Large names and values that a validation message would quote whole.
  const echoes = [
    { name: 'an unknown field with a 100 KB name', make: (marker: string) => `{ ${largeText(marker, 100_000, 'a')} }` },
    { name: 'an unknown field of Person with a 100 KB name', make: (marker: string) => `{ person(id: "${prigozhin}") { ${largeText(marker, 100_000, 'a')} } }` },
    { name: 'an unknown argument with a 100 KB name', make: (marker: string) => `{ person(${largeText(marker, 100_000, 'a')}: "x") { name } }` },
    { name: 'an unknown enum value of 100 KB', make: (marker: string) => `{ search(query: "x", kinds: [${largeText(marker, 100_000, 'A')}]) { score } }` },
    { name: 'an undefined variable with a 100 KB name', make: (marker: string) => `{ person(id: $${largeText(marker, 100_000, 'a')}) { name } }` },
    { name: 'an unknown type condition of 100 KB', make: (marker: string) => `{ node(id: "${prigozhin}") { ... on ${largeText(marker, 100_000, 'A')} { id } } }` },
    { name: 'a 100 KB string where an Int goes', make: (marker: string) => `{ people(first: ${literal(largeText(marker))}) { totalCount } }` },
    { name: 'a 100 KB operation name that is not there', make: (marker: string) => `query ${largeText(marker, 100_000, 'a')}X { __typename } query Other { __typename }` },
  ];
  for (const { name, make } of echoes) {
    for (const accept of both) {
      const marker = newMarker();
      add({ name: `${name} [${acceptName(accept)}]`, build: graphqlPost(make(marker), { accept }), expect: refused(documentCodes, requestErrorStatuses(accept)), marker });
    }
  }

  // A body that is no JSON is a 4xx whatever the client accepts; JSON that is no GraphQL request is a request
  // error, which a client accepting only application/json may get with 200.
  const bodyRefused = (codes: readonly string[] = ['BAD_REQUEST']) => refused(codes, [400, 413, 415, 422]);
  const requestRefused = (accept: Accept, codes: readonly string[] = ['BAD_REQUEST']) =>
    refused(codes, accept === accepts.spec ? [400, 413, 422] : [200, 400, 413, 422]);
  {
    const marker = newMarker();
    add({ name: 'a 20 MB body that is no JSON, its marker where the JSON breaks', build: rawRequest('POST', '/graphql', json, () => `{"query": ${marker}${'x'.repeat(20_000_000)}`), expect: bodyRefused(), marker });
  }
  {
    const marker = newMarker();
    add({ name: 'a 20 MB body that is no JSON, its marker inside', build: rawRequest('POST', '/graphql', json, () => `{"query": "${largeText(marker, 20_000_000)}`), expect: bodyRefused(), marker });
  }
  {
    const marker = newMarker();
    add({ name: 'a 20 MB JSON body: a search for a 20 MB string', build: rawRequest('POST', '/graphql', json, () => JSON.stringify({ query: 'query ($q: String!) { search(query: $q) { score } }', variables: { q: largeText(marker, 20_000_000) } })), expect: refused(['BAD_REQUEST', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], [200, 400, 413]), marker });
  }
  {
    const marker = newMarker();
    add({ name: 'a 2 MB document: a 2 MB string literal', build: graphqlPost(`{ search(query: ${literal(largeText(marker, 2_000_000))}) { score } }`), expect: refused(['BAD_REQUEST', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], [200, 400, 413]), marker });
  }
  {
    const marker = newMarker();
    add({ name: 'a 1 MB comment before a query', build: graphqlPost(`#${largeText(marker, 1_000_000)}\n{ __typename }`), expect: answeredOr(['BAD_REQUEST', 'QUERY_TOO_COMPLEX'], [200, 400, 413]), marker });
  }
  const bodies: { name: string; body: string; codes?: readonly string[]; json?: false }[] = [
    { name: 'an empty body', body: '', json: false },
    { name: 'a blank body', body: ' \n\t ', json: false },
    { name: 'null', body: 'null' },
    { name: 'an empty object', body: '{}' },
    { name: 'an array of nothing', body: '[]' },
    { name: 'a string', body: '"{ __typename }"' },
    { name: 'a number', body: '123' },
    { name: 'true', body: 'true' },
    { name: 'a numeric query', body: '{"query": 5}' },
    { name: 'a null query', body: '{"query": null}' },
    { name: 'a query in a list', body: '{"query": ["{ __typename }"]}' },
    { name: 'variables that are a string of no JSON', body: '{"query": "{ __typename }", "variables": "not json"}' },
    { name: 'variables that are a list', body: '{"query": "{ __typename }", "variables": [1]}' },
    { name: 'extensions that are a string', body: '{"query": "{ __typename }", "extensions": "x"}' },
    { name: 'a numeric operationName', body: '{"query": "{ __typename }", "operationName": 5}', codes: ['OPERATION_RESOLUTION_FAILURE'] },
    { name: 'two operations and no operationName', body: '{"query": "query A { __typename } query B { __typename }"}', codes: ['OPERATION_RESOLUTION_FAILURE'] },
    { name: 'an operationName that is not there', body: '{"query": "{ __typename }", "operationName": "Nope"}', codes: ['OPERATION_RESOLUTION_FAILURE'] },
    { name: 'a batch of 100 queries', body: JSON.stringify(repeated([{ query: '{ __typename }' }], 100)) },
    { name: 'trailing garbage', body: '{"query": "{ __typename }"} garbage', json: false },
    { name: 'NaN in variables', body: '{"query": "query ($f: Int) { people(first: $f) { totalCount } }", "variables": {"f": NaN}}', json: false },
    { name: 'a query hidden in __proto__', body: '{"__proto__": {"query": "{ __typename }"}}' },
  ];
  for (const { name, body, codes, json: isJson } of bodies) {
    for (const accept of both) {
      add({ name: `body: ${name} [${acceptName(accept)}]`, build: rawRequest('POST', '/graphql', { ...json, accept }, () => body), expect: isJson === false ? bodyRefused(codes) : requestRefused(accept, codes) });
    }
  }

  // A server may read bytes that are no UTF-8 as U+FFFD, or refuse them.
  const notUtf8 = Buffer.concat([Buffer.from('{"query": "{ person(id: \\"'), Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from('\\") { name } }"}')]);
  add({ name: 'body: bytes that are no UTF-8', build: rawRequest('POST', '/graphql', json, () => new Uint8Array(notUtf8)), expect: answeredOr(['BAD_REQUEST', 'NOT_FOUND', 'BAD_USER_INPUT']) });

  const typename = '{"query": "{ __typename }"}';
  // A 415 may come without a body; any error in a body still needs its code.
  const wrongContentType: Expectation = { ...refused(['BAD_REQUEST', 'FORBIDDEN'], [400, 403, 415]), bodyOptional: true };
  const contentTypes = ['text/plain', 'application/xml', 'application/octet-stream', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'image/png'];
  for (const contentType of contentTypes) {
    add({ name: `content type ${contentType}`, build: rawRequest('POST', '/graphql', { 'content-type': contentType, accept: accepts.json }, () => typename), expect: wrongContentType });
  }
  add({ name: 'no content type', build: rawRequest('POST', '/graphql', { accept: accepts.json }, () => typename), expect: wrongContentType });
  const createPerson = 'mutation { createPerson(input: { name: "Cross Site" }) { person { id } } }';
  add({ name: 'a mutation as text/plain with an editor token (CSRF)', build: rawRequest('POST', '/graphql', { 'content-type': 'text/plain', authorization: `Bearer ${testTokens.editor}` }, () => JSON.stringify({ query: createPerson })), expect: wrongContentType });
  add({ name: 'a mutation as a form with an editor token (CSRF)', build: rawRequest('POST', '/graphql', { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${testTokens.editor}` }, () => new URLSearchParams({ query: createPerson }).toString()), expect: wrongContentType });

  for (const accept of both) {
    add({ name: `GET with a mutation and an editor token [${acceptName(accept)}]`, build: graphqlGet(createPerson, { accept, token: testTokens.editor }), expect: refused(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN'], [405]) });
    add({ name: `GET with a mutation among queries, chosen by operationName [${acceptName(accept)}]`, build: graphqlGet(`query Q { __typename } ${createPerson.replace('mutation', 'mutation M')}`, { accept, token: testTokens.editor, operationName: 'M' }), expect: refused(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED', 'FORBIDDEN'], [405]) });
    add({ name: `GET with a mutation and no CSRF header [${acceptName(accept)}]`, build: rawRequest('GET', `/graphql?${new URLSearchParams({ query: createPerson })}`, { accept, authorization: `Bearer ${testTokens.editor}` }), expect: refused(['BAD_REQUEST', 'FORBIDDEN'], [403, 405]) });
  }
  {
    const marker = newMarker();
    add({ name: 'GET with a 100 KB query', build: graphqlGet(`{ search(query: ${literal(largeText(marker))}) { score } }`), expect: refused(['BAD_REQUEST', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX'], [200, 400, 414, 431]), marker });
  }
  add({ name: 'GET with variables that are no JSON', build: rawRequest('GET', '/graphql?query=%7B__typename%7D&variables=%7Bnot', { ...csrfHeader, accept: accepts.json }), expect: refused(['BAD_REQUEST'], [400]) });
  for (const accept of both) {
    add({ name: `GET with no query [${acceptName(accept)}]`, build: rawRequest('GET', '/graphql?variables=%7B%7D', { ...csrfHeader, accept }), expect: requestRefused(accept) });
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    add({ name: `${method} /graphql`, build: rawRequest(method, '/graphql', { ...json, accept: accepts.json }, () => JSON.stringify({ query: createPerson })), expect: { ...refused(['BAD_REQUEST']), statuses: [405], bodyOptional: true } });
  }
  return requests;
}

function badVariables(): HostileRequest[] {
  const category = '5 variables';
  const requests: HostileRequest[] = [];
  const person = 'query ($id: ID!) { person(id: $id) { name } }';
  const people = 'query ($first: Int) { people(first: $first) { totalCount } }';
  const graph = `query ($depth: Int!) { graph(center: "${prigozhin}", depth: $depth) { truncated } }`;
  const search = 'query ($kinds: [NodeKind!]) { search(query: "Wagner", kinds: $kinds) { score } }';
  const statements = 'query ($filter: StatementFilter) { statements(filter: $filter) { totalCount } }';
  const paths = `query ($all: Boolean) { paths(from: "${housen}", to: "${biletsky}", all: $all) { length } }`;
  const createPerson = 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }';
  const cases: { name: string; document: string; variables?: unknown; codes?: readonly string[] }[] = [
    { name: 'a required ID missing', document: person, variables: {} },
    { name: 'a required ID null', document: person, variables: { id: null } },
    { name: 'no variables at all', document: person },
    { name: 'variables null', document: person, variables: null },
    { name: 'an ID that is true', document: person, variables: { id: true } },
    { name: 'an ID that is an object', document: person, variables: { id: {} } },
    { name: 'an ID that is a list', document: person, variables: { id: [prigozhin] } },
    { name: 'an ID that is 1.5', document: person, variables: { id: 1.5 } },
    ...['ten', '10', 1.5, true, {}, [], 2 ** 31, -(2 ** 31) - 1, 1e20, 'NaN', 'Infinity'].map((first) => ({ name: `first: ${JSON.stringify(first)}`, document: people, variables: { first } })),
    { name: 'a required Int missing', document: graph, variables: {} },
    { name: 'a required Int null', document: graph, variables: { depth: null } },
    { name: 'depth "2"', document: graph, variables: { depth: '2' } },
    ...[['person'], ['Nope'], [null], [1], {}, 'nope'].map((kinds) => ({ name: `kinds: ${JSON.stringify(kinds)}`, document: search, variables: { kinds } })),
    ...['x', [], { unknown: 1 }, { from: 2023 }, { status: ['NOPE'] }, { from: 'May 2023' }, { actor: { id: prigozhin } }].map((filter) => ({ name: `filter: ${JSON.stringify(filter)}`, document: statements, variables: { filter } })),
    ...['yes', 1, 'true'].map((all) => ({ name: `all: ${JSON.stringify(all)}`, document: paths, variables: { all } })),
    { name: 'a mutation input missing', document: createPerson, variables: {} },
    { name: 'a mutation input null', document: createPerson, variables: { input: null } },
    { name: 'a mutation input that is a string', document: createPerson, variables: { input: 'x' } },
    { name: 'a mutation input with a numeric name', document: createPerson, variables: { input: { name: 5 } } },
    { name: 'a mutation input without its name', document: createPerson, variables: { input: {} } },
    { name: 'a mutation input with an unknown field', document: createPerson, variables: { input: { name: 'X', admin: true } } },
    { name: 'a variable of a type that does not exist', document: 'query ($x: Nope) { __typename }', variables: { x: 1 }, codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'] },
    { name: 'an Int variable where an ID goes', document: 'query ($x: Int) { person(id: $x) { name } }', variables: { x: 1 }, codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'] },
    { name: 'a variable used but not declared', document: '{ person(id: $id) { name } }', variables: { id: prigozhin }, codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'] },
    { name: 'a variable declared twice', document: 'query ($id: ID!, $id: ID!) { person(id: $id) { name } }', variables: { id: prigozhin }, codes: ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'] },
  ];
  for (const { name, document, variables, codes } of cases) {
    for (const accept of both) {
      requests.push({ category, name: `${name} [${acceptName(accept)}]`, build: graphqlPost(document, { accept, ...(variables !== undefined ? { variables } : {}) }), expect: refused(codes ?? ['BAD_USER_INPUT']) });
    }
  }
  return requests;
}

function subscriptionAttempts(): HostileRequest[] {
  const category = '6 subscriptions';
  const requests: HostileRequest[] = [];
  const codes = ['GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT'];
  const documents = [
    'subscription { x }',
    `subscription { person(id: "${prigozhin}") { name } }`,
    'subscription OnAnything { __typename }',
    'subscription { statementAdded { id } relationshipAdded { id } }',
    `subscription { statementAdded(filter: { actor: "' OR 1=1 //" }) { id } }`,
    `subscription { statementAdded(filter: { place: "${prigozhin}" }) { id } }`,
    'subscription { relationshipAdded(types: [NOT_A_TYPE]) { id } }',
    `subscription { relationshipAdded(entity: "${'x'.repeat(500)}") { id } }`,
  ];
  for (const document of documents) {
    for (const accept of [...both, 'text/event-stream']) {
      requests.push({ category, name: `POST ${document} [${accept}]`, build: graphqlPost(document, { accept }), expect: refused(codes) });
    }
    requests.push({ category, name: `GET ${document} [text/event-stream]`, build: graphqlGet(document, { accept: 'text/event-stream' }), expect: refused(codes) });
  }
  requests.push({ category, name: 'a subscription chosen by operationName among queries', build: graphqlPost('query A { __typename } subscription B { x }', { operationName: 'B' }), expect: refused(codes) });
  return requests;
}

function authorisation(): HostileRequest[] {
  const category = '7 auth';
  const requests: HostileRequest[] = [];
  const marker = newMarker();
  const strangers = [
    { who: 'without a token', authorization: undefined },
    { who: 'with an unknown token', authorization: 'Bearer cg_not-a-real-token' },
    { who: 'with a Basic header', authorization: 'Basic YWRtaW46YWRtaW4=' },
    { who: 'with an empty Bearer', authorization: 'Bearer ' },
    { who: 'with the token and no scheme', authorization: testTokens.editor },
    { who: 'with two tokens in one header', authorization: `Bearer cg_not-a-real-token, Bearer ${testTokens.reader}x` },
    { who: "with a token of ' OR 1=1 --", authorization: "Bearer ' OR 1=1 --" },
    { who: 'with a 10 KB token', authorization: `Bearer ${largeText(marker, 10_000)}` },
  ];
  for (const { name, document, input } of everyMutation) {
    for (const accept of both) {
      for (const { who, authorization } of strangers) {
        requests.push({
          category,
          name: `${name} ${who} [${acceptName(accept)}]`,
          build: graphqlPost(document, { accept, variables: { input }, ...(authorization !== undefined ? { authorization } : {}) }),
          expect: refused(['UNAUTHENTICATED'], accept === accepts.spec ? [401] : [200, 401]),
          marker,
        });
      }
      requests.push({
        category,
        name: `${name} with a reader's token [${acceptName(accept)}]`,
        build: graphqlPost(document, { accept, variables: { input }, token: testTokens.reader }),
        expect: refused(['FORBIDDEN'], accept === accepts.spec ? [403] : [200, 403]),
      });
    }
  }
  for (const accept of both) {
    requests.push({
      category,
      name: `deletePerson with cascade by an editor [${acceptName(accept)}]`,
      build: graphqlPost('mutation { deletePerson(input: { id: "person:roger-housen", cascade: true }) { deletedId } }', { accept, token: testTokens.editor }),
      expect: refused(['FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED'], accept === accepts.spec ? [400, 403] : [200, 400, 403]),
    });
  }

  const reads = [
    { name: 'person', document: `{ person(id: "${prigozhin}") { name } }` },
    { name: 'search', document: '{ search(query: "Wagner") { score } }' },
    { name: 'graph', document: `{ graph(center: "${prigozhin}") { nodes { id } } }` },
    { name: 'statements', document: '{ statements { totalCount } }' },
  ];
  for (const { name, document } of reads) {
    for (const accept of both) {
      for (const { who, authorization } of strangers.slice(0, 3)) {
        requests.push({
          category,
          name: `closed reads: ${name} ${who} [${acceptName(accept)}]`,
          build: graphqlPost(document, { accept, ...(authorization !== undefined ? { authorization } : {}) }),
          expect: refused(['UNAUTHENTICATED'], accept === accepts.spec ? [401] : [200, 401]),
          target: 'closed',
        });
      }
    }
  }
  for (const file of ['graph.gexf', 'graph.cyjs']) {
    requests.push({ category, name: `closed reads: GET /export/${file} without a token`, build: exportGet(file, { center: prigozhin }), expect: refused(['UNAUTHENTICATED'], [401]), target: 'closed' });
  }
  return requests;
}

function injections(): HostileRequest[] {
  const category = '8 injection';
  const requests: HostileRequest[] = [];
  const payloads: { text: string; marker?: string }[] = [
    `' OR 1=1 //`,
    `"}) MATCH (n) DETACH DELETE n //`,
    `${prigozhin}' }) WITH n MATCH (m) DETACH DELETE m RETURN 1 //`,
    `${prigozhin}\`) DETACH DELETE n //`,
    `${prigozhin}*/ MATCH (n) DETACH DELETE n /*`,
    `${prigozhin}\n MATCH (n) DETACH DELETE n`,
    '$id',
    '${id}',
    'CALL apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {})',
    'LOAD CSV FROM "http://127.0.0.1:1/x" AS line RETURN line',
    '\u0000',
    `person:\u0000${prigozhin.slice('person:'.length)}`,
    '\u202e\ufeff\u200b',
    '\ud800',
    '\\"',
    '<script>alert(1)</script>',
    '   ',
    '',
  ].map((text) => ({ text }));
  for (const [filler, prefix] of [['x', ''], ['x', 'person:'], ["' OR 1=1 // ", '']] as const) {
    const marker = newMarker();
    payloads.push({ text: largeText(marker, 100_000, filler, prefix), marker });
  }
  // Lucene's query syntax, for the fields that reach a full-text index.
  const fullTextPayloads = [
    '*:*',
    '*',
    '?',
    '~',
    'a~999',
    'name:(a OR b)',
    '"unterminated',
    '((((',
    'a AND NOT b',
    '/.*/',
    '[a TO z]',
    '+-&&||!(){}[]^"~*?:\\/',
  ].map((text) => ({ text, marker: undefined }));

  const codes = ['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST'];
  const fields: { name: string; type: string; field: (value: string) => string; extraCodes?: readonly string[]; token?: string; fullText?: boolean }[] = [
    { name: 'person(id:)', type: 'ID!', field: (value) => `person(id: ${value}) { name }` },
    { name: 'organisation(id:)', type: 'ID!', field: (value) => `organisation(id: ${value}) { name }` },
    { name: 'node(id:)', type: 'ID!', field: (value) => `node(id: ${value}) { id }` },
    { name: 'nodes(ids:)', type: 'ID!', field: (value) => `nodes(ids: [${value}]) { id }` },
    { name: 'search(query:)', type: 'String!', field: (value) => `search(query: ${value}) { score matchedName node { id } }`, fullText: true },
    { name: 'search(query:, transliterate: false)', type: 'String!', field: (value) => `search(query: ${value}, transliterate: false, kinds: [Person, Statement]) { score }`, fullText: true },
    { name: 'statements(filter: { actor: })', type: 'ID', field: (value) => `statements(filter: { actor: ${value} }) { totalCount edges { node { id } } }` },
    { name: 'statements(filter: { mentions: })', type: 'ID', field: (value) => `statements(filter: { mentions: ${value} }) { totalCount }` },
    { name: 'statements(filter: { source: })', type: 'ID', field: (value) => `statements(filter: { source: ${value} }) { totalCount }` },
    { name: 'statements(filter: { language: })', type: 'String', field: (value) => `statements(filter: { language: ${value} }) { totalCount }` },
    { name: 'statements(filter: { from: })', type: 'PartialDate', field: (value) => `statements(filter: { from: ${value} }) { totalCount }` },
    { name: 'statements(after:)', type: 'String', field: (value) => `statements(first: 5, after: ${value}) { edges { cursor } }` },
    { name: 'people(filter: { name: })', type: 'String', field: (value) => `people(filter: { name: ${value} }) { totalCount edges { node { id } } }`, fullText: true },
    { name: 'sources(filter: { language: })', type: 'String', field: (value) => `sources(filter: { language: ${value} }) { totalCount }` },
    { name: 'graph(center:)', type: 'ID!', field: (value) => `graph(center: ${value}) { nodes { id } }` },
    { name: 'paths(from:)', type: 'ID!', field: (value) => `paths(from: ${value}, to: "${biletsky}") { length }` },
    { name: 'paths(to:)', type: 'ID!', field: (value) => `paths(from: "${housen}", to: ${value}) { length }` },
    { name: 'timeline(entity:)', type: 'ID', field: (value) => `timeline(entity: ${value}) { totalCount }` },
    { name: 'timeline(place:)', type: 'ID', field: (value) => `timeline(place: ${value}) { totalCount }` },
    { name: 'timeline(after:)', type: 'String', field: (value) => `timeline(after: ${value}) { totalCount edges { cursor } }` },
    { name: 'actorNetwork(filter: { place: })', type: 'ID', field: (value) => `actorNetwork(filter: { place: ${value} }) { nodes { id } }` },
    { name: 'actorNetwork(filter: { actors: })', type: 'ID!', field: (value) => `actorNetwork(filter: { actors: [${value}] }) { nodes { id } }` },
    { name: 'createPerson(input: { name: }) without a token', type: 'String!', field: (value) => `createPerson(input: { name: ${value} }) { person { id } }`, extraCodes: ['UNAUTHENTICATED'] },
    { name: "updatePerson(input: { id: }) with a reader's token", type: 'ID!', field: (value) => `updatePerson(input: { id: ${value}, description: "x" }) { person { id } }`, extraCodes: ['FORBIDDEN'], token: testTokens.reader },
  ];
  // Each payload goes into each field once, inline or as a variable, taking turns so that across the
  // fields every payload travels both ways; the 100 KB ones travel both ways everywhere.
  for (const [fieldIndex, { name, type, field, extraCodes = [], token, fullText }] of fields.entries()) {
    const operation = name.startsWith('createPerson') || name.startsWith('updatePerson') ? 'mutation' : 'query';
    const expectation = answeredOr([...codes, ...extraCodes]);
    for (const [payloadIndex, { text, marker }] of [...payloads, ...(fullText ? fullTextPayloads : [])].entries()) {
      const shown = marker ? `a 100 KB string ${JSON.stringify(text.slice(0, 12))}…` : JSON.stringify(text);
      const common = { category, expect: expectation, inputs: [text], ...(marker ? { marker } : {}) };
      const inline = (fieldIndex + payloadIndex) % 2 === 0;
      if (inline || marker) {
        requests.push({ ...common, name: `${name} = ${shown} inline`, build: graphqlPost(`${operation} { ${field(literal(text))} }`, { ...(token ? { token } : {}) }) });
      }
      if (!inline || marker) {
        requests.push({ ...common, name: `${name} = ${shown} as a variable`, build: graphqlPost(`${operation} ($value: ${type}) { ${field('$value')} }`, { variables: { value: text }, ...(token ? { token } : {}) }) });
      }
    }
  }

  const exportParameters: { name: string; file: string; parameters: (value: string) => Record<string, string> }[] = [
    { name: 'graph center', file: 'graph.gexf', parameters: (value) => ({ center: value }) },
    { name: 'paths from', file: 'paths.cyjs', parameters: (value) => ({ from: value, to: biletsky }) },
    { name: 'paths to', file: 'paths.graphml', parameters: (value) => ({ from: housen, to: value }) },
    { name: 'actorNetwork place', file: 'actorNetwork.nodes.csv', parameters: (value) => ({ place: value }) },
    { name: 'actorNetwork actors', file: 'actorNetwork.edges.csv', parameters: (value) => ({ actors: value }) },
    { name: 'actorNetwork from', file: 'actorNetwork.gexf', parameters: (value) => ({ from: value }) },
  ];
  for (const { name, file, parameters } of exportParameters) {
    for (const { text, marker } of payloads) {
      const shown = marker ? `a 100 KB string ${JSON.stringify(text.slice(0, 12))}…` : JSON.stringify(text);
      requests.push({
        category,
        name: `GET /export/${file} ${name} = ${shown}`,
        build: exportGet(file, parameters(text)),
        expect: answeredOr(codes, [200, 400, 404, 414]),
        inputs: [text, ...text.split(',')],
        ...(marker ? { marker } : {}),
      });
    }
  }
  return requests;
}

function outOfRange(): HostileRequest[] {
  const category = '9 numbers and cursors';
  const requests: HostileRequest[] = [];
  const numberCodes = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'];
  const arguments_: { name: string; field: (value: string) => string; bad: readonly string[] }[] = [
    { name: 'statements(first:)', field: (value) => `statements(first: ${value}) { totalCount }`, bad: ['101'] },
    { name: 'statements(last:)', field: (value) => `statements(last: ${value}) { totalCount }`, bad: ['101'] },
    { name: 'people(first:)', field: (value) => `people(first: ${value}) { totalCount }`, bad: ['101'] },
    { name: 'timeline(first:)', field: (value) => `timeline(first: ${value}) { totalCount }`, bad: ['101'] },
    { name: 'search(first:)', field: (value) => `search(query: "Wagner", first: ${value}) { score }`, bad: ['101'] },
    { name: 'rankActors(first:)', field: (value) => `rankActors(by: CLAIMS, first: ${value}) { count }`, bad: ['101'] },
    { name: 'graph(depth:)', field: (value) => `graph(center: "${prigozhin}", depth: ${value}) { truncated }`, bad: ['4'] },
    { name: 'graph(limit:)', field: (value) => `graph(center: "${prigozhin}", limit: ${value}) { truncated }`, bad: ['501'] },
    { name: 'paths(maxLength:)', field: (value) => `paths(from: "${housen}", to: "${biletsky}", maxLength: ${value}) { length }`, bad: ['7'] },
    { name: 'actorNetwork(limit:)', field: (value) => `actorNetwork(limit: ${value}) { truncated }`, bad: ['501'] },
  ];
  const everywhereBad = ['-1', '0', '2147483647', '2147483648', '-2147483649', '1.5', '1e3', '"10"', 'true', 'NaN', 'Infinity', '99999999999999999999'];
  const variableBad: unknown[] = [-1, 0, 2 ** 31 - 1, 2 ** 31, 1.5, '10', 'NaN', 'Infinity', '1e309', 1e308];
  for (const { name, field, bad } of arguments_) {
    for (const value of [...bad, ...everywhereBad]) {
      requests.push({ category, name: `${name} ${value} inline`, build: graphqlPost(`{ ${field(value)} }`), expect: refused(numberCodes) });
    }
    for (const value of variableBad) {
      requests.push({ category, name: `${name} ${JSON.stringify(value)} as a variable`, build: graphqlPost(`query ($value: Int) { ${field('$value')} }`, { variables: { value } }), expect: refused(['BAD_USER_INPUT']) });
    }
  }

  const exportNumbers: { file: string; parameters: Record<string, string> }[] = [
    ...['NaN', 'Infinity', '1e1', '-0', '0x2', '99999999999999999999', ' 2', '2 ', '4', '0', '-1', '2.5'].map((depth) => ({ file: 'graph.gexf', parameters: { center: prigozhin, depth } })),
    ...['501', '0', '-1', 'NaN', '1e3'].map((limit) => ({ file: 'graph.cyjs', parameters: { center: prigozhin, limit } })),
    ...['0', '7', '-1', 'NaN'].map((maxLength) => ({ file: 'paths.gexf', parameters: { from: housen, to: biletsky, maxLength } })),
    ...['yes', '1', 'TRUE'].map((all) => ({ file: 'paths.gexf', parameters: { from: housen, to: biletsky, all } })),
    ...['0', '501', 'lots'].map((limit) => ({ file: 'actorNetwork.graphml', parameters: { limit } })),
  ];
  for (const { file, parameters } of exportNumbers) {
    requests.push({ category, name: `GET /export/${file}?${new URLSearchParams(parameters)}`, build: exportGet(file, parameters), expect: refused(['BAD_USER_INPUT'], [400]) });
  }

  const badDates = ['2023-13', '2023-02-30', '2023-00', '2023-05-32', 'NaN', 'Infinity', '20230', '2023/05', '-2023', '2023-5', '99999-01-01', '2023-05-01T00:00:00Z; DROP'];
  for (const date of badDates) {
    requests.push({ category, name: `statements(filter: { from: ${JSON.stringify(date)} })`, build: graphqlPost(`{ statements(filter: { from: ${literal(date)} }) { totalCount } }`), expect: refused(['BAD_USER_INPUT']) });
    requests.push({ category, name: `timeline(to: ${JSON.stringify(date)}) as a variable`, build: graphqlPost('query ($to: PartialDate) { timeline(to: $to) { totalCount } }', { variables: { to: date } }), expect: refused(['BAD_USER_INPUT']) });
    requests.push({ category, name: `GET /export/actorNetwork.gexf?from=${date}`, build: exportGet('actorNetwork.gexf', { from: date }), expect: refused(['BAD_USER_INPUT'], [400]) });
  }

  const cursorMarker = newMarker();
  const cursors = ['', 'x', 'null', 'undefined', '-1', 'NaN', '%%%', '\u0000', '|', '||||', 'NaN|x', 'bm9wZQ==', 'YXJyYXljb25uZWN0aW9uOi0x', '{"id":1}', `person:${'z'.repeat(1_000)}${cursorMarker}${'z'.repeat(9_000)}`];
  const connections = [
    { name: 'statements', field: (after: string, before: string) => `statements(first: 5, after: ${after}, before: ${before}) { edges { cursor } pageInfo { hasNextPage } }` },
    { name: 'people', field: (after: string, before: string) => `people(first: 5, after: ${after}, before: ${before}) { edges { cursor } }` },
    { name: 'timeline', field: (after: string, before: string) => `timeline(first: 5, after: ${after}, before: ${before}) { edges { cursor } }` },
  ];
  for (const { name, field } of connections) {
    for (const cursor of cursors) {
      const common = { category, expect: answeredOr(['BAD_USER_INPUT']), inputs: [cursor], ...(cursor.includes(cursorMarker) ? { marker: cursorMarker } : {}) };
      const shown = JSON.stringify(cursor.slice(0, 20));
      requests.push({ ...common, name: `${name} after ${shown}`, build: graphqlPost(`{ ${field(literal(cursor), 'null')} }`) });
      requests.push({ ...common, name: `${name} before ${shown} as a variable`, build: graphqlPost(`query ($cursor: String) { ${field('null', '$cursor')} }`, { variables: { cursor } }) });
    }
  }
  return requests;
}

// A generous limit, as a hang guard only: a quiet machine needs a fraction of it, a busy one several times that.
describe('a bounded hostile-request suite', { timeout: 900_000 }, () => {
  it('1. oversized and duplicated list arguments are refused before they reach Neo4j, and Neo4j keeps answering', async () => {
    await expectContractKept(oversizedLists());
  });

  it('2. costly documents (aliases, nesting, fragments) are refused as QUERY_TOO_COMPLEX before they run', async () => {
    await expectContractKept(costlyDocuments());
  });

  it('3. introspection cannot be inflated, and is as closed as reading is', async () => {
    await expectContractKept(introspectionAbuse());
  });

  it('4. malformed documents, bodies, content types and methods are 4xx with a code, never echoed', async () => {
    await expectContractKept(malformedRequests());
  });

  it('5. missing, null and mistyped variables are BAD_USER_INPUT', async () => {
    await expectContractKept(badVariables());
  });

  it('6. malformed subscriptions are refused with a code', async () => {
    await expectContractKept(subscriptionAttempts());
  });

  it('7. mutations without a token, with a bad one or a reader\'s are refused with 401/403 and write nothing', async () => {
    await expectContractKept(authorisation());
  });

  it('8. Cypher and Lucene injection into every string argument is answered with a code or data, and changes nothing', async () => {
    await expectContractKept(injections());
  });

  it('9. out-of-range numbers, NaN-ish values, bad dates and bad cursors are BAD_USER_INPUT or an empty answer', async () => {
    await expectContractKept(outOfRange());
  });

  it('after it all, at least 2,000 requests were sent, the database is as seeded, and Neo4j still answers', async () => {
    console.log(tally.summary());
    expect(tally.requests).toBeGreaterThanOrEqual(2_000);
    expect(databaseChanges(seeded, await snapshotDatabase(api.database))).toEqual([]);
    const { data, errors } = await api.query(`{ graph(center: "${prigozhin}", depth: 2, limit: 40) { nodes { id } } }`);
    expect(errors).toBeUndefined();
    expect(data.graph.nodes.length).toBeGreaterThan(1);
  });
});
