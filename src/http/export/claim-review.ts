import { GraphQLError, Kind, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { notAssessed, notFound } from '../../errors.js';
import type { VerificationStatus } from '../../model/kinds.js';
import { errorResponse, graphqlErrorResponse, type AnswerError } from './error-response.js';
import { variablesFromParameters } from './variables.js';

/*
 * schema.org ClaimReview (https://schema.org/ClaimReview), as search engines and fact-check tools read it: one per
 * assessed statement, from its latest assessment. claimReviewed is the statement, reviewRating the assessment's
 * verdict in its own words, itemReviewed the Claim with its claimants and the sources it appears in.
 */

const reviewedFragment = `
  fragment Reviewed on Statement {
    id text summary translation date
    assessments { at by status wording source { url title published publishedBy { name } } }
    claims { actor { __typename name } }
    sources { source { url title published publisher publishedBy { name } } }
  }`;

const oneDocument = `query ClaimReviewExport($id: ID!) { statement(id: $id) { ...Reviewed } }${reviewedFragment}`;

// The filter's fields are parameters of their own, as in the actor network's export: ?status=DISPUTED&from=2023-05
const manyDocument = `
  query ClaimReviewsExport($actor: ID, $mentions: ID, $source: ID, $status: [VerificationStatus!], $from: PartialDate, $to: PartialDate,
                           $language: String, $first: Int, $after: String) {
    statements(filter: { actor: $actor, mentions: $mentions, source: $source, status: $status, from: $from, to: $to, language: $language },
               first: $first, after: $after) {
      edges { node { ...Reviewed } }
    }
  }${reviewedFragment}`;

const manyVariables =
  parse(manyDocument).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)?.variableDefinitions ?? [];

type Work = Readonly<{ url: string | null; title: string; published: string | null; publisher?: string | null; publishedBy: { name: string } | null }>;
type Assessment = Readonly<{ at: string; by: string; status: VerificationStatus; wording: string | null; source: Work | null }>;
export type ReviewedStatement = Readonly<{
  id: string;
  text: string;
  summary: string | null;
  translation: string | null;
  date: string | null;
  assessments: readonly Assessment[];
  claims: readonly { actor: { __typename: 'Person' | 'Organisation'; name: string } }[];
  sources: readonly { source: Work }[];
}>;

/** The verdicts on the 1 (false) to 5 (true) scale fact-checkers use; UNVERIFIED is no point on it, and has only its words. */
const ratingValues: Readonly<Record<VerificationStatus, number | null>> = { FALSE: 1, DISPUTED: 2, UNVERIFIED: null, PLAUSIBLE: 4, CONFIRMED: 5 };
const ratingNames: Readonly<Record<VerificationStatus, string>> = {
  FALSE: 'False',
  DISPUTED: 'Disputed',
  UNVERIFIED: 'Unverified',
  PLAUSIBLE: 'Plausible',
  CONFIRMED: 'Confirmed',
};

const latest = (assessments: readonly Assessment[]) =>
  assessments.reduce<Assessment | undefined>((last, assessment) => (!last || assessment.at >= last.at ? assessment : last), undefined);

const creativeWork = (work: Work) => ({
  '@type': 'CreativeWork',
  headline: work.title,
  ...(work.url ? { url: work.url } : {}),
  ...(work.published ? { datePublished: work.published } : {}),
  ...(work.publishedBy ?? work.publisher ? { publisher: { '@type': 'Organization', name: work.publishedBy?.name ?? work.publisher } } : {}),
});

