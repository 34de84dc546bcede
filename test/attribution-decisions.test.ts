import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rulesVersion } from '../src/suggest/version.js';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const text = [
  'Anna Berg said the harbour fees would rise sharply next year.',
  'According to Hartwell Stone, the ferry terminal will close in June.',
  'Northgate blamed Harbour Logistics for the delay.',
  'Mayor Ruth Jansen denied that the ferry terminal will close.',
].join(' ');
const at = (words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length });
const article = { text, language: 'en', title: 'Harbour fees to rise', published: '2024-06-01' };

/** What the rules might have suggested for the first three sentences, as the review page sends it back. */
const suggestedFees = { kind: 'CLAIMS', ...at('the harbour fees would rise sharply next year'), speakerName: 'Anna Berg', speakerKind: 'Person', confidence: 0.9 };
const suggestedTerminal = { kind: 'CLAIMS', ...at('the ferry terminal will close'), speakerName: 'Hartwell', speakerKind: 'Person', confidence: 0.6 };
const suggestedBlame = { kind: 'BLAMES', ...at('Harbour Logistics for the delay'), speakerName: 'Northgate', speakerKind: 'Organisation', targetName: 'Harbour Logistics', confidence: 0.7 };

/** Accepted as suggested; kept as an organisation under its full name and words; rejected; and a dispute the rules missed. */
const review = {
  article,
  rulesVersion,
  attributions: [
    { kind: 'CLAIMS', speaker: { name: 'Anna Berg', kind: 'Person' }, ...at('the harbour fees would rise sharply next year'), suggested: suggestedFees },
    { kind: 'CLAIMS', speaker: { name: 'Hartwell Stone', kind: 'Organisation' }, ...at('the ferry terminal will close in June'), suggested: suggestedTerminal },
    { kind: 'DISPUTES', speaker: { name: 'Ruth Jansen', kind: 'Person' }, ...at('the ferry terminal will close', text.indexOf('denied')) },
  ],
  rejected: [suggestedBlame],
};

const documentQuery = `query ($article: ArticleInput!, $attributions: [AttributionInput!]!, $rejected: [SuggestedAttributionInput!], $rulesVersion: String) {
  attributionDocument(article: $article, attributions: $attributions, rejected: $rejected, rulesVersion: $rulesVersion)
}`;
const importMutation = `mutation ($document: JSON!, $dryRun: Boolean) { importDocument(input: { document: $document, dryRun: $dryRun }) { sourceId } }`;
const qualityQuery = `query ($language: String, $since: PartialDate) {
  attributionQuality(language: $language, since: $since) {
    language rulesVersions decided accepted edited rejected added precision keptShare recallProxy
    kinds { kind decided accepted edited rejected added precision }
    edits { edit count }
  }
}`;

async function reviewedDocument(variables: Record<string, unknown> = review) {
  const { data, errors } = await api.query(documentQuery, variables);
  expect(errors).toBeUndefined();
  return data.attributionDocument;
}

