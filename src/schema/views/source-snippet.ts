import type { Snippet } from '../../model/text-hits.js';
import { builder } from '../builder.js';

export const SourceSnippetRef = builder.objectRef<Snippet>('SourceSnippet').implement({
  description:
    'The words found in a source with some text around them, to show with the match highlighted: `before`, `match` and `after` ' +
    'are consecutive in the source\'s text, and cut at spaces.',
  fields: (t) => ({
    before: t.exposeString('before', { description: 'Up to 80 characters before the match.' }),
    match: t.exposeString('match', { description: 'The words found, as the text has them (in its case and accents).' }),
    after: t.exposeString('after', { description: 'Up to 80 characters after the match.' }),
  }),
});
