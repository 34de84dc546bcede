/** A drawable graph as `graph` and `paths` return it (the fields graph.graphql and paths.graphql ask for). */

/** What the drawing shows of a statement: when it was said, how well it stands, and how often it is disputed. */
export type StatementLook = Readonly<{
  date: string | null;
  verificationStatus: string;
  disputeCount: number;
}>;

export type GraphNode = Readonly<{ id: string; kind: string; label: string; node?: Partial<StatementLook> }>;

/**
 * How often a statement is challenged: the disputes the API names (all of them, drawn or not) and the contradictions
 * drawn at it; 0 for other nodes.
 */
export const challengesOf = (node: GraphNode, edges: readonly GraphEdge[]): number =>
  (node.node?.disputeCount ?? 0) + edges.filter((edge) => edge.type === 'CONTRADICTS' && (edge.source === node.id || edge.target === node.id)).length;

export type EdgeProperties = Readonly<{
  date: string | null;
  medium: string | null;
  quote: string | null;
  reason: string | null;
  role: string | null;
  strength: string | null;
  statementId: string | null;
  basis?: string | null;
  inferredBy?: string | null;
  hedged?: boolean | null;
  since?: string | null;
  until?: string | null;
  /** For a structural relationship: whose BACKGROUND knowledge it is, and the words of the sources that state it. */
  knownBy?: string | null;
  sources?: readonly { quote: string }[];
}>;

export type GraphEdge = Readonly<{
  id: string;
  type: string;
  source: string;
  target: string;
  weight: number;
  statementIds: readonly string[];
  properties: EdgeProperties | null;
}>;

export type OmittedCount = Readonly<{ nodeId: string; kind: string; count: number }>;

export type GraphAnswer = Readonly<{
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  truncated: boolean;
  omitted: readonly OmittedCount[];
}>;

/** The statement that stands behind an edge, whose evidence a click on it shows: the first the API names. */
export const statementBehind = (edge: GraphEdge): string | undefined => edge.statementIds[0];
