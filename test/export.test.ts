import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

type EdgeEnds = { id: string; source: string; target: string };
type DrawnGraph = { nodeIds: string[]; edges: EdgeEnds[] };

const byId = (left: EdgeEnds, right: EdgeEnds) => left.id.localeCompare(right.id);
const drawn = (nodeIds: string[], edges: EdgeEnds[]): DrawnGraph => ({
  nodeIds: [...nodeIds].sort(),
  edges: edges.map(({ id, source, target }) => ({ id, source, target })).sort(byId),
});

/** The researcher's three questions, asked of GraphQL and of the export with the same arguments. */
const questions = [
  {
    export: 'graph',
    parameters: 'center=person:yevgeny-prigozhin&depth=2',
    graphql: '{ answer: graph(center: "person:yevgeny-prigozhin", depth: 2) { nodes { id } edges { id source target } } }',
  },
  {
    export: 'paths',
    parameters: 'from=person:roger-housen&to=person:andriy-biletsky',
    graphql: '{ answer: paths(from: "person:roger-housen", to: "person:andriy-biletsky") { nodes { id } edges { id source target } } }',
  },
  {
    export: 'paths',
    parameters: 'from=person:roger-housen&to=person:andriy-biletsky&all=true',
    graphql: '{ answer: paths(from: "person:roger-housen", to: "person:andriy-biletsky", all: true) { nodes { id } edges { id source target } } }',
  },
  {
    export: 'actorNetwork',
    parameters: 'place=place:bakhmut',
    graphql: '{ answer: actorNetwork(filter: { place: "place:bakhmut" }) { nodes { id } edges { id source target } } }',
  },
] as const;

/** What GraphQL answers; for paths, the union of their nodes and edges, each once. */
async function graphqlAnswer(document: string): Promise<DrawnGraph> {
  const { data, errors } = await api.query(document);
  expect(errors).toBeUndefined();
  const answers: { nodes: { id: string }[]; edges: EdgeEnds[] }[] = [data.answer].flat();
  const nodeIds = new Set(answers.flatMap((answer) => answer.nodes.map((node) => node.id)));
  const edges = new Map(answers.flatMap((answer) => answer.edges.map((edge) => [edge.id, edge] as const)));
  return drawn([...nodeIds], [...edges.values()]);
}

function download(path: string) {
  return api.app.fetch(`http://claimgraph${path}`);
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
});

/** How each file is read back: by the parser a researcher's tool would use, or its equivalent. */
const readers: Record<string, (text: string) => DrawnGraph> = {
  graphml: (text) => {
    const graph = xml.parse(text).graphml.graph;
    return drawn((graph.node ?? []).map((node: { id: string }) => node.id), graph.edge ?? []);
  },
  gexf: (text) => {
    const graph = parseGexf(MultiDirectedGraph, text);
    return drawn(graph.nodes(), graph.mapEdges((id, _attributes, source, target) => ({ id, source, target })));
  },
  cyjs: (text) => {
    const { elements } = JSON.parse(text);
    return drawn(
      elements.nodes.map((node: { data: { id: string } }) => node.data.id),
      elements.edges.map((edge: { data: EdgeEnds }) => edge.data),
    );
  },
};

async function downloadFile(path: string, contentType: string): Promise<Response> {
  const response = await download(path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain(contentType);
  const fileName = path.slice('/export/'.length, path.indexOf('?'));
  expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileName}"`);
  return response;
}

async function downloadText(path: string, contentType: string): Promise<string> {
  return (await downloadFile(path, contentType)).text();
}

const byteOrderMark = [0xef, 0xbb, 0xbf];

/**
 * A CSV file as a spreadsheet reads it: the byte-order mark checked and dropped, and a cell neutralised
 * with a leading `'` read as the text after it.
 */
async function downloadCsv<Row>(path: string): Promise<Row[]> {
  const bytes = new Uint8Array(await (await downloadFile(path, 'text/csv')).arrayBuffer());
  expect([...bytes.subarray(0, 3)], `${path} starts with a byte-order mark`).toEqual(byteOrderMark);
  return parseCsv<Row>(Buffer.from(bytes), {
    bom: true,
    columns: true,
    cast: (value) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value),
  });
}

