import { knownBy, relationshipSources } from '../../model/fields.js';
import type { RelationshipRecord, RelationshipSource } from '../../model/records.js';
import { BasisEnum } from './basis.js';
import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';
import type { InputFieldBuilder } from '../lib/write-as.js';
import { SourceRef } from '../nodes/source.js';

export const RelationshipSourceRef = builder.objectRef<RelationshipSource>('RelationshipSource');

RelationshipSourceRef.implement({
  description:
    'A source that states a structural relationship, with its words and where they stand in its text (UTF-16 code units), ' +
    'so that `source.text` sliced from `start` to `end` equals `quote`.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The source that states the relationship.', resolve: (cited) => cited.sourceId }),
    quote: t.exposeString('quote', { description: 'Its words that state it, verbatim.' }),
    start: t.exposeInt('start', { description: 'Offset of the first character of the quote in the source text.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
  }),
});

export const RelationshipSourceInput = builder.inputType('RelationshipSourceInput', {
  description: 'A source that states a structural relationship, and its words: they must stand in its text, word for word.',
  fields: (t) => ({
    source: t.id({ required: true, description: 'The id of the source.' }),
    quote: t.string({ required: true, description: 'Its words that state the relationship, verbatim.' }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;

/** What a structural relationship rests on: the sources that state it, or whose background knowledge it is. */
export function structuralGroundsFields(t: PothosSchemaTypes.ObjectFieldBuilder<Types, RelationshipRecord>) {
  return {
    sources: t.field({
      type: [RelationshipSourceRef],
      description: 'The sources that state it, each with its words; empty when none is named (see `basis`).',
      extensions: storedKeys('sourceIds', 'sourceQuotes', 'sourceStarts', 'sourceEnds'),
      resolve: (relationship) => relationship.sources,
    }),
    basis: t.field({
      type: BasisEnum,
      nullable: true,
      description: 'BACKGROUND when it is the background knowledge of `knownBy` rather than the words of a source; null otherwise.',
      extensions: storedKeys('basis'),
      resolve: (relationship) => (relationship.basis === 'BACKGROUND' ? 'BACKGROUND' : null),
    }),
    knownBy: t.exposeString('knownBy', {
      nullable: true,
      description: 'Whose background knowledge it is, e.g. "the seed\'s modeller"; null unless `basis` is BACKGROUND.',
      extensions: storedKeys('knownBy'),
    }),
  };
}

/** The same as input of an add mutation: left out keeps what is recorded, null clears it. */
export function structuralGroundsInputFields(t: InputFieldBuilder) {
  return {
    sources: t.field({
      type: [RelationshipSourceInput],
      description: 'The sources that state it, each with its words as they stand in its text (at most 20); they replace those recorded.',
      validate: relationshipSources,
    }),
    basis: t.field({ type: BasisEnum, description: 'BACKGROUND: the background knowledge of knownBy rather than any source\'s words.' }),
    knownBy: t.string({ description: 'For BACKGROUND: whose knowledge it is, a person or team as they sign.', validate: knownBy }),
  };
}

/** The relationship properties of structuralGroundsInputFields. */
export function structuralGrounds(
  input: Readonly<{
    sources?: readonly { source: string | number; quote: string }[] | null;
    basis?: 'STATED' | 'INFERRED' | 'BACKGROUND' | null;
    knownBy?: string | null;
  }>,
) {
  return {
    sources: input.sources && input.sources.map((cited) => ({ source: String(cited.source), quote: cited.quote })),
    basis: input.basis,
    knownBy: input.knownBy,
  };
}
