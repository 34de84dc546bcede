import type { ExportedGraph } from './exported-graph.js';

/**
 * Cytoscape JSON (.cyjs), read by Cytoscape desktop and cytoscape.js. Cytoscape desktop labels nodes by
 * `name` and types edges by `interaction`, so those repeat `label` and `type`.
 */
export function writeCytoscapeJson(graph: ExportedGraph): string {
  const elements = {
    nodes: graph.nodes.map((node) => ({ data: { id: node.id, label: node.label, name: node.label, kind: node.kind, omitted: node.omitted } })),
    edges: graph.edges.map((edge) => ({
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        interaction: edge.type,
        weight: edge.weight,
        statementIds: edge.statementIds,
        ...Object.fromEntries(Object.entries(edge.properties ?? {}).filter(([, value]) => value !== null)),
      },
    })),
  };
  return JSON.stringify({ data: { name: 'claimgraph', truncated: graph.truncated }, elements }, null, 2);
}