describe("a reviewer's decisions are kept with the import and scored", () => {
  it('puts a decision per suggestion decided on, and per attribution added, into the document, saying what was edited', async () => {
    const document = await reviewedDocument();
    const terminal = document.statements.find((statement: any) => statement.text === 'the ferry terminal will close in June');
    expect(document.review.rulesVersion).toBe(rulesVersion);
    expect(document.review.decisions).toEqual([
      expect.objectContaining({ decision: 'ACCEPTED', edits: [], kind: 'CLAIMS', suggestion: expect.objectContaining({ speakerName: 'Anna Berg', confidence: 0.9 }) }),
      expect.objectContaining({ decision: 'EDITED', edits: ['SPEAKER', 'SPEAKER_KIND', 'TEXT'], kind: 'CLAIMS', statement: terminal.id, speaker: 'organisation:hartwell-stone' }),
      // The dispute the rules missed disputes the claim of the article it denies, so its decision names that statement.
      { decision: 'ADDED', edits: [], kind: 'DISPUTES', statement: terminal.id, speaker: 'person:ruth-jansen' },
      { decision: 'REJECTED', edits: [], suggestion: { ...suggestedBlame, kind: 'BLAMES' } },
    ]);
  });

  it('writes nothing of it in a dry run, and stores it in the import with who decided, the language and the version of the rules', async () => {
    const document = await reviewedDocument();
    await expectUnchanged(api.database, async () => expect((await editor(importMutation, { document, dryRun: true })).errors).toBeUndefined());
    expect((await editor(importMutation, { document })).errors).toBeUndefined();
    const stored = await api.database
      .runner()
      .read<{ decision: Record<string, unknown> }>('MATCH (decision:AttributionDecision) RETURN decision {.*} AS decision ORDER BY decision.start');
    expect(stored).toHaveLength(4);
    const edited = stored.find(({ decision }) => decision['decision'] === 'EDITED')!.decision;
    expect(edited).toMatchObject({
      decidedBy: 'editor',
      decidedByRole: 'editor',
      language: 'en',
      rulesVersion,
      sourceId: document.source.id,
      kind: 'CLAIMS',
      keptKind: 'CLAIMS',
      text: 'the ferry terminal will close',
      speakerName: 'Hartwell',
      speakerKind: 'Person',
      confidence: 0.6,
      speakerId: 'organisation:hartwell-stone',
      edits: ['SPEAKER', 'SPEAKER_KIND', 'TEXT'],
    });
    const { data } = await api.query(`query ($id: ID!) { statement(id: $id) { text } }`, { id: edited['statementId'] });
    expect(data.statement.text).toBe('the ferry terminal will close in June');
  });

  it('changes nothing when the same review is imported again', async () => {
    const document = await reviewedDocument();
    await expectUnchanged(api.database, async () => expect((await editor(importMutation, { document })).errors).toBeUndefined());
  });

  it('reports precision, what was kept, the recall proxy and the edits in use, per language and kind', async () => {
    const { data, errors } = await api.query(qualityQuery, { language: 'en' });
    expect(errors).toBeUndefined();
    expect(data.attributionQuality).toEqual([
      {
        language: 'en',
        rulesVersions: [rulesVersion],
        decided: 3,
        accepted: 1,
        edited: 1,
        rejected: 1,
        added: 1,
        precision: 1 / 3,
        keptShare: 2 / 3,
        recallProxy: 2 / 3,
        kinds: [
          { kind: 'CLAIMS', decided: 2, accepted: 1, edited: 1, rejected: 0, added: 0, precision: 0.5 },
          { kind: 'DISPUTES', decided: 0, accepted: 0, edited: 0, rejected: 0, added: 1, precision: null },
          { kind: 'BLAMES', decided: 1, accepted: 0, edited: 0, rejected: 1, added: 0, precision: 0 },
        ],
        edits: [
          { edit: 'SPEAKER', count: 1 },
          { edit: 'SPEAKER_KIND', count: 1 },
          { edit: 'TEXT', count: 1 },
        ],
      },
    ]);
    expect((await api.query(qualityQuery, { language: 'nl' })).data.attributionQuality).toEqual([]);
    expect((await api.query(qualityQuery, { since: '2999' })).data.attributionQuality).toEqual([]);
    expect((await api.query(qualityQuery, { since: new Date().toISOString().slice(0, 10) })).data.attributionQuality).toHaveLength(1);
  });

  it('counts a speaker picked among the candidates of its name, or a new one under that name, as no edit', async () => {
    const picked = {
      ...review,
      attributions: [
        {
          kind: 'CLAIMS',
          speaker: { id: 'person:yevgeny-prigozhin' },
          ...at('the harbour fees would rise sharply next year'),
          suggested: { ...suggestedFees, speakerName: 'Prigozjin', speakerCandidates: ['person:yevgeny-prigozhin', 'organisation:wagner-group'] },
        },
        { kind: 'CLAIMS', speaker: { name: 'hartwell', kind: 'Person' }, ...at('the ferry terminal will close'), suggested: { ...suggestedTerminal, speakerKind: null } },
      ],
      rejected: [],
    };
    const document = await reviewedDocument(picked);
    expect(document.review.decisions.map((decision: any) => [decision.decision, decision.edits])).toEqual([
      ['ACCEPTED', []],
      ['ACCEPTED', []],
    ]);
  });

  it('refuses decisions without the version of the rules, and a review that points at nothing in the document, writing nothing', async () => {
    expectError(await api.query(documentQuery, { ...review, rulesVersion: null }), 'BAD_USER_INPUT', 'rulesVersion');
    const document = await reviewedDocument();
    const broken = { ...document, review: { ...document.review, decisions: [{ ...document.review.decisions[0], statement: 'statement:nowhere' }] } };
    await expectUnchanged(api.database, async () => expectError(await editor(importMutation, { document: broken }), 'BAD_USER_INPUT', 'input.document.review.decisions.0.statement'));
  });
});
