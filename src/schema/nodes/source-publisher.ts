import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import { OrganisationRef } from './organisation.js';
import { SourceRef } from './source.js';

// Apart from source.ts: importing the organisation type there would load the person and organisation types before the
// entity interface they implement.
builder.objectField(SourceRef, 'publishedBy', (t) =>
  t.field({
    type: OrganisationRef,
    nullable: true,
    description: 'The news outlet that published it, as an organisation of the graph, which can claim what the article itself asserts.',
    extensions: storedKeys('publishedBy'),
    resolve: (source) => source.publishedBy,
  }),
);
