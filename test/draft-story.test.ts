import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed, testTokens } from './support.js';
import { threat } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const fixture = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8'));

const suggestQuery = `query ($text: String!, $title: String, $published: String) {
  suggestAttributions(text: $text, title: $title, published: $published) { document }
}`;
const importMutation = `mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`;
const statementFields = `id text date mentions { id } claims { actor { id } } disputes { disputer { id } }`;

/** Drafts the article through suggestAttributions and imports the draft as it is, as `npm run suggest` then `npm run import` would. */
async function importDraft(text: string, title: string, published: string) {
  const suggested = await api.query(suggestQuery, { text, title, published });
  expect(suggested.errors).toBeUndefined();
  const document = suggested.data.suggestAttributions.document;
  const imported = await editor(importMutation, { document });
  expect(imported.errors).toBeUndefined();
  return document;
}

async function timeline(filter: string): Promise<any[]> {
  const { data, errors } = await api.query(`{ timeline(${filter}, first: 50) { edges { node { ${statementFields} } } } }`);
  expect(errors).toBeUndefined();
  return data.timeline.edges.map(({ node }: any) => node);
}

describe('an imported draft joins the story the graph already tells', () => {
  it('dates each statement as the article and has it mention the place and people it names, so that the Bakhmut timeline shows it', async () => {
    await importDraft(fixture.source.text, 'Prigozjin dreigt', '2023-05-05');
    const bakhmut = await timeline('place: "place:bakhmut", from: "2023-05-05", to: "2023-05-05"');
    const withdrawal = bakhmut.find((statement) => statement.text === 'zijn huurlingen op 10 mei uit Bachmoet terug te trekken');
    expect(withdrawal, JSON.stringify(bakhmut.map((statement) => statement.text))).toBeDefined();
    expect(withdrawal.date).toBe('2023-05-05');
    expect(withdrawal.mentions.map(({ id }: any) => id)).toEqual(expect.arrayContaining(['place:bakhmut', 'person:yevgeny-prigozhin']));
    const prigozhin = await timeline('entity: "person:yevgeny-prigozhin", from: "2023-05-05", to: "2023-05-05"');
    const dying = prigozhin.find((statement) => statement.text.startsWith('zijn mannen zonder munitie'));
    expect(dying.mentions.map(({ id }: any) => id)).toContain('organisation:russian-federation');
  });

  it('has a dispute of a claim made earlier in the article dispute that claim, and the Wagner timeline shows both sides', async () => {
    const text = [
      'Prigozhin says Wagner took the station',
      'Yevgeny Prigozhin said on Telegram that Wagner fighters had taken the railway station in Bakhmut after a week of heavy fighting.',
      'The Ukrainian army denied that Wagner fighters had taken the railway station in Bakhmut, and said its units still held the western districts.',
    ].join('\n\n');
    const document = await importDraft(text, 'Wagner and the station', '2023-05-20');
    expect(document.statements.map((statement: any) => statement.text)).not.toContainEqual(expect.stringMatching(/^Wagner fighters had taken the railway station in Bakhmut, and/));
    const wagner = await timeline('entity: "organisation:wagner-group", from: "2023-05-20", to: "2023-05-20"');
    const taken = wagner.find((statement) => statement.text.startsWith('Wagner fighters had taken the railway station in Bakhmut after'));
    expect(taken, JSON.stringify(wagner.map((statement) => statement.text))).toBeDefined();
    expect(taken.claims.map(({ actor }: any) => actor.id)).toContain('person:yevgeny-prigozhin');
    expect(taken.disputes.map(({ disputer }: any) => disputer.id)).toEqual(['organisation:armed-forces-of-ukraine']);
    expect(taken.mentions.map(({ id }: any) => id)).toEqual(expect.arrayContaining(['organisation:wagner-group', 'place:bakhmut']));
  });

  it('has a dispute of a claim the graph already holds dispute that statement, which stays as it was', async () => {
    const read = `{ statement(id: "${threat}") { text date disputes { disputer { id } } sources { source { id } } } }`;
    const before = (await api.query(read)).data.statement;
    const text = 'The Kremlin denied that Prigozhin had threatened to withdraw his troops from the city if the Russian army did not supply them.';
    const document = await importDraft(text, 'Kremlin denies threat', '2023-05-21');
    expect(document.edges).toContainEqual(expect.objectContaining({ type: 'DISPUTES', from: 'organisation:kremlin', to: threat }));
    const after = (await api.query(read)).data.statement;
    expect(after.disputes.map(({ disputer }: any) => disputer.id)).toContain('organisation:kremlin');
    expect({ text: after.text, date: after.date }).toEqual({ text: before.text, date: before.date });
  });

  it('does the same for the attributions a reviewer settled: dated, mentioning, and a dispute of the article\'s own claim', async () => {
    const text = 'Biletsky said Azov had advanced two kilometres near Bakhmut. The Russian Ministry of Defence denied that Azov had advanced near Bakhmut.';
    const claim = 'Azov had advanced two kilometres near Bakhmut';
    const denied = 'Azov had advanced near Bakhmut';
    const article = { text, language: 'en', title: 'Azov advance denied', published: '2023-05' };
    const attributions = [
      { kind: 'CLAIMS', speaker: { id: 'person:andriy-biletsky' }, start: text.indexOf(claim), end: text.indexOf(claim) + claim.length },
      { kind: 'DISPUTES', speaker: { id: 'organisation:russian-military-command' }, start: text.lastIndexOf(denied), end: text.lastIndexOf(denied) + denied.length },
    ];
    const { data, errors } = await api.query(`query ($article: ArticleInput!, $attributions: [AttributionInput!]!) { attributionDocument(article: $article, attributions: $attributions) }`, {
      article,
      attributions,
    });
    expect(errors).toBeUndefined();
    const document = data.attributionDocument;
    expect(document.statements).toHaveLength(1);
    expect((await editor(importMutation, { document })).errors).toBeUndefined();
    const [advance] = (await timeline('place: "place:bakhmut", from: "2023-05", to: "2023-05"')).filter((statement) => statement.text === claim);
    expect(advance.date).toBe('2023-05');
    expect(advance.mentions.map(({ id }: any) => id)).toEqual(expect.arrayContaining(['person:andriy-biletsky', 'organisation:azov-battalion', 'place:bakhmut']));
    expect(advance.disputes.map(({ disputer }: any) => disputer.id)).toEqual(['organisation:russian-military-command']);
  });
});
