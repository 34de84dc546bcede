import { languageTag, shortText } from '../../model/fields.js';
import { builder } from '../builder.js';

export const LocalizedNameInput = builder.inputType('LocalizedNameInput', {
  description: 'A name as one language writes it.',
  fields: (t) => ({
    language: t.string({ required: true, description: 'BCP 47 language tag, e.g. "nl", "ru", "uk".', validate: languageTag }),
    name: t.string({ required: true, description: 'The name in that language and its usual script.', validate: shortText }),
  }),
});
