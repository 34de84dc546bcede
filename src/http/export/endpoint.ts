import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { noSuchExport } from '../../errors.js';
import { isClaimReviewPath } from './claim-review.js';
import { type AnswerError, errorResponse, graphqlErrorResponse } from './error-response.js';
import { exportedGraph, type GraphAnswer } from './exported-graph.js';
import { exportFormats } from './formats.js';
import { exportOperations } from './operations.js';
import { variablesFromParameters } from './variables.js';

const exportFolder = '/export/';

type Answer = Readonly<{ data?: { answer: GraphAnswer | GraphAnswer[] } | null; errors?: readonly AnswerError[] }>;

const ownValue = <Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * GET /export/<field>.<format>, e.g. /export/graph.gexf?center=person:yevgeny-prigozhin&depth=2: the answer
 * of `graph`, `paths` or `actorNetwork` as a file. The request is turned into that field's GraphQL request
 * and goes on through the server like any other, so it gets the same arguments, limits, errors and
 * authorisation as /graphql; only its answer is written as a file.
 */
export function exportEndpoint(): Plugin {
  let graphqlEndpoint = '/graphql';
  return {
    onYogaInit: ({ yoga }) => {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    onRequest({ request, setRequest, url, requestHandler, setRequestHandler, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(exportFolder) || isClaimReviewPath(url.pathname)) return;
      const fileName = url.pathname.slice(exportFolder.length);
      const [field = '', ...extension] = fileName.split('.');
      const operation = ownValue(exportOperations, field);
      const format = ownValue(exportFormats, extension.join('.'));
      if (!operation || !format) {
        const exports = `/export/{${Object.keys(exportOperations).join(',')}}.{${Object.keys(exportFormats).join(',')}}`;
        return endResponse(errorResponse(fetchAPI, 404, [noSuchExport(url.pathname, exports)]));
      }
      if (request.method !== 'GET') {
        return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
      }
      let variables: Record<string, unknown>;
      try {
        variables = variablesFromParameters(operation.variables, url.searchParams);
      } catch (error) {
        if (error instanceof GraphQLError) return endResponse(errorResponse(fetchAPI, 400, [error]));
        throw error;
      }

      const headers = new fetchAPI.Headers(request.headers);
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/graphql-response+json');
      setRequest(
        new fetchAPI.Request(new URL(graphqlEndpoint, request.url), {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: operation.document, variables }),
        }),
      );
      setRequestHandler(async (graphqlRequest, serverContext) => {
        const response = await requestHandler(graphqlRequest, serverContext);
        if (!response.headers.get('content-type')?.includes('json')) return response;
        const { data, errors = [] } = (await response.json()) as Answer;
        if (errors.length > 0 || !data) return graphqlErrorResponse(fetchAPI, response.status, errors);
        const graph = exportedGraph(Array.isArray(data.answer) ? data.answer : [data.answer]);
        return new fetchAPI.Response(await format.write(graph), {
          headers: { 'content-type': format.contentType, 'content-disposition': `attachment; filename="${fileName}"` },
        });
      });
    },
  };
}
