import { element } from './dom.js';
import type { EdgeProperties } from './graph-answer.js';

/**
 * What a structural relationship (a membership, a part, a location, an opposition) rests on, for the panel of a selected relationship:
 * the words of the sources that state it, or whose background knowledge it is, or that nothing says.
 */
export function structuralGrounds(properties: EdgeProperties | null): HTMLElement {
  const sources = properties?.sources ?? [];
  if (sources.length > 0) {
    return element(
      'div',
      { 'data-testid': 'structural-grounds', 'data-grounds': 'sourced' },
      element('p', {}, sources.length === 1 ? 'Sourced: a source states it.' : `Sourced: ${sources.length} sources state it.`),
      ...sources.map((cited) => element('blockquote', {}, cited.quote)),
    );
  }
  const background = properties?.basis === 'BACKGROUND';
  return element(
    'p',
    { 'data-testid': 'structural-grounds', 'data-grounds': background ? 'background' : 'unstated' },
    background ? `Background knowledge of ${properties?.knownBy ?? 'its modeller'}; no source states it.` : 'No source or basis is recorded for it.',
  );
}
