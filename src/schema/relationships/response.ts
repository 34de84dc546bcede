import { defineStatementRelation } from './statement-relation.js';

export const ResponseRef = defineStatementRelation({
  name: 'Response',
  type: 'RESPONDS_TO',
  description:
    'One statement answers another (RESPONDS_TO), e.g. the Kremlin\'s reassurances about ammunition answering Prigozhin\'s ' +
    'threat to withdraw.',
  from: { field: 'statement', description: 'The statement that answers.' },
  to: { field: 'respondsTo', description: 'The statement it answers.' },
  add: { name: 'addResponse', description: 'Records that one statement answers another, with the words that show it.' },
  remove: { name: 'removeResponse', description: 'Removes that one statement answers another.' },
});
