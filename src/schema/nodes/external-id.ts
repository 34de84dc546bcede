import { type ExternalId, externalId, externalIdSchemes, externalIdUrl } from '../../model/external-ids.js';
import { builder } from '../builder.js';

export const ExternalIdSchemeEnum = builder.enumType('ExternalIdScheme', {
  description: 'A registry whose ids join an entity with other datasets.',
  values: {
    WIKIDATA: { description: 'A Wikidata item: Q and a number, e.g. "Q7747" (Vladimir Putin).' },
    ISNI: { description: 'An International Standard Name Identifier: 15 digits and a check character, e.g. "0000 0001 2103 2683".' },
    VIAF: { description: 'A Virtual International Authority File id: digits.' },
    OPENSANCTIONS: { description: 'An OpenSanctions entity id, e.g. "Q7747" or "ofac-12345".' },
    URL: { description: 'A page that identifies it, an http or https address.' },
  } satisfies Record<(typeof externalIdSchemes)[number], unknown>,
});

export const ExternalIdRef = builder.objectRef<ExternalId>('ExternalId');

ExternalIdRef.implement({
  description: "An entity's id in a registry, e.g. WIKIDATA Q7747.",
  fields: (t) => ({
    scheme: t.field({ type: ExternalIdSchemeEnum, description: 'The registry.', resolve: (id) => id.scheme }),
    value: t.exposeString('value', { description: 'The id there, as the registry writes it (an ISNI without spaces).' }),
    url: t.string({ description: "Where a person can read the registry's record.", resolve: externalIdUrl }),
  }),
});

export const ExternalIdInput = builder
  .inputType('ExternalIdInput', {
    description: "An entity's id in a registry; the value is checked by its scheme's rule.",
    fields: (t) => ({
      scheme: t.field({ type: ExternalIdSchemeEnum, required: true, description: 'The registry.' }),
      value: t.string({ required: true, description: 'The id there, e.g. "Q7747" for WIKIDATA.' }),
    }),
  })
  .validate(externalId);