describe.each(questions)('the $export export ?$parameters', (question) => {
  it.each([
    ['graphml', 'application/graphml+xml'],
    ['gexf', 'application/gexf+xml'],
    ['cyjs', 'application/json'],
  ])('as %s parses back to the nodes and edges GraphQL answers', async (format, contentType) => {
    const expected = await graphqlAnswer(question.graphql);
    expect(expected.edges.length).toBeGreaterThan(0);
    const text = await downloadText(`/export/${question.export}.${format}?${question.parameters}`, contentType);
    expect(readers[format]!(text)).toEqual(expected);
  });

  it('as CSV, a nodes file and an edges file, parses back to the nodes and edges GraphQL answers', async () => {
    const expected = await graphqlAnswer(question.graphql);
    const nodes = await downloadCsv<{ id: string }>(`/export/${question.export}.nodes.csv?${question.parameters}`);
    const edges = await downloadCsv<EdgeEnds>(`/export/${question.export}.edges.csv?${question.parameters}`);
    expect(drawn(nodes.map((node) => node.id), edges)).toEqual(expected);
  });
});

describe('what Gephi and Cytoscape show', () => {
  it('GEXF labels nodes by name and gives edges their type as kind and label', async () => {
    const text = await downloadText('/export/graph.gexf?center=person:yevgeny-prigozhin&depth=2', 'application/gexf+xml');
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.getNodeAttributes('person:yevgeny-prigozhin')).toMatchObject({ label: 'Yevgeny Prigozhin', kind: 'Person' });
    const blame = graph.findEdge((_id, attributes) => attributes.kind === 'BLAMES');
    expect(graph.getEdgeAttributes(blame)).toMatchObject({ kind: 'BLAMES', label: 'BLAMES', weight: 1 });
  });

  it('Cytoscape JSON carries Prigozhin corroborating Biletsky, with the statements behind it', async () => {
    const text = await downloadText('/export/actorNetwork.cyjs?place=place:bakhmut', 'application/json');
    const { elements } = JSON.parse(text);
    expect(elements.nodes).toContainEqual({ data: expect.objectContaining({ id: 'person:andriy-biletsky', label: 'Andriy Biletsky', kind: 'Person' }) });
    const corroboration = elements.edges
      .map((edge: { data: Record<string, unknown> }) => edge.data)
      .find((data: Record<string, unknown>) => data.type === 'CORROBORATES' && data.source === 'person:yevgeny-prigozhin' && data.target === 'person:andriy-biletsky');
    expect(corroboration).toMatchObject({ weight: expect.any(Number), statementIds: expect.arrayContaining(['statement:azov-advance-2-6-km']) });
    expect(corroboration.weight).toBe(corroboration.statementIds.length);
  });

  it('a graph cut by its limit says so, and how many neighbours were left out behind each node', async () => {
    const { data } = await api.query('{ graph(center: "person:yevgeny-prigozhin", depth: 2, limit: 5) { omitted { nodeId count } } }');
    const text = await downloadText('/export/graph.cyjs?center=person:yevgeny-prigozhin&depth=2&limit=5', 'application/json');
    const exported = JSON.parse(text);
    expect(exported.data.truncated).toBe(true);
    for (const { data: node } of exported.elements.nodes) {
      const expected = data.graph.omitted
        .filter((omitted: { nodeId: string }) => omitted.nodeId === node.id)
        .reduce((sum: number, omitted: { count: number }) => sum + omitted.count, 0);
      expect(node.omitted, node.id).toBe(expected);
    }
    expect(exported.elements.nodes.some((node: { data: { omitted: number } }) => node.data.omitted > 0)).toBe(true);
  });

  it('carries when a relationship holds, whose inference a confirmation is and a hedged claim, and takes at as the graph does', async () => {
    type EdgeRow = EdgeEnds & Record<string, string>;
    const opposition = (await downloadCsv<EdgeRow>('/export/graph.edges.csv?center=organisation:russian-federation&edgeTypes=OPPOSES')).find(
      (edge) => edge.kind === 'OPPOSES',
    );
    expect(opposition).toMatchObject({ source: 'organisation:russian-federation', target: 'organisation:ukraine', since: '2014-02', until: '' });
    expect(await downloadCsv<EdgeRow>('/export/graph.edges.csv?center=organisation:russian-federation&edgeTypes=OPPOSES&at=2013')).toEqual([]);
    const gexf = parseGexf(MultiDirectedGraph, await downloadText('/export/graph.gexf?center=person:yevgeny-prigozhin&edgeTypes=CONFIRMS', 'application/gexf+xml'));
    const inferred = gexf.findEdge((_id, attributes) => attributes.kind === 'CONFIRMS' && attributes.basis === 'INFERRED');
    expect(gexf.getEdgeAttributes(inferred)).toMatchObject({ inferredBy: 'person:roger-housen' });
    const graphml = await downloadText('/export/graph.graphml?center=statement:two-russian-companies-eliminated&edgeTypes=CLAIMS', 'application/graphml+xml');
    expect(graphml).toContain('attr.name="hedged" attr.type="boolean"');
    expect(graphml).toMatch(/<data key="[^"]*hedged[^"]*">true<\/data>/);
  });

  it('lists are repeated or comma-separated parameters, as GraphQL lists', async () => {
    const expected = await graphqlAnswer(
      '{ answer: graph(center: "person:yevgeny-prigozhin", depth: 2, edgeTypes: [CLAIMS, BLAMES]) { nodes { id } edges { id source target } } }',
    );
    for (const parameters of ['edgeTypes=CLAIMS,BLAMES', 'edgeTypes=CLAIMS&edgeTypes=BLAMES']) {
      const text = await downloadText(`/export/graph.cyjs?center=person:yevgeny-prigozhin&depth=2&${parameters}`, 'application/json');
      expect(readers.cyjs!(text)).toEqual(expected);
    }
  });
});

