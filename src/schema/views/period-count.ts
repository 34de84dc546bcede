import type { Counted } from '../../data/facets.js';
import { builder } from '../builder.js';

export const PeriodCountRef = builder.objectRef<Counted<string>>('PeriodCount').implement({
  description: 'How many of the statements are dated in this month, or in this year when known only to the year.',
  fields: (t) => ({
    period: t.field({
      type: 'PartialDate',
      description: 'The month, "2023-05"; or the year, "2023", for statements dated only to the year (never a made-up month).',
      resolve: (counted) => counted.value,
    }),
    count: t.exposeInt('count', { description: 'How many statements are dated in it.' }),
  }),
});
