import { searchWords } from '../../model/fields.js';
import { builder } from '../builder.js';

export const EntityFilterInput = builder.inputType('EntityFilter', {
  description: 'Narrows a list of people, organisations or places.',
  fields: (t) => ({
    name: t.string({
      description: 'Part of a name or alias in any language, ignoring case and accents: "prigoz" finds Prigozhin.',
      validate: searchWords,
    }),
  }),
});
