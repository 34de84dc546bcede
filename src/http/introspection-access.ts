import { BREAK, type DocumentNode, type ExecutionResult, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type AccessPolicy, authenticate } from '../auth/tokens.js';
import type { Context } from '../context.js';
import { unauthenticated } from '../errors.js';

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value !== '__schema' && field.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** The schema is as closed as the data: with REQUIRE_TOKEN_FOR_READS, introspection needs a token too. */
export const introspectionNeedsReadAccess: Plugin<Context> = {
  onExecute: ({ args, setResultAndStopExecution }) => {
    if (args.contextValue.permissions.read || !asksForIntrospection(args.document)) return;
    setResultAndStopExecution({ errors: [unauthenticated(args.contextValue.authenticationRefusal)] });
  },
};

/** graphql-js's hint at names of the schema: "Did you mean "people" or "place"?", "Did you mean the enum value "PERSON"?". */
const suggestion = / ?Did you mean [^?]*\?/g;

/** Whether a request may read, from its token alone: validation, whose errors suggest names, runs before the context is made. */
function mayRead(access: AccessPolicy, request: Request): boolean {
  return !access.requireTokenForReads || authenticate(access, request.headers.get('authorization')).viewer !== undefined;
}

function withoutSuggestion(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message.replace(suggestion, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** Where introspection needs a token, so does being told the schema's names by an error: no "Did you mean …?" without one. */
export function fieldSuggestionsNeedReadAccess(access: AccessPolicy): Plugin {
  return {
    onResultProcess: ({ request, result, setResult }) => {
      if (Array.isArray(result) || !result || typeof result !== 'object' || !('errors' in result)) return;
      const { errors } = result as ExecutionResult;
      if (!errors?.some((error) => error.message.includes('Did you mean')) || mayRead(access, request)) return;
      setResult({ ...result, errors: errors.map(withoutSuggestion) });
    },
  };
}
