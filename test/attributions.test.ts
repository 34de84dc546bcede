import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSchema } from '../src/model/document.js';
import { countGraph, expectError, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const seedText: string = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8')).source.text;
const fixture = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8'));

const suggestQuery = `query ($text: String!, $title: String) {
  suggestAttributions(text: $text, title: $title) {
    language
    document
    suggestions {
      kind speakerName hedged confidence
      speaker { text start end }
      content { text start end }
      target { text start end }
      speakerEntity { id }
      speakerCandidates { id }
      targetEntity { id }
      possibleDuplicates { statement { id } overlap }
    }
  }
}`;

type Span = { text: string; start: number; end: number };

describe('suggestAttributions reads an article and writes nothing', () => {
  it('finds Prigozhin blaming the Russian military command in the seed article, with exact offsets and the entities he and it are', async () => {
    const before = await countGraph(api.database);
    const { data, errors } = await api.query(suggestQuery, { text: seedText });
    expect(errors).toBeUndefined();
    const draft = data.suggestAttributions;
    expect(draft.language).toBe('nl');
    for (const suggestion of draft.suggestions) {
      for (const span of [suggestion.speaker, suggestion.content, suggestion.target].filter(Boolean) as Span[]) {
        expect(seedText.slice(span.start, span.end)).toBe(span.text);
      }
    }
    const blame = draft.suggestions.find((suggestion: any) => suggestion.kind === 'BLAMES' && suggestion.speakerEntity?.id === 'person:yevgeny-prigozhin');
    expect(blame, JSON.stringify(draft.suggestions.map((s: any) => [s.kind, s.speakerName]))).toBeDefined();
    expect(blame.targetEntity).not.toBeNull();
    expect(await countGraph(api.database)).toEqual(before);
  });

  it('drafts a document that the import format accepts, and that a dry run imports without error', async () => {
    const { data } = await api.query(suggestQuery, { text: fixture.source.text, title: 'Prigozjin dreigt' });
    const document = data.suggestAttributions.document;
    expect(documentSchema.safeParse(document).success).toBe(true);
    const dryRun = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document, dryRun: true }) { dryRun nodes { created } } }`, {
      document,
    });
    expect(dryRun.errors).toBeUndefined();
    expect(dryRun.data.importDocument.nodes.created).toBeGreaterThan(0);
  });

  it('lists the seed\'s withdrawal threat as a possible duplicate of the same threat in another article', async () => {
    const { data } = await api.query(suggestQuery, { text: fixture.source.text });
    const threat = data.suggestAttributions.suggestions.find((suggestion: any) => suggestion.content.text.includes('terug te trekken'));
    expect(threat.speakerEntity).toEqual({ id: 'person:yevgeny-prigozhin' });
    const duplicate = threat.possibleDuplicates.find(({ statement }: { statement: { id: string } }) => statement.id === 'statement:prigozhin-threatened-withdrawal-from-bakhmut');
    expect(duplicate.overlap).toBeGreaterThan(0);
    expect(duplicate.overlap).toBeLessThanOrEqual(1);
  });

  it('keeps only the suggestions at least as confident as minConfidence, in the suggestions and in the document', async () => {
    const thresholdQuery = `query ($text: String!, $minConfidence: Float) {
      suggestAttributions(text: $text, minConfidence: $minConfidence) { document suggestions { confidence } }
    }`;
    const all = (await api.query(thresholdQuery, { text: seedText })).data.suggestAttributions;
    const confidences: number[] = all.suggestions.map((suggestion: { confidence: number }) => suggestion.confidence);
    const threshold = [...confidences].sort((first, second) => first - second)[Math.floor(confidences.length / 2)]!;
    const kept = (await api.query(thresholdQuery, { text: seedText, minConfidence: threshold })).data.suggestAttributions;
    expect(kept.suggestions).toHaveLength(confidences.filter((confidence) => confidence >= threshold).length);
    expect(kept.suggestions.length).toBeLessThan(all.suggestions.length);
    expect(kept.document.statements.length).toBeLessThan(all.document.statements.length);
    expectError(await api.query(thresholdQuery, { text: seedText, minConfidence: 1.5 }), 'BAD_USER_INPUT');
  });

  it('refuses text that is not there, in one coded error', async () => {
    expectError(await api.query(suggestQuery, { text: '' }), 'BAD_USER_INPUT');
  });
});

describe('attributionDocument turns the attributions a reviewer settled into an import document', () => {
  const article = { text: fixture.source.text as string, language: 'nl', title: 'Prigozjin dreigt', published: '2023-05-05' };
  const documentQuery = `query ($article: ArticleInput!, $attributions: [AttributionInput!]!) { attributionDocument(article: $article, attributions: $attributions) }`;
  const quote = 'zinloos sterven';
  const start = article.text.indexOf(quote);

  it('uses the entities chosen, adds the article as one more source of a statement marked the same, and changes nothing of it', async () => {
    const attributions = [
      { kind: 'CLAIMS', speaker: { id: 'person:yevgeny-prigozhin' }, start, end: start + quote.length },
      {
        kind: 'BLAMES',
        speaker: { id: 'person:yevgeny-prigozhin' },
        target: { name: 'Russische legertop', kind: 'Organisation' },
        start: article.text.indexOf('Prigozjin geeft'),
        end: article.text.indexOf(' de schuld') + ' de schuld'.length,
        hedged: true,
      },
      {
        kind: 'CLAIMS',
        speaker: { id: 'person:yevgeny-prigozhin' },
        start: 0,
        end: article.text.indexOf('.'),
        sameAs: 'statement:prigozhin-threatened-withdrawal-from-bakhmut',
      },
    ];
    const { data, errors } = await api.query(documentQuery, { article, attributions });
    expect(errors).toBeUndefined();
    const document = data.attributionDocument;
    expect(documentSchema.safeParse(document).success).toBe(true);
    const quoteEdge = document.edges.find((edge: any) => edge.type === 'REPORTED_IN' && edge.start === start);
    expect(article.text.slice(quoteEdge.start, quoteEdge.end)).toBe(quote);
    expect(document.edges).toContainEqual(expect.objectContaining({ type: 'BLAMES', from: 'person:yevgeny-prigozhin', to: 'organisation:russische-legertop' }));
    expect(document.edges).toContainEqual(
      expect.objectContaining({ type: 'REPORTED_IN', from: 'statement:prigozhin-threatened-withdrawal-from-bakhmut', to: document.source.id }),
    );

    const withdrawal = `{ statement(id: "statement:prigozhin-threatened-withdrawal-from-bakhmut") { text translation verificationStatus verificationNote updatedAt sources { source { id } } } }`;
    const before = (await api.query(withdrawal)).data.statement;
    const imported = await editor(`mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }`, { document });
    expect(imported.errors).toBeUndefined();
    const after = (await api.query(withdrawal)).data.statement;
    expect({ ...after, sources: undefined }).toEqual({ ...before, sources: undefined });
    expect(after.sources.map(({ source }: any) => source.id)).toContain(document.source.id);
  });

  it('refuses offsets outside the text and an entity id of the wrong kind, naming the attribution', async () => {
    const outside = await api.query(documentQuery, { article, attributions: [{ kind: 'CLAIMS', speaker: { id: 'person:yevgeny-prigozhin' }, start: 5, end: 100_000 }] });
    expect(expectError(outside, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'attributions.0.end' });
    const place = await api.query(documentQuery, { article, attributions: [{ kind: 'CLAIMS', speaker: { id: 'place:bakhmut' }, start: 0, end: 5 }] });
    expect(expectError(place, 'BAD_USER_INPUT').message).toContain('Person or Organisation');
  });
});
