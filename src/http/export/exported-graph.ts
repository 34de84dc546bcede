/** A property's value as the flat formats write it. */
export type ColumnValue = string | number | boolean | null;

/** The types an edge property has in the flat formats; the GraphQL `EdgeProperties` fields, by name. */
export const edgePropertyTypes = {
  date: 'string',
  datePrecision: 'string',
  medium: 'string',
  quote: 'string',
  strength: 'string',
  reason: 'string',
  statementId: 'string',
  start: 'int',
  end: 'int',
  role: 'string',
  since: 'string',
  until: 'string',
  basis: 'string',
  inferredBy: 'string',
  hedged: 'boolean',
  credibility: 'int',
} as const;

export type EdgePropertyName = keyof typeof edgePropertyTypes;
export const edgePropertyNames = Object.keys(edgePropertyTypes) as EdgePropertyName[];

/** A graph as the GraphQL API answers `graph`, `actorNetwork` or each of `paths`. */
export type GraphAnswer = Readonly<{
  nodes: readonly Readonly<{ id: string; kind: string; label: string }>[];
  edges: readonly Readonly<{
    id: string;
    type: string;
    source: string;
    target: string;
    weight: number;
    statementIds: readonly string[];
    properties: Readonly<Record<EdgePropertyName, ColumnValue>> | null;
  }>[];
  truncated?: boolean;
  omitted?: readonly Readonly<{ nodeId: string; kind: string; count: number }>[];
}>;

export type ExportedNode = GraphAnswer['nodes'][number] & Readonly<{ omitted: number }>;
export type ExportedEdge = GraphAnswer['edges'][number];

/** What every format writes: each node and edge once, and how many neighbours a limit left out behind each node. */
export type ExportedGraph = Readonly<{
  nodes: readonly ExportedNode[];
  edges: readonly ExportedEdge[];
  truncated: boolean;
}>;

/** One graph from one answer, or the union of several (the paths between two nodes). */
export function exportedGraph(answers: readonly GraphAnswer[]): ExportedGraph {
  const omittedBehind = new Map<string, number>();
  for (const omitted of answers.flatMap((answer) => answer.omitted ?? [])) {
    omittedBehind.set(omitted.nodeId, (omittedBehind.get(omitted.nodeId) ?? 0) + omitted.count);
  }
  const nodes = new Map<string, ExportedNode>();
  const edges = new Map<string, ExportedEdge>();
  for (const answer of answers) {
    for (const node of answer.nodes) nodes.set(node.id, { ...node, omitted: omittedBehind.get(node.id) ?? 0 });
    for (const edge of answer.edges) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: answers.some((answer) => answer.truncated),
  };
}
