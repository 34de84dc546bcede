import { type RelationshipRecord } from '../../model/records.js';
import { type RelationshipType, relationshipTypes } from '../../model/kinds.js';
import { builder } from '../builder.js';
import { DatePrecisionEnum } from '../nodes/date.js';
import { storedKeys } from '../lib/look-ahead.js';
import { provenanceFields } from '../nodes/provenance.js';

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The relationship types stored in the graph.',
  values: relationshipTypes,
});

const typeNames: Partial<Record<RelationshipType, string>> = {
  CLAIMS: 'Claim',
  CONFIRMS: 'Confirmation',
  DISPUTES: 'Dispute',
  BLAMES: 'Blame',
  REPORTED_IN: 'SourceQuote',
  LEADS: 'Membership',
  MEMBER_OF: 'Membership',
  MENTIONS: 'Mention',
  PART_OF: 'PartOf',
  LOCATED_IN: 'LocatedIn',
  CONTRADICTS: 'Contradiction',
  SUPPORTS: 'Support',
  RESPONDS_TO: 'Response',
  OPPOSES: 'Opposition',
};

export const RelationshipRef = builder.interfaceRef<RelationshipRecord>('Relationship');

RelationshipRef.implement({
  description: 'A relationship between two nodes, with what the source says about it.',
  resolveType: (relationship) => typeNames[relationship.type] ?? null,
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'Stable id of the relationship, made of its type and ends, e.g. "claims:person:andriy-biletsky->statement:azov-advance-2-6-km".',
      extensions: storedKeys('id'),
    }),
    date: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'When the relationship was made (the claim uttered, the blame laid), as precisely as known.',
      extensions: storedKeys('date'),
      resolve: (relationship) => relationship.date?.value ?? null,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `date` is known to the year, month or day.',
      extensions: storedKeys('date'),
      resolve: (relationship) => relationship.date?.precision ?? null,
    }),
    medium: t.exposeString('medium', {
      nullable: true,
      description: 'How it was said, e.g. "Telegram" or "Telegram video".',
      extensions: storedKeys('medium'),
    }),
    quote: t.exposeString('quote', {
      nullable: true,
      description:
        'The words of the source that show this relationship, verbatim in the source language. On a claim, confirmation or ' +
        'dispute they must stand in a source that reports the statement (see `quoteLocation`).',
      extensions: storedKeys('quote'),
    }),

    ...provenanceFields(t, (relationship) => relationship.provenance),
  }),
});
