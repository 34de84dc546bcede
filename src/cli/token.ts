import { parseArgs } from 'node:util';
import { grantLine, hashToken, newToken, type Role, roles } from '../auth/tokens.js';

const usage = 'Usage: npm run token -- --name <name> --role reader|editor|admin';

const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string', default: 'editor' } } });
const name = values.name ?? '';
const role = values.role as Role;
if (!/^[A-Za-z0-9._@-]{1,100}$/.test(name) || !roles.includes(role)) {
  console.error(usage);
  process.exit(2);
}

const token = newToken();
console.log(`Token for ${name} (${role}); hand it over now, it is not stored anywhere:\n\n  ${token}\n`);
console.log('Give the server this line, in CLAIMGRAPH_TOKENS (entries separated by commas) or in the file CLAIMGRAPH_TOKENS_FILE names:\n');
console.log(`  ${grantLine({ name, role, sha256: hashToken(token) })}\n`);
console.log(`Requests then send the header  Authorization: Bearer ${token}`);
