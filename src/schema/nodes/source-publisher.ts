import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import type { Context } from '../../context.js';
import type { SourceRecord } from '../../model/records.js';
import { citationOf } from '../lib/citation.js';
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

/** The name of the organisation that published a source, or null when it names none, or none that is in the graph. */
async function publisherName(source: SourceRecord, context: Context): Promise<string | null> {
  if (!source.publishedBy) return null;
  return OrganisationRef.getDataloader(context)
    .load(source.publishedBy)
    .then((organisation) => organisation.name, () => null);
}

builder.objectField(SourceRef, 'citation', (t) =>
  t.string({
    description:
      'A reference to cite it by, in APA style (7th edition): the authors as APA lists them (surname, initials; "&" before the last; ' +
      'beyond twenty an ellipsis) or the title, the date as precise as known ("n.d." when unknown), the publisher (`publishedBy`, ' +
      'else `publisher`), the URL and the archived copy.',
    extensions: storedKeys('title', 'authors', 'published', 'publisher', 'publishedBy', 'url', 'archiveUrl', 'accessed'),
    resolve: async (source, _args, context) => citationOf(source, await publisherName(source, context)),
  }),
);
