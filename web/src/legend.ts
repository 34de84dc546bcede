import { element } from './dom.js';
import { edgeStyle, edgeStyles, nodeStyles } from './kinds.js';

/** The key to the drawing: a marker and colour per node kind, a colour per relationship type. */
export function showLegend(container: HTMLElement): void {
  const nodeItems = Object.entries(nodeStyles).map(([kind, style]) => {
    const marker = element('span', { class: 'legend-marker', 'aria-hidden': 'true' }, style.marker);
    marker.style.color = style.color;
    return element('li', {}, marker, kind);
  });
  container.replaceChildren(
    element('h2', { class: 'visually-hidden' }, 'Legend'),
    element('ul', { class: 'legend-nodes', 'aria-label': 'Node kinds' }, ...nodeItems),
    relationshipKey(Object.keys(edgeStyles).filter((type) => type !== 'CORROBORATES' && type !== 'CONTRADICTS')),
  );
}

/** A line in its colour and width per relationship type, e.g. for the kinds of attribution marked in an article. */
export function relationshipKey(types: readonly string[]): HTMLUListElement {
  const items = types.map((type) => {
    const style = edgeStyle(type);
    const line = element('span', { class: 'legend-line', 'aria-hidden': 'true' });
    line.style.background = style.color;
    line.style.height = `${Math.max(style.size, 1.5)}px`;
    return element('li', {}, line, style.description);
  });
  return element('ul', { class: 'legend-edges', 'aria-label': 'Relationship types' }, ...items);
}
