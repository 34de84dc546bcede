import { defineStatementRelation } from './statement-relation.js';

export const ContradictionRef = defineStatementRelation({
  name: 'Contradiction',
  type: 'CONTRADICTS',
  description:
    'One statement contradicts another (CONTRADICTS): both cannot hold, e.g. "a springboard to the surrounding cities" against ' +
    '"mostly a symbolic battle". Read either way; the actor network derives from it that their claimants contradict each other.',
  from: { field: 'statement', description: 'The statement that contradicts.' },
  to: { field: 'contradicts', description: 'The statement it contradicts.' },
  add: { name: 'addContradiction', description: 'Records that one statement contradicts another, with the words that show it.' },
  remove: { name: 'removeContradiction', description: 'Removes that one statement contradicts another.' },
});
