import { dateRangeParameters } from '../model/dates.js';
import type { NodeSelection } from './pages.js';

export type SourceFilter = Readonly<{ language?: string | null; from?: string | null; to?: string | null }>;

/** Sources in a language, published in a period that overlaps the range. */
export function sourceSelection(filter: SourceFilter): NodeSelection {
  return {
    label: 'Source',
    where: `($language IS NULL OR n.language = $language)
      AND ($from IS NULL OR n.publishedEnd >= $from)
      AND ($to IS NULL OR n.publishedStart <= $to)`,
    parameters: {
      language: filter.language ?? null,
      ...dateRangeParameters(filter),
    },
  };
}
