import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed, testTokens } from './support.js';
import { personalTrophy } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const get = (path: string) => api.app.fetch(`http://claimgraph${path}`);

/*
 * What a ClaimReview must and should hold, written from Google's fact-check structured-data guidelines
 * (developers.google.com/search/docs/appearance/structured-data/factcheck) and the schema.org types:
 * ClaimReview requires claimReviewed, reviewRating and url, and recommends author, datePublished and itemReviewed;
 * its Rating requires alternateName and recommends name, ratingValue, bestRating and worstRating; its Claim recommends
 * appearance, firstAppearance, author and datePublished. Every property must be one its schema.org type has.
 */
const propertiesOfType: Readonly<Record<string, readonly string[]>> = {
  // ClaimReview < Review < CreativeWork < Thing
  ClaimReview: ['claimReviewed', 'reviewRating', 'itemReviewed', 'author', 'datePublished', 'url', 'name', 'text', 'headline', 'publisher'],
  // Rating < Intangible < Thing
  Rating: ['ratingValue', 'bestRating', 'worstRating', 'ratingExplanation', 'author', 'name', 'alternateName', 'description', 'url'],
  // Claim < CreativeWork < Thing
  Claim: ['appearance', 'firstAppearance', 'claimInterpreter', 'author', 'datePublished', 'text', 'headline', 'name', 'url'],
  CreativeWork: ['headline', 'url', 'datePublished', 'publisher', 'author', 'name', 'text'],
  Organization: ['name', 'url', 'alternateName'],
  Person: ['name', 'url', 'alternateName'],
};

const isoDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every problem of one JSON-LD object against the guidelines; none for a valid ClaimReview. */
function claimReviewProblems(review: any, origin: string): string[] {
  const problems: string[] = [];
  const need = (condition: boolean, problem: string) => {
    if (!condition) problems.push(problem);
  };
  const typed = (value: any, types: readonly string[], path: string) => {
    need(typeof value === 'object' && value !== null && types.includes(value['@type']), `${path} is no ${types.join(' or ')}`);
    for (const key of Object.keys(value ?? {}).filter((key) => !key.startsWith('@'))) {
      need((propertiesOfType[value['@type']] ?? []).includes(key), `${path}.${key} is no property of ${value['@type']}`);
    }
  };
  const party = (value: any, path: string) => {
    typed(value, ['Organization', 'Person'], path);
    need(typeof value?.name === 'string' && value.name.length > 0, `${path}.name is missing`);
  };
  const work = (value: any, path: string) => {
    if (typeof value === 'string') return need(URL.canParse(value), `${path} is no URL`);
    typed(value, ['CreativeWork'], path);
    need(Boolean(value?.url || value?.headline), `${path} says neither where nor what it is`);
  };

  need(review['@context'] === 'https://schema.org', '@context must be https://schema.org');
  typed(review, ['ClaimReview'], 'review');
  // Required.
  need(typeof review.claimReviewed === 'string' && review.claimReviewed.length > 0, 'claimReviewed is missing');
  need(URL.canParse(review.url) && new URL(review.url).origin === origin, 'url must be a page of this server');
  const rating = review.reviewRating;
  typed(rating, ['Rating'], 'reviewRating');
  need(typeof rating?.alternateName === 'string' && rating.alternateName.length > 0, 'reviewRating.alternateName is missing');
  // Recommended.
  need(typeof rating?.name === 'string', 'reviewRating.name is missing');
  if (rating?.ratingValue !== undefined) {
    const { ratingValue, bestRating, worstRating } = rating;
    need([ratingValue, bestRating, worstRating].every((value) => typeof value === 'number'), 'a numeric rating needs its scale as numbers');
    need(worstRating >= 1 && worstRating < bestRating, 'worstRating must be at least 1 and below bestRating');
    need(ratingValue >= worstRating && ratingValue <= bestRating, 'ratingValue must lie on its scale');
  }
  party(review.author, 'author');
  need(isoDate.test(review.datePublished ?? ''), 'datePublished must be an ISO 8601 date');
  const claim = review.itemReviewed;
  typed(claim, ['Claim'], 'itemReviewed');
  const claimants = [claim?.author ?? []].flat();
  need(claimants.length > 0, 'itemReviewed.author (the claimant) is missing');
  claimants.forEach((claimant: any, index: number) => party(claimant, `itemReviewed.author.${index}`));
  need(isoDate.test(claim?.datePublished ?? ''), 'itemReviewed.datePublished must be an ISO 8601 date');
  work(claim?.firstAppearance, 'itemReviewed.firstAppearance');
  [claim?.appearance ?? []].flat().forEach((appearance: any, index: number) => work(appearance, `itemReviewed.appearance.${index}`));
  return problems;
}

describe('ClaimReview out', () => {
  it("exports a valid ClaimReview for each of the seed's assessed statements", async () => {
    const response = await get('/export/claimreview.jsonld?first=100');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const reviews = await response.json();
    const { data } = await api.query('{ statements(first: 100) { edges { node { id assessments { status } } } } }');
    const assessed = data.statements.edges.filter(({ node }: any) => node.assessments.length > 0);
    expect(assessed.length).toBeGreaterThan(0);
    expect(reviews).toHaveLength(assessed.length);
    for (const review of reviews) expect(claimReviewProblems(review, 'http://claimgraph'), JSON.stringify(review)).toEqual([]);
  });

  it("says what a disputed claim is, who claims it, the verdict and where it appeared", async () => {
    const response = await get('/export/claimreview/statement:bakhmut-mostly-symbolic-battle.jsonld');
    expect(response.status).toBe(200);
    const review = await response.json();
    expect(claimReviewProblems(review, 'http://claimgraph')).toEqual([]);
    expect(review).toMatchObject({
      reviewRating: { name: 'Disputed', alternateName: 'Disputed', ratingValue: 2 },
      itemReviewed: { '@type': 'Claim', author: [{ '@type': 'Organization', name: 'Ukrainian and Western analysts' }], datePublished: '2023-05' },
    });
    expect(review.itemReviewed.firstAppearance.headline).toContain('Azov meldt terreinwinst');
  });

  it("gives the assessment's own words as the rating, and its latest assessment only", async () => {
    expect((await get(`/export/claimreview/${personalTrophy}.jsonld`)).status).toBe(404);
    const assessed = await editor(`mutation { assessStatement(input: { statement: "${personalTrophy}", status: FALSE, wording: "Not what he said" }) { statement { id } } }`);
    expect(assessed.errors).toBeUndefined();
    const review = await (await get(`/export/claimreview/${encodeURIComponent(personalTrophy)}.jsonld`)).json();
    expect(claimReviewProblems(review, 'http://claimgraph')).toEqual([]);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', name: 'False', alternateName: 'Not what he said', ratingValue: 1, worstRating: 1, bestRating: 5 });
    expect(review.author).toEqual({ '@type': 'Person', name: 'editor' });
  });

  it('answers an unknown statement and a bad filter as the API does', async () => {
    const unknown = await get('/export/claimreview/statement:never-said.jsonld');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const bad = await get('/export/claimreview.jsonld?colour=red');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
