import { stringify } from 'csv-stringify/sync';
import { edgeColumns, nodeColumns } from './columns.js';
import type { ExportedGraph } from './exported-graph.js';

/** Characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];

/**
 * A text cell a spreadsheet shows as text: one that would start a formula gets a leading `'`, which
 * Excel, LibreOffice and Google Sheets hide. Only text is neutralised; a number, negative ones included,
 * is written as the number it is, since a cell that parses as a number cannot call anything.
 */
export function neutralisedCell(text: string): string {
  return formulaStarts.some((start) => text.startsWith(start)) ? `'${text}` : text;
}

/** A byte-order mark first, so that Excel reads the file as UTF-8 ("km²", "Пригожин"), not as its local code page. */
const options = { header: true, bom: true, cast: { string: neutralisedCell, boolean: (value: boolean) => String(value) } } as const;

/** The nodes table: id, then one column per attribute; Gephi's spreadsheet import reads id and label. */
export function writeNodesCsv(graph: ExportedGraph): string {
  return stringify(
    graph.nodes.map((node) => [node.id, ...nodeColumns.map((column) => column.value(node))]),
    { ...options, columns: ['id', ...nodeColumns.map((column) => column.name)] },
  );
}

/** The edges table: id, source and target, then one column per attribute. */
export function writeEdgesCsv(graph: ExportedGraph): string {
  return stringify(
    graph.edges.map((edge) => [edge.id, edge.source, edge.target, ...edgeColumns.map((column) => column.value(edge))]),
    { ...options, columns: ['id', 'source', 'target', ...edgeColumns.map((column) => column.name)] },
  );
}
