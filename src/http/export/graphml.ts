import { XMLBuilder } from 'fast-xml-parser';
import { type Column, edgeColumns, nodeColumns, valuesOf } from './columns.js';
import type { ExportedGraph } from './exported-graph.js';

type Domain = 'graph' | 'node' | 'edge';

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

// Key ids carry their domain, so that a node and an edge attribute of one name never share a key.
const keyId = (domain: Domain, name: string) => `${domain}-${name}`;

function keysOf<Element>(domain: Domain, columns: readonly Column<Element>[]) {
  return columns.map((column) => ({ '@id': keyId(domain, column.name), '@for': domain, '@attr.name': column.name, '@attr.type': column.type }));
}

function dataOf<Element>(domain: Domain, columns: readonly Column<Element>[], element: Element) {
  return Object.entries(valuesOf(columns, element)).map(([name, value]) => ({ '@key': keyId(domain, name), '#text': String(value) }));
}

/** GraphML for yEd, Gephi and NetworkX: one key per attribute, a directed graph. */
export function writeGraphml(graph: ExportedGraph): string {
  return xml.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    graphml: {
      '@xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [
        { '@id': keyId('graph', 'truncated'), '@for': 'graph', '@attr.name': 'truncated', '@attr.type': 'boolean' },
        ...keysOf('node', nodeColumns),
        ...keysOf('edge', edgeColumns),
      ],
      graph: {
        '@id': 'claimgraph',
        '@edgedefault': 'directed',
        data: { '@key': keyId('graph', 'truncated'), '#text': String(graph.truncated) },
        node: graph.nodes.map((node) => ({ '@id': node.id, data: dataOf('node', nodeColumns, node) })),
        edge: graph.edges.map((edge) => ({
          '@id': edge.id,
          '@source': edge.source,
          '@target': edge.target,
          data: dataOf('edge', edgeColumns, edge),
        })),
      },
    },
  });
}
