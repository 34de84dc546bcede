import { element } from './dom.js';
import { edgeStyles, nodeStyles } from './kinds.js';

/** The key to the drawing: a marker and colour per node kind, a colour per relationship type. */
export function showLegend(container: HTMLElement): void {
  const nodeItems = Object.entries(nodeStyles).map(([kind, style]) => {
    const marker = element('span', { class: 'legend-marker', 'aria-hidden': 'true' }, style.marker);
    marker.style.color = style.color;
    return element('li', {}, marker, kind);
  });
  const edgeItems = Object.entries(edgeStyles)
    .filter(([type]) => type !== 'CORROBORATES' && type !== 'CONTRADICTS')
    .map(([, style]) => {
      const line = element('span', { class: 'legend-line', 'aria-hidden': 'true' });
      line.style.background = style.color;
      line.style.height = `${Math.max(style.size, 1.5)}px`;
      return element('li', {}, line, style.description);
    });
  container.replaceChildren(
    element('h2', { class: 'visually-hidden' }, 'Legend'),
    element('ul', { class: 'legend-nodes', 'aria-label': 'Node kinds' }, ...nodeItems),
    element('ul', { class: 'legend-edges', 'aria-label': 'Relationship types' }, ...edgeItems),
  );
}
