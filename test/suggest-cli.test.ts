import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../src/model/document.js';
import { openTestApi, resetToSeed, serveOverHttp } from './support.js';

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
  await api.close();
});

const fixture = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8'));

describe('npm run suggest, through the API', () => {
  it('writes the draft to --out as JSON alone, which the import format accepts, while npm prints its banner on stdout', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'claimgraph-suggest-'));
    const article = join(folder, 'article.txt');
    const draft = join(folder, 'draft.json');
    await writeFile(article, fixture.source.text);
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', 'suggest', '--', article, '--published', '2023-05-05', '--api', url, '--out', draft],
      { cwd: new URL('..', import.meta.url) },
    );
    expect(stdout).not.toContain('"source"');
    expect(stderr).toMatch(/\d+ suggestion\(s\), language nl/);
    const document = JSON.parse(await readFile(draft, 'utf8'));
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(document.source.published).toBe('2023-05-05');
  });
});
