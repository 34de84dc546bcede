import type { ArgBuilder } from '@pothos/core';
import { partialDate } from '../../model/fields.js';
import type { RelationshipRecord } from '../../model/records.js';
import { storedKeys } from './look-ahead.js';
import type { InputFieldBuilder } from './write-as.js';
import type { BuilderTypes } from './builder-types.js';

type ObjectFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, RelationshipRecord>;
type ArgumentBuilder = ArgBuilder<BuilderTypes>;

/**
 * Since and until when a relationship holds (a membership, a part, a location, an opposition), as partial dates. They are
 * called since and until, not from and to, because from and to are a relationship's ends everywhere else.
 */
export function periodFields(t: ObjectFieldBuilder) {
  return {
    since: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'Since when it holds, only as precisely as known; null when the source does not say.',
      extensions: storedKeys('since'),
      resolve: (relationship) => relationship.since?.value ?? null,
    }),
    until: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'Until when it held; null while it holds, or when the source does not say.',
      extensions: storedKeys('until'),
      resolve: (relationship) => relationship.until?.value ?? null,
    }),
  };
}

/** The same as input of an add mutation: left out keeps what is recorded, null clears it. */
export function periodInputFields(t: InputFieldBuilder) {
  return {
    since: t.string({ description: 'Since when it holds: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
    until: t.string({ description: 'Until when it held: "2023", "2023-08" or "2023-08-23"; leave out while it holds.', validate: partialDate }),
  };
}

/** The `at` argument of a list of time-bound relationships: only those that hold at that date. */
export const atArgument = (arg: ArgumentBuilder) => ({
  at: arg({ type: 'PartialDate', description: 'Only those that hold at this date, e.g. "2023-09"; every one, whenever it held, when omitted.' }),
});
