import {
  type DocumentNode,
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

/** Documents none of whose fields takes an argument that can hold a list: most reads, whose lists need no counting. */
const listFree = new WeakMap<DocumentNode, boolean>();

function takesNoList(schema: GraphQLSchema, document: DocumentNode): boolean {
  let known = listFree.get(document);
  if (known === undefined) {
    const typeInfo = new TypeInfo(schema);
    known = true;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          if (typeInfo.getFieldDef()?.args.some((argument) => canHoldList(argument.type))) known = false;
        },
      }),
    );
    listFree.set(document, known);
  }
  return known;
}

function overlongList(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): Overlong | undefined {
  if (takesNoList(schema, document)) return undefined;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Variables that do not fit their types are refused by execution itself, with its own error.
  if (variables.errors) return undefined;
  const typeInfo = new TypeInfo(schema);
  let found: Overlong | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (found || !field || field.args.length === 0) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(field, node, variables.coerced);
        } catch {
          return;
        }
        for (const argument of field.args) {
          found ??= overlongIn(values[argument.name], argument.type, argument.name);
        }
      },
    }),
  );
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
