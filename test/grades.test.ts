import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openTestApi, resetToSeed, testTokens } from './support.js';
import { advance, seedSource as source } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

async function statementsWith(filter: Record<string, unknown>): Promise<string[]> {
  const { data, errors } = await api.query(`query ($filter: StatementFilter) { statements(filter: $filter, first: 100) { edges { node { id } } } }`, { filter });
  expect(errors).toBeUndefined();
  return data.statements.edges.map(({ node }: { node: { id: string } }) => node.id);
}

describe('graded sources: reliability A to F, credibility 1 to 6', () => {
  it('grades a source and one of its quotes, and filters and corroborates by the grades', async () => {
    expect(await statementsWith({ minimumReliability: 'F' })).toEqual([]);
    const graded = await editor(`mutation { updateSource(input: { id: "${source}", reliability: B }) { source { reliability } } }`);
    expect(graded.data.updateSource.source.reliability).toBe('B');

    const { data } = await api.query(`{ statement(id: "${advance}") { sources { start end quote } } }`);
    const [quote] = data.statement.sources;
    const credible = await editor(
      `mutation ($start: Int!, $end: Int!, $quote: String!) {
        addSourceQuote(input: { statement: "${advance}", source: "${source}", start: $start, end: $end, quote: $quote, credibility: 2 }) {
          updatedProperties sourceQuote { credibility }
        }
      }`,
      quote,
    );
    expect(credible.data.addSourceQuote).toEqual({ updatedProperties: ['credibility'], sourceQuote: { credibility: 2 } });

    expect(await statementsWith({ minimumReliability: 'C' })).toContain(advance);
    expect(await statementsWith({ minimumReliability: 'A' })).toEqual([]);
    expect(await statementsWith({ minimumCredibility: 2 })).toEqual([advance]);
    expect(await statementsWith({ minimumReliability: 'B', minimumCredibility: 1 })).toEqual([]);
    const corroboration = await api.query(`{ statement(id: "${advance}") { corroboration { bestReliability bestCredibility } } }`);
    expect(corroboration.data.statement.corroboration).toEqual({ bestReliability: 'B', bestCredibility: 2 });

    // A second, unreliable source reports the claim and a confirmation only it carries.
    const text = 'A blogger writes that the Azov advance of 2.6 km is real, as a friend at the front told him.';
    const second = await editor(`mutation ($text: String!) {
      createSource(input: { id: "source:a-blog", title: "A blog", language: "en", text: $text, reliability: E }) { source { id } }
      addSourceQuote(input: { statement: "${advance}", source: "source:a-blog", start: 0, end: ${text.length}, quote: $text, credibility: 5 }) { created }
      addConfirmation(input: { confirmer: "organisation:western-countries", statement: "${advance}", strength: WEAK, quote: "the Azov advance of 2.6 km is real" }) { created }
    }`, { text });
    expect(second.errors).toBeUndefined();
    const perConfirmation = await api.query(`{ statement(id: "${advance}") { corroboration { bestReliability confirmations { confirmer { id } adversarial bestReliability bestCredibility } } } }`);
    const { confirmations, bestReliability } = perConfirmation.data.statement.corroboration;
    expect(bestReliability).toBe('B');
    expect(confirmations).toContainEqual({ confirmer: { id: 'organisation:western-countries' }, adversarial: false, bestReliability: 'E', bestCredibility: 5 });
    expect(confirmations).toContainEqual({ confirmer: { id: 'person:yevgeny-prigozhin' }, adversarial: true, bestReliability: 'B', bestCredibility: 2 });
  });

  it('refuses a credibility out of 1 to 6, and one on anything but a source quote', async () => {
    expectError(await api.query(`{ statements(filter: { minimumCredibility: 7 }) { totalCount } }`), 'BAD_USER_INPUT');
    const seed = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8'));
    seed.edges.push({ type: 'CLAIMS', from: 'person:roger-housen', to: advance, credibility: 2 });
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun } }`, { document: seed });
    expect(expectError(imported, 'BAD_USER_INPUT').message).toContain('only a source quote');
  });
});
