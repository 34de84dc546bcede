import type { Counted } from '../../data/facets.js';
import { builder } from '../builder.js';

export const LanguageCountRef = builder.objectRef<Counted<string>>('LanguageCount').implement({
  description: 'How many of the statements are in this language.',
  fields: (t) => ({
    language: t.string({ description: 'BCP 47 tag, e.g. "nl".', resolve: (counted) => counted.value }),
    count: t.exposeInt('count', { description: 'How many statements are in it.' }),
  }),
});
