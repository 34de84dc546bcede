import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, hashToken } from '../src/auth/tokens.js';
import { loadConfig } from '../src/config.js';
import { everyMutation } from './mutation-inputs.js';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

const api = openTestApi();
const closedApi = openTestApi(testAccessPolicy(true));
beforeAll(() => resetToSeed(api.database));
afterAll(async () => {
  await api.close();
  await closedApi.close();
});

describe('who may write', () => {
  it('the check below covers every mutation of the schema', () => {
    expect(everyMutation.filter((mutation) => !mutation.input).map((mutation) => mutation.name)).toEqual([]);
    expect(everyMutation.length).toBe(48);
  });

  it('an input GraphQL or the validation rules reject is BAD_USER_INPUT even without a token; nothing is written either way', async () => {
    const response = await expectUnchanged(api.database, () => api.query(`mutation { createPerson(input: { name: "" }) { person { id } } }`));
    expectError(response, 'BAD_USER_INPUT', 'input.name');
  });

  it.each(everyMutation)('$name is refused without a token (UNAUTHENTICATED), and writes nothing', async ({ document, input }) => {
    const response = await expectUnchanged(api.database, () => api.query(document, { input }));
    expectError(response, 'UNAUTHENTICATED');
  });

  it.each(everyMutation)('$name is refused to a reader (FORBIDDEN), and writes nothing', async ({ document, input }) => {
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
