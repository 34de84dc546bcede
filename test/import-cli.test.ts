import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed, serveOverHttp, snapshotDatabase, testTokens } from './support.js';

const api = openTestApi();
let served: Awaited<ReturnType<typeof serveOverHttp>>;
let url: string;

beforeAll(async () => {
  await resetToSeed(api.database);
  served = await serveOverHttp(api.app);
  url = served.url;
});
afterAll(async () => {
  await served.close();
  await resetToSeed(api.database);
  await api.close();
});

const { CLAIMGRAPH_TOKEN: _ownToken, ...environment } = process.env;

/** `npm run import` as a user runs it, against the API the test serves. */
const run = (...args: string[]) =>
  promisify(execFile)('npx', ['tsx', 'src/cli/import.ts', '--url', url, ...args], { cwd: new URL('..', import.meta.url), env: environment });
const failureOf = (...args: string[]) => run(...args).catch((error: { code: number; stdout: string; stderr: string }) => error);

describe('npm run import, through the API', () => {
  it('imports with the token, which names the author', async () => {
    const { stdout } = await run('--token', testTokens.editor, 'test/fixtures/prigozjin-dreigt-2023-05.json');
    expect(stdout).toContain('1 of 1 document(s) imported from 1 file(s)');
    expect(stdout).toContain('person:jevgeni-prigozjin → person:yevgeny-prigozhin ("Jevgeni Prigozjin")');
    const { data } = await api.query('{ source(id: "source:prigozjin-dreigt-met-terugtrekking-2023-05") { createdBy } }');
    expect(data.source.createdBy).toBe('editor');
  });

  it('refuses to import without a token, or with a reader\'s, and writes nothing', async () => {
    const before = await snapshotDatabase(api.database);
    const withoutToken = await failureOf('test/fixtures/*.json');
    expect(withoutToken).toMatchObject({ code: 1 });
    expect((withoutToken as { stderr: string }).stderr).toContain('needs a token of the editor or admin role');
    const asReader = await failureOf('--token', testTokens.reader, 'test/fixtures/*.json');
    expect(asReader).toMatchObject({ code: 1 });
    expect((asReader as { stderr: string }).stderr).toContain('reader role');
    expect(await snapshotDatabase(api.database)).toBe(before);
  });

  it('says so in one line when no API answers at the URL', async () => {
    const failure = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/import.ts', '--url', 'http://127.0.0.1:9', '--token', testTokens.editor, 'test/fixtures/*.json'],
      { cwd: new URL('..', import.meta.url) },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('No claimgraph API answers at http://127.0.0.1:9/graphql');
  });
});

describe('npm run suggest, through the API, then npm run import of its draft', () => {
  it('writes a draft document to stdout and a summary to stderr, and the draft imports', async () => {
    const suggest = promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/suggest.ts', '--api', url, '--title', 'Spoorstaking', 'eval/articles/spoorstaking.txt'],
      { cwd: new URL('..', import.meta.url), env: environment },
    );
    const { stdout, stderr } = await suggest;
    expect(stderr).toMatch(/^\d+ suggestion\(s\), language nl:/u);
    const draft = JSON.parse(stdout);
    expect(draft.source.title).toBe('Spoorstaking');
    const file = join(await mkdtemp(join(tmpdir(), 'claimgraph-draft-')), 'draft.json');
    await writeFile(file, stdout);
    const { stdout: imported } = await run('--token', testTokens.editor, file);
    expect(imported).toContain('1 of 1 document(s) imported');
    const { data } = await api.query(`query ($id: ID!) { source(id: $id) { title statements(first: 100) { totalCount edges { node { statement { id } } } } } }`, { id: draft.source.id });
    expect(data.source.statements.totalCount).toBe(draft.statements.length);
    expect(data.source.statements.edges.length).toBe(draft.statements.length);
  });
});