describe('what Excel shows of a CSV export', () => {
  it('a name that reads as a formula is written as text, and reads back as the name', async () => {
    const name = '=HYPERLINK("http://evil.example","x")';
    const { data, errors } = await editor('mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }', {
      input: { name },
    });
    expect(errors).toBeUndefined();
    const id: string = data.createPerson.person.id;

    const response = await downloadFile(`/export/graph.nodes.csv?center=${id}`, 'text/csv');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFid,label,kind,omitted\n')).toBe(true);
    const cells = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
    expect(cells).toEqual([{ id, label: `'${name}`, kind: 'Person', omitted: '0' }]);
    expect(await downloadCsv(`/export/graph.nodes.csv?center=${id}`)).toEqual([{ id, label: name, kind: 'Person', omitted: '0' }]);
  });

  it('non-ASCII text comes out as UTF-8 behind the byte-order mark', async () => {
    const response = await downloadFile('/export/graph.nodes.csv?center=person:yevgeny-prigozhin', 'text/csv');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual(byteOrderMark);
    expect(new TextDecoder().decode(bytes)).toContain('km²');
  });
});

describe('a bad export request gets the error GraphQL gives, as an HTTP status', () => {
  async function errorOf(path: string, status: number) {
    const response = await download(path);
    expect(response.status, path).toBe(status);
    const { errors } = await response.json();
    return errors[0];
  }

  it('depth 9 is 400 BAD_USER_INPUT naming the bound', async () => {
    const error = await errorOf('/export/graph.gexf?center=person:yevgeny-prigozhin&depth=9', 400);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('depth');
    expect(error.message).toContain('3');
  });

  it('an unknown centre is 404 NOT_FOUND', async () => {
    const error = await errorOf('/export/graph.graphml?center=person:nobody', 404);
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.message).toContain('person:nobody');
  });

  it.each([
    ['a missing argument', '/export/paths.gexf?from=person:roger-housen'],
    ['a value of the wrong type', '/export/graph.gexf?center=person:yevgeny-prigozhin&depth=two'],
    ['an unknown parameter', '/export/graph.gexf?centre=person:yevgeny-prigozhin'],
  ])('%s is 400 BAD_USER_INPUT', async (_case, path) => {
    expect((await errorOf(path, 400)).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an unknown export is 404 saying which exist', async () => {
    const error = await errorOf('/export/graph.pdf?center=person:yevgeny-prigozhin', 404);
    expect(error.message).toContain('graph,paths,actorNetwork');
  });
});
