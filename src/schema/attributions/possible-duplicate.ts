import type { SimilarStatement } from '../../data/similar-statements.js';
import { builder } from '../builder.js';
import { StatementRef } from '../nodes/statement.js';

export const PossibleDuplicateRef = builder.objectRef<SimilarStatement>('PossibleDuplicate').implement({
  description: 'A statement already in the graph that looks like the claim a suggestion reads, and how much.',
  fields: (t) => ({
    statement: t.field({ type: StatementRef, description: 'The statement as stored.', resolve: (duplicate) => duplicate.statement }),
    overlap: t.exposeFloat('overlap', {
      description: "Share of the claim's significant words (of four letters or more, by their first five) the statement also has, 0 to 1.",
    }),
    sameSpeaker: t.exposeBoolean('sameSpeaker', { description: "Whether one of the suggestion's possible speakers already claims, confirms or disputes it." }),
  }),
});
