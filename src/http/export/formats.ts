import { writeCytoscapeJson } from './cytoscape.js';
import type { ExportedGraph } from './exported-graph.js';

/**
 * The XML and CSV writers load at the first export of their format: they and graphology are a few MB in memory that
 * a server nobody exports from never needs.
 */
export type ExportFormat = Readonly<{ contentType: string; write: (graph: ExportedGraph) => Promise<string> }>;

/** The formats by file extension: /export/graph.gexf, /export/graph.nodes.csv … */
export const exportFormats: Readonly<Record<string, ExportFormat>> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: async (graph) => (await import('./graphml.js')).writeGraphml(graph) },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', write: async (graph) => (await import('./gexf.js')).writeGexf(graph) },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8; header=present', write: async (graph) => (await import('./csv.js')).writeNodesCsv(graph) },
  'edges.csv': { contentType: 'text/csv; charset=utf-8; header=present', write: async (graph) => (await import('./csv.js')).writeEdgesCsv(graph) },
  cyjs: { contentType: 'application/json; charset=utf-8', write: async (graph) => writeCytoscapeJson(graph) },
};
