import type { TextSpan } from '../../suggest/suggest.js';
import { builder } from '../builder.js';

export const TextSpanRef = builder.objectRef<TextSpan>('TextSpan').implement({
  description: 'A stretch of a text: its words and where they are, in UTF-16 code units as the import counts offsets.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The words, exactly as the text has them between start and end.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});
