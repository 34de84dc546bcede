import { BREAK, type DocumentNode, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
    setResultAndStopExecution({ errors: [unauthenticated(args.contextValue.authenticationProblem)] });
  },
};
