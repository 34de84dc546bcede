import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, hashToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { schema } from '../src/schema/index.js';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

const api = openTestApi();
const closedApi = openTestApi(testAccessPolicy(true));
beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await api.close();
  await closedApi.close();
});

const person = 'person:roger-housen';
const organisation = 'organisation:wagner-group';
const statement = 'statement:azov-advance-2-6-km';
const source = 'source:bakhmut-azov-wagner-2023-05';
const ends = {
  claim: { actor: person, statement },
  confirmation: { confirmer: person, statement },
  dispute: { disputer: person, statement },
  blame: { blamer: person, blamed: organisation, statement },
  mention: { statement, entity: 'place:bakhmut' },
  sourceQuote: { statement, source, start: 0 },
  membership: { member: person, organisation, kind: 'MEMBER_OF' },
  partOf: { organisation: 'organisation:kremlin', partOf: 'organisation:russian-federation' },
  locatedIn: { place: 'place:kyiv', locatedIn: 'place:ukraine' },
};

/** For every mutation, an input an editor could write: refusing it can only be for want of the right token. */
const validInputs: Record<string, Record<string, unknown>> = {
  createPerson: { name: 'Valery Gerasimov' },
  upsertPerson: { name: 'Valery Gerasimov' },
  updatePerson: { id: person, description: 'Retired colonel' },
  deletePerson: { id: person, cascade: false },
  createOrganisation: { name: 'Rosgvardia', kind: 'ARMED_FORCES' },
  upsertOrganisation: { name: 'Rosgvardia', kind: 'ARMED_FORCES' },
  updateOrganisation: { id: organisation, description: 'Private military company' },
  deleteOrganisation: { id: organisation },
  createPlace: { name: 'Soledar', kind: 'CITY' },
  upsertPlace: { name: 'Soledar', kind: 'CITY' },
  updatePlace: { id: 'place:bakhmut', latitude: 48.6 },
  deletePlace: { id: 'place:bakhmut' },
  createStatement: { text: 'Bachmoet is gevallen.', language: 'nl' },
  updateStatement: { id: statement, verificationStatus: 'CONFIRMED' },
  deleteStatement: { id: statement },
  createSource: { title: 'Bericht', language: 'nl', text: 'Bachmoet is gevallen.' },
  updateSource: { id: source, publisher: 'VRT NWS' },
  deleteSource: { id: source },
  addClaim: ends.claim,
  removeClaim: ends.claim,
  addConfirmation: { ...ends.confirmation, strength: 'WEAK' },
  removeConfirmation: ends.confirmation,
  addDispute: ends.dispute,
  removeDispute: ends.dispute,
  addBlame: { ...ends.blame, reason: 'everything' },
  removeBlame: ends.blame,
  addMention: ends.mention,
  removeMention: ends.mention,
  addSourceQuote: { ...ends.sourceQuote, end: 7, quote: 'Volgens' },
  removeSourceQuote: ends.sourceQuote,
  addMembership: ends.membership,
  removeMembership: ends.membership,
  addPartOf: ends.partOf,
  removePartOf: ends.partOf,
  addLocatedIn: ends.locatedIn,
  removeLocatedIn: ends.locatedIn,
  importDocument: { document: JSON.parse(readFileSync(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8')) },
};

const mutations = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
  name: field.name,
  document: `mutation ($input: ${field.name[0]!.toUpperCase()}${field.name.slice(1)}Input!) { ${field.name}(input: $input) { __typename } }`,
  input: validInputs[field.name],
}));

