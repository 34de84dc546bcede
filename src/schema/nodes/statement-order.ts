import { statementOrderFields } from '../../model/kinds.js';
import { builder } from '../builder.js';

export const StatementOrderFieldEnum = builder.enumType('StatementOrderField', {
  description: 'What to order statements by; ties go by id, in the same direction.',
  values: {
    CONFIRMATIONS: { description: 'How many actors confirm it: the most confirmed first, with DESC.' },
    DISPUTES: { description: 'How many actors dispute it.' },
    CLAIMANTS: { description: 'How many actors claim it.' },
    SOURCES: { description: 'How many sources report it.' },
    DATE: { description: 'When it was said (the first day its date may mean); undated statements are left out.' },
  } satisfies Record<(typeof statementOrderFields)[number], unknown>,
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Which way to order.',
  values: { ASC: { description: 'Smallest or earliest first.' }, DESC: { description: 'Largest or latest first.' } },
});

export const StatementOrderInput = builder.inputType('StatementOrder', {
  description: 'An order for a list of statements, e.g. `{ field: CONFIRMATIONS, direction: DESC }` for the most confirmed first.',
  fields: (t) => ({
    field: t.field({ type: StatementOrderFieldEnum, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'DESC', required: true, description: 'Which way; DESC unless told.' }),
  }),
});
