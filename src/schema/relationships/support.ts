import { defineStatementRelation } from './statement-relation.js';

export const SupportRef = defineStatementRelation({
  name: 'Support',
  type: 'SUPPORTS',
  description:
    'One statement lends support to another (SUPPORTS): it is a reason to believe it, e.g. Prigozhin\'s own losses in his video ' +
    'behind Housen\'s judgement that the Azov reports are plausible.',
  from: { field: 'statement', description: 'The statement that supports.' },
  to: { field: 'supports', description: 'The statement it supports.' },
  add: { name: 'addSupport', description: 'Records that one statement supports another, with the words that show it.' },
  remove: { name: 'removeSupport', description: 'Removes that one statement supports another.' },
});
