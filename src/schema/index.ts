import { builder } from './builder.js';
import './entity.js';
import './person.js';
import './organisation.js';
import './place.js';
import './statement.js';
import './source.js';
import './claim.js';
import './confirmation.js';
import './dispute.js';
import './blame.js';
import './source-quote.js';
import './membership.js';
import './search.js';

export const schema = builder.toSchema({ sortSchema: false });
