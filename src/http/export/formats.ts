import { writeCytoscapeJson } from './cytoscape.js';
import { writeEdgesCsv, writeNodesCsv } from './csv.js';
import type { ExportedGraph } from './exported-graph.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';

export type ExportFormat = Readonly<{ contentType: string; write: (graph: ExportedGraph) => string }>;

/** The formats by file extension: /export/graph.gexf, /export/graph.nodes.csv … */
export const exportFormats: Readonly<Record<string, ExportFormat>> = {
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', write: writeGexf },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8; header=present', write: writeNodesCsv },
  'edges.csv': { contentType: 'text/csv; charset=utf-8; header=present', write: writeEdgesCsv },
  cyjs: { contentType: 'application/json; charset=utf-8', write: writeCytoscapeJson },
};
