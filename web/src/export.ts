import { element } from './dom.js';
import type { ViewState } from './url-state.js';

const formats = [
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['cyjs', 'Cytoscape JSON'],
  ['nodes.csv', 'nodes CSV'],
  ['edges.csv', 'edges CSV'],
] as const;

/** Links to /export/ for the neighbourhood of the centre, and for the path when one is shown: the same arguments as the view. */
export function showExportLinks(container: HTMLElement, state: ViewState): void {
  if (!state.center) {
    container.replaceChildren();
    return;
  }
  const graphParameters = new URLSearchParams({ center: state.center, depth: String(state.depth) });
  if (state.edgeTypes.length > 0) graphParameters.set('edgeTypes', state.edgeTypes.join(','));
  const links = (field: string, parameters: URLSearchParams): HTMLElement[] =>
    formats.map(([extension, label]) => element('a', { href: `/export/${field}.${extension}?${parameters}`, download: '', 'data-testid': `export-${field}-${extension}` }, label));
  const groups = [element('span', { class: 'export-group' }, 'Export view: ', ...links('graph', graphParameters))];
  if (state.pathFrom && state.pathTo) {
    const pathParameters = new URLSearchParams({ from: state.pathFrom, to: state.pathTo, all: 'true' });
    if (state.edgeTypes.length > 0) pathParameters.set('edgeTypes', state.edgeTypes.join(','));
    groups.push(element('span', { class: 'export-group' }, 'Export paths: ', ...links('paths', pathParameters)));
  }
  container.replaceChildren(...groups);
}
