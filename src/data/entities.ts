import { foldDiacritics } from '../model/names.js';
import type { EntityKind } from '../model/kinds.js';
import type { NodeSelection } from './pages.js';

export type EntityFilter = Readonly<{
  /** Part of any name or alias, matched without regard to case or accents. */
  name?: string | null;
}>;

export function entitySelection(kind: EntityKind, filter: EntityFilter): NodeSelection {
  return {
    label: kind,
    where: '$name IS NULL OR n.foldedNames CONTAINS $name',
    parameters: { name: filter.name ? foldDiacritics(filter.name) : null },
  };
}
