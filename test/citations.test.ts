import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { seedSource as source, seedPublisher as publisher } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('the outlet\'s own voice, and a source one can cite', () => {
  it('gives the article\'s two own assessments to its publisher, hedged as the article words them, with their quotes', async () => {
    const { data } = await api.query(`{ organisation(id: "${publisher}") { claims(first: 100) { totalCount edges { node { hedged statement { id sources { source { id } quote } } } } } } }`);
    const claims = data.organisation.claims.edges.map(({ node }: any) => node);
    expect(data.organisation.claims.totalCount).toBe(claims.length);
    const hedged = Object.fromEntries(claims.map((claim: any) => [claim.statement.id, claim.hedged]));
    // Its two assessments, worded "het ziet ernaar uit" and "vermoedelijk", and its remark that the promises were not kept.
    expect(hedged).toEqual({
      'statement:bakhmut-among-fiercest-battles': true,
      'statement:considerable-russian-losses-on-wednesday': true,
      'statement:kremlin-promises-not-kept': false,
    });
    expect(claims.every((claim: any) => claim.statement.sources[0].source.id === source)).toBe(true);
    const published = await api.query(`{ source(id: "${source}") { publishedBy { id } } }`);
    expect(published.data.source.publishedBy).toEqual({ id: publisher });
  });

  it('cites a source in APA style, with its authors as APA lists them, the organisation that published it, URL, archive and the date it was read', async () => {
    const created = await editor(`mutation {
      createSource(input: {
        title: "Wagner dreigt Bachmoet te verlaten", language: "nl", text: "Prigozjin dreigt.", published: "2023-05-05",
        publisher: "VRT NWS", authors: ["Jan Peeters", "An De Smet"], url: "https://example.org/a", archiveUrl: "https://archive.example.org/a",
        accessed: "2023-05-06", publishedBy: "${publisher}"
      }) { source { citation authors accessed publishedBy { id } } }
    }`);
    expect(created.errors).toBeUndefined();
    expect(created.data.createSource.source.citation).toBe(
      'Peeters, J., & De Smet, A. (2023, May 5). Wagner dreigt Bachmoet te verlaten. Publisher of the Bakhmut article. https://example.org/a Archived at https://archive.example.org/a (accessed 2023-05-06)',
    );
    const seedCitation = await api.query(`{ source(id: "${source}") { citation } }`);
    expect(seedCitation.data.source.citation).toBe('Azov meldt terreinwinst in Bachmoet, Prigozjin erkent verliezen van Wagner. (2023, May). Publisher of the Bakhmut article.');
  });

  it('refuses a publisher that is no organisation', async () => {
    const error = expectError(
      await expectUnchanged(api.database, () => editor(`mutation { updateSource(input: { id: "${source}", publishedBy: "organisation:nobody" }) { source { id } } }`)),
      'NOT_FOUND',
    );
    expect(error.message).toContain('organisation:nobody');
  });
});
