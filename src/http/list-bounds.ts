import {
  type ArgumentNode,
  BREAK,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxListLength } from '../model/fields.js';
import { badInput } from '../errors.js';

type Overlong = Readonly<{ field: string; length: number }>;

/** The first list longer than the bound inside one argument value, following the argument's input type. */
function overlongIn(value: unknown, type: GraphQLInputType, at: string): Overlong | undefined {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return undefined;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return overlongIn(value, nullable.ofType, at);
    if (value.length > maxListLength) return { field: at, length: value.length };
    for (const [index, item] of value.entries()) {
      const found = overlongIn(item, nullable.ofType, `${at}.${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const [name, field] of Object.entries(nullable.getFields())) {
      const found = overlongIn((value as Record<string, unknown>)[name], field.type, `${at}.${name}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** Whether a value of the type can hold a list, at any depth of its input objects. */
function canHoldList(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return true;
  if (!isInputObjectType(nullable) || seen.has(nullable)) return false;
  seen.add(nullable);
  return Object.values(nullable.getFields()).some((field) => canHoldList(field.type, seen));
}

/** A field of a document with arguments that can hold a list. */
type ListSite = Readonly<{ field: GraphQLField<unknown, unknown>; node: FieldNode; argumentNames: readonly string[] }>;

/**
 * What a document's lists are, found once per parsed document (yoga caches those by their text, within its own bound):
 * the first list too long among arguments written out in the document, and the fields whose list arguments take
 * variables, the only ones a request's variables can change.
 */
type DocumentLists = Readonly<{ literalOverlong: Overlong | undefined; variableSites: readonly ListSite[] }>;

const documentLists = new WeakMap<DocumentNode, DocumentLists>();

const takesVariable = (node: ArgumentNode): boolean => {
  let found = false;
  visit(node.value, {
    Variable() {
      found = true;
      return BREAK;
    },
  });
  return found;
};

function overlongAt(site: ListSite, variables: Record<string, unknown>): Overlong | undefined {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(site.field, site.node, variables);
  } catch {
    // Arguments that do not fit their types are refused by execution itself, with its own error.
    return undefined;
  }
  let found: Overlong | undefined;
  for (const argument of site.field.args) {
    if (site.argumentNames.includes(argument.name)) found ??= overlongIn(values[argument.name], argument.type, argument.name);
  }
  return found;
}

function listsOf(schema: GraphQLSchema, document: DocumentNode): DocumentLists {
  let known = documentLists.get(document);
  if (known === undefined) {
    const typeInfo = new TypeInfo(schema);
    let literalOverlong: Overlong | undefined;
    const variableSites: ListSite[] = [];
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const field = typeInfo.getFieldDef();
          if (!field) return;
          const written = new Map((node.arguments ?? []).map((argument) => [argument.name.value, argument]));
          const lists = field.args.filter((argument) => written.has(argument.name) && canHoldList(argument.type));
          const literal = lists.filter((argument) => !takesVariable(written.get(argument.name)!)).map((argument) => argument.name);
          const variable = lists.filter((argument) => takesVariable(written.get(argument.name)!)).map((argument) => argument.name);
          for (const name of literal) {
            const argument = field.args.find((candidate) => candidate.name === name)!;
            literalOverlong ??= overlongIn(valueFromAST(written.get(name)!.value, argument.type), argument.type, name);
          }
          if (variable.length > 0) variableSites.push({ field, node, argumentNames: variable });
        },
      }),
    );
    documentLists.set(document, (known = { literalOverlong, variableSites }));
  }
  return known;
}

function overlongList(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): Overlong | undefined {
  const { literalOverlong, variableSites } = listsOf(schema, document);
  if (literalOverlong || variableSites.length === 0) return literalOverlong;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Variables that do not fit their types are refused by execution itself, with its own error.
  if (variables.errors) return undefined;
  let found: Overlong | undefined;
  for (const site of variableSites) found ??= overlongAt(site, variables.coerced);
  return found;
}

/**
 * Every list an argument holds, at any depth of its input objects, has at most `maxListLength` items:
 * one rule for every field and for the export endpoints, which go through GraphQL. The JSON of a
 * document to import is no GraphQL list and is bounded by its own format.
 */
export const listBounds: Plugin = {
  onExecute: ({ args, setResultAndStopExecution }) => {
    const operation = (args.document as DocumentNode).definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        (args.operationName == null || definition.name?.value === args.operationName),
    );
    if (!operation) return;
    const overlong = overlongList(args.schema, args.document, operation, (args.variableValues ?? {}) as Record<string, unknown>);
    if (overlong) {
      setResultAndStopExecution({
        errors: [badInput(overlong.field, `a list holds at most ${maxListLength} items, this one ${overlong.length}`)],
      });
    }
  },
};
