import { stringify } from 'csv-stringify/sync';
import { edgeColumns, nodeColumns } from './columns.js';
import type { ExportedGraph } from './exported-graph.js';

/** The nodes table: id, then one column per attribute; Gephi's spreadsheet import reads id and label. */
export function writeNodesCsv(graph: ExportedGraph): string {
  return stringify(
    graph.nodes.map((node) => [node.id, ...nodeColumns.map((column) => column.value(node))]),
    { header: true, columns: ['id', ...nodeColumns.map((column) => column.name)] },
  );
}

/** The edges table: id, source and target, then one column per attribute. */
export function writeEdgesCsv(graph: ExportedGraph): string {
  return stringify(
    graph.edges.map((edge) => [edge.id, edge.source, edge.target, ...edgeColumns.map((column) => column.value(edge))]),
    { header: true, columns: ['id', 'source', 'target', ...edgeColumns.map((column) => column.name)] },
  );
}
