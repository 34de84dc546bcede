import { type DocumentNode, type ExecutionArgs, getOperationAST, getVariableValues } from 'graphql';
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
    onExecute: ({ args, setExecuteFn }) => {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], (args.variableValues ?? {}) as Record<string, unknown>);
      if (variables.errors) return;
      const query = compiledFor(args);
      if (!query) return;
      setExecuteFn((executed) => query.query(executed.rootValue, executed.contextValue, variables.coerced));
    },
  };
}
