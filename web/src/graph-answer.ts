/** A drawable graph as `graph` and `paths` return it (the fields graph.graphql and paths.graphql ask for). */
export type GraphNode = Readonly<{ id: string; kind: string; label: string }>;

export type EdgeProperties = Readonly<{
  date: string | null;
  medium: string | null;
  quote: string | null;
  reason: string | null;
  role: string | null;
  strength: string | null;
  statementId: string | null;
  /** For a structural tie: BACKGROUND knowledge of knownBy, or the words of the sources that state it. */
  basis?: string | null;
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