describe('who may write', () => {
  it('the check below covers every mutation of the schema', () => {
    expect(mutations.filter((mutation) => !mutation.input).map((mutation) => mutation.name)).toEqual([]);
    expect(mutations.length).toBe(37);
  });

  it('an input GraphQL or the validation rules reject is BAD_USER_INPUT even without a token; nothing is written either way', async () => {
    const response = await expectUnchanged(api.database, () => api.query(`mutation { createPerson(input: { name: "" }) { person { id } } }`));
    expectError(response, 'BAD_USER_INPUT', 'input.name');
  });

  it.each(mutations)('$name is refused without a token (UNAUTHENTICATED), and writes nothing', async ({ document, input }) => {
    const response = await expectUnchanged(api.database, () => api.query(document, { input }));
    expectError(response, 'UNAUTHENTICATED');
  });

  it.each(mutations)('$name is refused to a reader (FORBIDDEN), and writes nothing', async ({ document, input }) => {
    const response = await expectUnchanged(api.database, () => api.as(testTokens.reader)(document, { input }));
    const error = expectError(response, 'FORBIDDEN');
    expect(error.message).toContain('editor');
  });

  it('an unknown token or a malformed header is UNAUTHENTICATED, saying which', async () => {
    const mutation = `mutation { createPerson(input: { name: "Nobody Special" }) { person { id } } }`;
    const unknown = await expectUnchanged(api.database, () => api.as('cg_not-a-real-token')(mutation));
    expect(expectError(unknown, 'UNAUTHENTICATED').message).toContain('not one this server knows');
    const response = await api.app.fetch('http://claimgraph/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: testTokens.editor },
      body: JSON.stringify({ query: mutation }),
    });
    expect(expectError((await response.json()) as any, 'UNAUTHENTICATED').message).toContain('Bearer');
  });

  it('an editor writes and an admin writes, each recorded by name', async () => {
    const { data } = await api.as(testTokens.admin)(`mutation { createPerson(input: { name: "Admin Written" }) { person { createdBy } } }`);
    expect(data.createPerson.person.createdBy).toBe('admin');
  });
});

describe('who may read', () => {
  const read = `{ person(id: "person:roger-housen") { name } node(id: "place:bakhmut") { id } }`;

  it('reads are open by default', async () => {
    const { data, errors } = await api.query(read);
    expect(errors).toBeUndefined();
    expect(data.person.name).toBe('Roger Housen');
  });

  it('with REQUIRE_TOKEN_FOR_READS, reading needs a token of any role', async () => {
    expectError(await closedApi.query(read), 'UNAUTHENTICATED');
    const { data, errors } = await closedApi.as(testTokens.reader)(read);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ person: { name: 'Roger Housen' }, node: { id: 'place:bakhmut' } });
  });
});

const accessPolicy = (environment: NodeJS.ProcessEnv) => loadConfig(environment).access;

describe('token configuration', () => {
  it('takes grants from CLAIMGRAPH_TOKENS and REQUIRE_TOKEN_FOR_READS, storing only hashes', () => {
    const policy = accessPolicy({
      CLAIMGRAPH_TOKENS: `alice:editor:${hashToken('cg_alice')}, bob:admin:${hashToken('cg_bob')}`,
      REQUIRE_TOKEN_FOR_READS: 'true',
    });
    expect(policy.requireTokenForReads).toBe(true);
    expect(policy.grants.map((grant) => `${grant.name}:${grant.role}`)).toEqual(['alice:editor', 'bob:admin']);
    expect(JSON.stringify(policy)).not.toContain('cg_alice');
    expect(authenticate(policy, 'Bearer cg_bob').viewer).toEqual({ name: 'bob', role: 'admin' });
    expect(authenticate(policy, 'Bearer cg_carol').viewer).toBeUndefined();
  });

  it('refuses a malformed grant instead of ignoring it', () => {
    expect(() => accessPolicy({ CLAIMGRAPH_TOKENS: 'alice:superuser:abc' })).toThrow(/name:role:sha256/);
    expect(() => accessPolicy({ REQUIRE_TOKEN_FOR_READS: 'yes' })).toThrow(/REQUIRE_TOKEN_FOR_READS/);
  });

  it('`npm run token` prints a fresh token and the grant line holding its hash', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/token.ts', '--name', 'alice', '--role', 'editor'], {
      cwd: new URL('..', import.meta.url),
    });
    const token = /\b(cg_[A-Za-z0-9_-]{43})\b/.exec(stdout)?.[1];
    expect(token).toBeDefined();
    expect(stdout).toContain(`alice:editor:${hashToken(token!)}`);
    const policy = accessPolicy({ CLAIMGRAPH_TOKENS: `alice:editor:${hashToken(token!)}` });
    expect(authenticate(policy, `Bearer ${token}`).viewer).toEqual({ name: 'alice', role: 'editor' });
  });
});
