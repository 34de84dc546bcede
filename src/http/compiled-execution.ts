import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  getLocation,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type SourceLocation,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

/**
 * Queries run as JavaScript compiled once per document (graphql-jit) rather than through the interpreting
 * executor, which walks the document again for every object of every answer.
 *
 * graphql-js coerces the variables first: graphql-jit coerces them too, but fills an input's default values
 * and names a missing input differently. Variables that do not coerce, mutations and subscriptions take the
 * ordinary executor, so their errors and order keep their usual meaning.
 */
export function compiledQueries(): Plugin {
  // Keyed by the parsed document, which yoga caches per query text within its own bound: no state grows with what clients send.
  const compiled = new WeakMap<DocumentNode, Map<string | null, CompiledQuery | null>>();

  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    const operationName = args.operationName ?? null;
    let byOperation = compiled.get(args.document);
    if (!byOperation) compiled.set(args.document, (byOperation = new Map()));
    if (!byOperation.has(operationName)) {
      const result = compileQuery(args.schema, args.document, operationName ?? undefined);
      byOperation.set(operationName, isCompiledQuery(result) ? result : null);
    }
    return byOperation.get(operationName)!;
  };

  return {
    onExecute: ({ args, executeFn, setExecuteFn }) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
      if (variables.errors) return;
      setExecuteFn((executed) => {
        // Compiled as executed: a plugin may hand execution another document (the response cache adds the ids and types it keeps answers by).
        const run = compiledFor(executed);
        if (!run) return executeFn(executed);
        const answer = run.query(executed.rootValue, executed.contextValue, variables.coerced);
        return answer instanceof Promise ? answer.then((result) => located(result, executed.document)) : located(answer, executed.document);
      });
    },
  };
}

/**
 * graphql-jit's errors carry their line and column but not the document's nodes, which graphql-js's errors
 * carry and by which the masking of errors places its own: each gets back the field it is about.
 */
function located(result: ExecutionResult, document: DocumentNode): ExecutionResult {
  if (!result.errors?.some((error) => !error.nodes && error.locations)) return result;
  const fields = fieldsByLocation(document);
  return {
    ...result,
    errors: result.errors.map((error) => {
      if (error.nodes || !error.locations) return error;
      const nodes = error.locations.flatMap((location) => fields.get(key(location)) ?? []);
      if (nodes.length === 0) return error;
      return new GraphQLError(error.message, { nodes, path: error.path, originalError: error.originalError, extensions: error.extensions });
    }),
  };
}

const key = ({ line, column }: SourceLocation) => `${line}:${column}`;

function fieldsByLocation(document: DocumentNode): Map<string, FieldNode> {
  const fields = new Map<string, FieldNode>();
  visit(document, {
    Field(node) {
      if (node.loc) fields.set(key(getLocation(node.loc.source, node.loc.start)), node);
    },
  });
  return fields;
}
