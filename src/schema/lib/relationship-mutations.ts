import type { InputFieldMap, InputShapeFromFields, OutputRef } from '@pothos/core';
import type { RelationshipChange } from '../../data/document-properties.js';
import { longText, partialDate, relationshipIdField, shortText } from '../../model/fields.js';
import type { NodeRecord, RelationshipRecord } from '../../model/records.js';
import { addRelationship, type EndFields, removeRelationshipOf } from '../../writes/relationships.js';
import { builder } from '../builder.js';
import { type InputFieldBuilder, writeAs } from './write-as.js';

/** A field of both payloads of a relationship's mutations: the relationship itself, or one of its ends. */
type PayloadField = Readonly<{
  type: OutputRef<RelationshipRecord | NodeRecord | string>;
  of: 'relationship' | 'from' | 'to';
  /** Its description in the add payload, and in the remove payload. */
  added: string;
  removed: string;
}>;

/** A mutation's name, as written where it is defined, and the descriptions of its input, field and payload. */
type Wording<Name extends string> = Readonly<{ name: Name; input: string; description: string; payload: string }>;

type RelationshipMutationOptions<Ends extends InputFieldMap, Properties extends InputFieldMap> = Readonly<{
  /** The input fields that pick out one edge: its ends, and for a blame its statement, for a quote its start. */
  ends: (t: InputFieldBuilder) => Ends;
  /** What the add mutation takes beyond them. */
  properties?: (t: InputFieldBuilder) => Properties;
  /** The input fields that hold the relationship's from and to ends. */
  from: keyof Ends & string;
  to: keyof Ends & string;
  /**
   * The relationship an input describes, with a property left out as undefined and one cleared as null;
   * the remove mutation gives only the ends, which are all that identify it.
   */
  relationship: (input: InputShapeFromFields<Ends> & Partial<InputShapeFromFields<Properties>>) => RelationshipChange;
  /** The payloads' fields, by name; a function, as the types it names may not be defined yet when this runs. */
  payload: () => Readonly<Record<string, PayloadField>>;
  add: Wording<`add${string}`> & Readonly<{ created: string }>;
  remove: Wording<`remove${string}`>;
}>;

/**
 * Defines a relationship's add mutation (which merges a repeated relationship, changing only the properties given, and says
 * whether it created one and which properties it changed) and its remove mutation (which returns the relationship as it was):
 * both take the same ends, and answer with the same fields.
 */
export function defineRelationshipMutations<Ends extends InputFieldMap, Properties extends InputFieldMap = {}>(
  options: RelationshipMutationOptions<Ends, Properties>,
) {
  type Input = InputShapeFromFields<Ends> & Partial<InputShapeFromFields<Properties>>;
  const endFields: EndFields = { from: options.from, to: options.to };
  const ofRelationship = (relationship: RelationshipRecord, of: PayloadField['of']) =>
    of === 'relationship' ? relationship : relationship[of];
  builder.relayMutationField(
    options.add.name,
    {
      description: options.add.input,
      // The fields' shapes are the caller's; typed here as any input fields, the input is cast back to them.
      inputFields: (t): InputFieldMap => ({ ...options.ends(t), ...options.properties?.(t) }),
    },
    {
      description: options.add.description,
      resolve: (_root, { input }, context) =>
        writeAs(context, (transaction, stamp) => addRelationship(transaction, stamp, options.relationship(input as Input), endFields)),
    },
    {
      description: options.add.payload,
      outputFields: (t) => ({
        ...Object.fromEntries(
          Object.entries(options.payload()).map(([name, field]) => [
            name,
            t.field({
              type: field.type as OutputRef<RelationshipRecord | NodeRecord>,
              description: field.added,
              resolve: ({ relationship }) => ofRelationship(relationship, field.of),
            }),
          ]),
        ),
        created: t.exposeBoolean('created', { description: options.add.created }),
        updatedProperties: t.stringList({
          description:
            'The properties that differed on a relationship that existed and now hold the values given, as the input names them, ' +
            'e.g. ["medium"]; empty when it was created or already held them, and then its updatedAt and updatedBy stay as they were.',
          resolve: ({ updatedProperties }) => updatedProperties,
        }),
      }),
    },
  );
  builder.relayMutationField(
    options.remove.name,
    {
      description: options.remove.input,
      inputFields: (t): InputFieldMap => ({
        ...options.ends(t),
        id: t.id({
          description:
            'Which relationship between these ends, by its id: needed only where a merge kept two apart between them ' +
            '(the second one\'s id ends in "+" and the id of the entity or statement it came from).',
          validate: relationshipIdField,
        }),
      }),
    },
    {
      description: options.remove.description,
      resolve: (_root, { input }, context) =>
        writeAs(context, (transaction, stamp) =>
          removeRelationshipOf(transaction, stamp, { ...options.relationship(input as Input), id: idOf(input) }),
        ),
    },
    {
      description: options.remove.payload,
      outputFields: (t) =>
        Object.fromEntries(
          Object.entries(options.payload()).map(([name, field]) => [
            name,
            t.field({
              type: field.type as OutputRef<RelationshipRecord | NodeRecord>,
              description: field.removed,
              resolve: (removed) => ofRelationship(removed, field.of),
            }),
          ]),
        ),
    },
  );
}

/** The id a remove mutation's input gives, if any. */
const idOf = (input: Readonly<{ id?: unknown }>) => (input.id == null ? undefined : String(input.id));

/** Wording that replaces the usual description of the date or medium of a relationship to a statement. */
type StatementRelationshipWording = Readonly<Partial<Record<'date' | 'medium', string>>>;

/** The date, medium and quote of a relationship to a statement: when and how it was said, and the source's words. */
export function statementRelationshipFields(t: InputFieldBuilder, wording: StatementRelationshipWording = {}) {
  return {
    date: t.string({ description: wording.date ?? 'When: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
    medium: t.string({ description: wording.medium ?? 'How it was said.', validate: shortText }),
    quote: t.string({ description: 'The words of the source that show it, verbatim.', validate: longText }),
  };
}

/** The relationship properties of statementRelationshipFields: one left out keeps what is recorded, a null clears it. */
export function statementRelationship(input: Readonly<{ date?: string | null; medium?: string | null; quote?: string | null }>) {
  return { date: input.date, medium: input.medium, quote: input.quote };
}

