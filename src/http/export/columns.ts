import { type ColumnValue, edgePropertyNames, edgePropertyTypes, type ExportedEdge, type ExportedNode } from './exported-graph.js';

/** An attribute of a node or an edge in the flat formats: a GraphML key, a GEXF attribute, a CSV column. */
export type Column<Element> = Readonly<{ name: string; type: 'string' | 'int' | 'boolean'; value: (element: Element) => ColumnValue }>;

/** Joins list values in one cell; Cytoscape's table import splits lists on it by default. */
export const listSeparator = '|';

export const nodeColumns: readonly Column<ExportedNode>[] = [
  { name: 'label', type: 'string', value: (node) => node.label },
  { name: 'kind', type: 'string', value: (node) => node.kind },
  { name: 'omitted', type: 'int', value: (node) => node.omitted },
];

export const edgeColumns: readonly Column<ExportedEdge>[] = [
  // Gephi reads a column named "type" as the edge's direction and "kind" as its type, so the type is the kind.
  { name: 'kind', type: 'string', value: (edge) => edge.type },
  { name: 'label', type: 'string', value: (edge) => edge.type },
  { name: 'weight', type: 'int', value: (edge) => edge.weight },
  { name: 'statementIds', type: 'string', value: (edge) => edge.statementIds.join(listSeparator) || null },
  ...edgePropertyNames.map(
    (name): Column<ExportedEdge> => ({ name, type: edgePropertyTypes[name], value: (edge) => edge.properties?.[name] ?? null }),
  ),
];

/** The element's values by column name, leaving out those it has none for. */
export function valuesOf<Element>(columns: readonly Column<Element>[], element: Element): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = {};
  for (const column of columns) {
    const value = column.value(element);
    if (value !== null && value !== '') values[column.name] = value;
  }
  return values;
}
