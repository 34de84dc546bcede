import { attributionEdits } from '../../model/kinds.js';
import { builder } from '../builder.js';

export const AttributionEditEnum = builder.enumType('AttributionEdit', {
  description: 'What a reviewer changed in a suggestion before keeping it.',
  values: {
    SPEAKER: { description: 'Another speaker: neither an entity the suggested name matched nor a spelling of that name.' },
    SPEAKER_KIND: { description: 'The speaker is a person where an organisation was suggested, or the other way round.' },
    KIND: { description: 'Another kind: e.g. a claim the rules read as a dispute.' },
    TEXT: { description: 'Other words: the content starts or ends elsewhere.' },
    TARGET: { description: 'For BLAMES: someone else is blamed, or someone where the suggestion named no one.' },
    HEDGED: { description: 'Hedged where it was not, or not where it was.' },
  } satisfies Record<(typeof attributionEdits)[number], unknown>,
});
