import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { edgeColumns, nodeColumns, valuesOf } from './columns.js';
import type { ExportedGraph } from './exported-graph.js';

/**
 * GEXF 1.3 for Gephi: nodes with their label, edges with their type as kind and label and their weight,
 * the other values as attributes.
 */
export function writeGexf(graph: ExportedGraph): string {
  // Multi: two actors can both corroborate and blame each other.
  const gephiGraph = new MultiDirectedGraph();
  gephiGraph.setAttribute('creator', 'claimgraph');
  if (graph.truncated) gephiGraph.setAttribute('description', 'A limit left nodes out; each node\'s "omitted" says how many.');
  for (const node of graph.nodes) gephiGraph.addNode(node.id, valuesOf(nodeColumns, node));
  for (const edge of graph.edges) gephiGraph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, valuesOf(edgeColumns, edge));
  return write(gephiGraph, { version: '1.3', pedantic: true });
}
