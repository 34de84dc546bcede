import { element } from './dom.js';
import { challengesOf, type GraphEdge, type GraphNode } from './graph-answer.js';
import { contestedRing, contestedRingWidth, edgeStyle, edgeTypes, nodeStyles, statusStyles } from './kind-styles.js';

/**
 * The key to what is drawn: a marker and colour per node kind, a fill per statement status and the ring of a
 * contested statement where they are drawn, and a line per relationship type drawn. Every entry comes from kinds.ts,
 * the table the drawing reads, in its order.
 */
export function showLegend(container: HTMLElement, nodes: readonly GraphNode[], edges: readonly GraphEdge[]): void {
  const nodeItems = Object.entries(nodeStyles).map(([kind, style]) => {
    const marker = element('span', { class: 'legend-marker', 'aria-hidden': 'true' }, style.marker);
    marker.style.color = style.color;
    return element('li', { 'data-kind': kind }, marker, kind);
  });
  const statuses = new Set(nodes.map((node) => node.node?.verificationStatus).filter((status) => status !== undefined));
  const statusItems = Object.entries(statusStyles)
    .filter(([status]) => statuses.has(status))
    .map(([status, style]) => {
      const dot = element('span', { class: 'legend-dot', 'aria-hidden': 'true' });
      dot.style.background = style.color;
      return element('li', { 'data-status': status }, dot, style.description);
    });
  const contested = nodes.some((node) => challengesOf(node, edges) > 0);
  const ring = element('span', { class: 'legend-dot legend-ring', 'aria-hidden': 'true' });
  ring.style.borderColor = contestedRing.color;
  ring.style.borderWidth = `${contestedRingWidth(2)}px`;
  const drawnTypes = new Set(edges.map((edge) => edge.type));
  container.replaceChildren(
    element('h2', { class: 'visually-hidden' }, 'Legend'),
    element('ul', { class: 'legend-nodes', 'aria-label': 'Node kinds' }, ...nodeItems),
    ...(statusItems.length > 0 || contested
      ? [
          element(
            'ul',
            { class: 'legend-statuses', 'aria-label': 'Statements' },
            element('li', { class: 'legend-heading' }, 'Statements:'),
            ...statusItems,
            ...(contested ? [element('li', { 'data-status': 'contested' }, ring, 'disputed or contradicted (wider: more often)')] : []),
          ),
        ]
      : []),
    relationshipKey([...edgeTypes.filter((type) => drawnTypes.has(type)), ...[...drawnTypes].filter((type) => !(edgeTypes as string[]).includes(type))]),
  );
}

/** A line in its colour and width per relationship type, e.g. for the kinds of attribution marked in an article. */
export function relationshipKey(types: readonly string[]): HTMLUListElement {
  const items = types.map((type) => {
    const style = edgeStyle(type);
    const line = element('span', { class: 'legend-line', 'aria-hidden': 'true' });
    line.style.background = style.color;
    line.style.height = `${Math.max(style.size, 1.5)}px`;
    return element('li', { 'data-edge-type': type }, line, style.description);
  });
  return element('ul', { class: 'legend-edges', 'aria-label': 'Relationship types' }, ...items);
}
