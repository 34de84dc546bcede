import { type ASTNode, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/*
 * GraphQL itself rejects an input that lacks a required field or has a value of the wrong type, before
 * any resolver or the validation plugin sees it, with an error that has no code and names the field only
 * in prose. These become BAD_USER_INPUT with `extensions.field`, like every other input error of the API.
 */

const missingField = /Field "(?:[A-Za-z_]\w*\.)?([A-Za-z_]\w*)" of required type "[^"]+" was not provided\./;
const variableProblem = /^Variable "\$([A-Za-z_]\w*)" got invalid value .*?(?: at "([^"]+)")?; /s;

/** The dotted path of an input value inside the document's arguments, e.g. "input.names.0". */
function pathOf(document: DocumentNode, target: ASTNode): string | undefined {
  const path: (string | number)[] = [];
  let found: string | undefined;
  visit(document, {
    enter(node, key) {
      if (found) return false;
      if (node.kind === 'Argument' || node.kind === 'ObjectField') path.push(node.name.value);
      else if (typeof key === 'number' && path.length > 0) path.push(key);
      if (node === target) found = path.join('.');
      return undefined;
    },
    leave(node, key) {
      if (node.kind === 'Argument' || node.kind === 'ObjectField' || (typeof key === 'number' && path.length > 0)) path.pop();
    },
  });
  return found;
}

function withField(error: GraphQLError, field: string): GraphQLError {
  return new GraphQLError(`${field}: ${error.message}`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field },
  });
}

function literalError(error: GraphQLError, document: DocumentNode): GraphQLError {
  const node = error.nodes?.[0];
  const at = node && pathOf(document, node);
  // Only errors about a value inside an argument: those of the request's shape (unknown fields and the like) stay as they are.
  if (!at) return error;
  const missing = missingField.exec(error.message)?.[1];
  return withField(error, missing ? `${at}.${missing}` : at);
}

function variableError(error: GraphQLError): GraphQLError {
  const match = variableProblem.exec(error.message);
  if (!match || error.path) return error;
  const at = (match[2] ?? match[1]!).replace(/\[(\d+)\]/g, '.$1');
  const missing = missingField.exec(error.message.slice(match[0].length))?.[1];
  return withField(error, missing ? `${at}.${missing}` : at);
}

export const nameInvalidInputFields: Plugin = {
  onValidate: ({ params }) =>
    ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map((error) => literalError(error, params.documentAST)));
    },
  onExecute: () => ({
    onExecuteDone: ({ result, setResult }) => {
      if (Symbol.asyncIterator in result || !result.errors || result.data) return;
      setResult({ ...result, errors: result.errors.map((error) => variableError(error as GraphQLError)) });
    },
  }),
};