/** The ClaimReview of a statement's latest assessment, or undefined when nobody assessed it. `origin` is this server's. */
export function claimReviewOf(statement: ReviewedStatement, origin: string): Record<string, unknown> | undefined {
  const assessment = latest(statement.assessments);
  if (!assessment) return undefined;
  const name = ratingNames[assessment.status];
  const ratingValue = ratingValues[assessment.status];
  // Where the verdict is a source's own words, that source's outlet published the review, when the source did.
  const reviewer = assessment.source?.publishedBy
    ? { '@type': 'Organization', name: assessment.source.publishedBy.name, ...(assessment.source.url ? { url: assessment.source.url } : {}) }
    : { '@type': 'Person', name: assessment.by };
  const appearances = statement.sources
    .map(({ source }) => source)
    .sort((left, right) => (left.published ?? '9999').localeCompare(right.published ?? '9999'));
  const explorerUrl = new URL(`/?center=${encodeURIComponent(statement.id)}&selected=${encodeURIComponent(statement.id)}`, origin).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: explorerUrl,
    claimReviewed: statement.summary ?? statement.translation ?? statement.text,
    datePublished: assessment.source?.published ?? assessment.at.slice(0, 10),
    author: reviewer,
    reviewRating: {
      '@type': 'Rating',
      name,
      alternateName: assessment.wording ?? name,
      ...(ratingValue === null ? {} : { ratingValue, worstRating: 1, bestRating: 5 }),
    },
    itemReviewed: {
      '@type': 'Claim',
      text: statement.text,
      ...(statement.date ? { datePublished: statement.date } : {}),
      author: statement.claims.map(({ actor }) => ({ '@type': actor.__typename === 'Person' ? 'Person' : 'Organization', name: actor.name })),
      ...(appearances.length > 0 ? { firstAppearance: creativeWork(appearances[0]!), appearance: appearances.map(creativeWork) } : {}),
    },
  };
}

const folder = '/export/claimreview';
const onePath = new RegExp(`^${folder}/(.+)\\.jsonld$`, 'u');

/** Whether a path is one of the ClaimReview exports, which the graph exports leave to this endpoint. */
export const isClaimReviewPath = (path: string) => path === `${folder}.jsonld` || onePath.test(path);

type Answer = Readonly<{
  data?: { statement?: ReviewedStatement | null; statements?: { edges: { node: ReviewedStatement }[] } } | null;
  errors?: readonly AnswerError[];
}>;

/**
 * GET /export/claimreview/<statement id>.jsonld, the ClaimReview of one assessed statement, and
 * GET /export/claimreview.jsonld?status=DISPUTED&first=50, those of a page of statements (the `statements` filter's
 * fields and paging as parameters), of which those nobody assessed are left out. Each is a GraphQL request that goes
 * through the server like any other, with its limits, errors and authorisation; only its answer is written as JSON-LD.
 */
export function claimReviewEndpoint(): Plugin {
  let graphqlEndpoint = '/graphql';
  return {
    onYogaInit: ({ yoga }) => {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, setRequest, url, requestHandler, setRequestHandler, endResponse, fetchAPI }) {
      if (!isClaimReviewPath(url.pathname)) return;
      if (request.method !== 'GET') return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
      const statementId = onePath.exec(url.pathname)?.[1];
      let body: { query: string; variables: Record<string, unknown> };
      try {
        body = statementId
          ? { query: oneDocument, variables: { id: decodeURIComponent(statementId) } }
          : { query: manyDocument, variables: variablesFromParameters(manyVariables, url.searchParams) };
      } catch (error) {
        if (error instanceof GraphQLError || error instanceof URIError) return endResponse(errorResponse(fetchAPI, 400, [error]));
        throw error;
      }
      const headers = new fetchAPI.Headers(request.headers);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/graphql-response+json');
      setRequest(new fetchAPI.Request(new URL(graphqlEndpoint, request.url), { method: 'POST', headers, body: JSON.stringify(body) }));
      setRequestHandler(async (graphqlRequest, serverContext) => {
        const response = await requestHandler(graphqlRequest, serverContext);
        if (!response.headers.get('content-type')?.includes('json')) return response;
        const { data, errors = [] } = (await response.json()) as Answer;
        if (errors.length > 0 || !data) return graphqlErrorResponse(fetchAPI, response.status, errors);
        if (statementId && !data.statement) return errorResponse(fetchAPI, 404, [notFound(decodeURIComponent(statementId))]);
        const statements = data.statement ? [data.statement] : (data.statements?.edges ?? []).map((edge) => edge.node);
        const reviews = statements.flatMap((statement) => claimReviewOf(statement, url.origin) ?? []);
        if (statementId && reviews.length === 0) return errorResponse(fetchAPI, 404, [notAssessed(statements[0]!.id)]);
        return new fetchAPI.Response(JSON.stringify(statementId ? reviews[0] : reviews, null, 2), {
          headers: { 'content-type': 'application/ld+json; charset=utf-8' },
        });
      });
    },
  };
}
