import { Kind, type TypeNode, type VariableDefinitionNode } from 'graphql';
import { badInput } from '../../errors.js';

/**
 * An export's URL parameters as its operation's variables: a list from repeated or comma-separated
 * values, an Int or a Boolean when the text reads as one. Anything else goes through as given, so that
 * GraphQL judges it as it judges any request. An empty parameter counts as not given.
 */
export function variablesFromParameters(
  definitions: readonly VariableDefinitionNode[],
  parameters: URLSearchParams,
): Record<string, unknown> {
  const names = definitions.map((definition) => definition.variable.name.value);
  for (const name of parameters.keys()) {
    if (!names.includes(name)) throw badInput(name, `is no parameter of this export; it takes ${names.join(', ')}`);
  }
  const variables: Record<string, unknown> = {};
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const values = parameters.getAll(name).filter((value) => value !== '');
    if (values.length > 0) variables[name] = coerce(definition.type, values);
  }
  return variables;
}

function coerce(type: TypeNode, values: readonly string[]): unknown {
  switch (type.kind) {
    case Kind.NON_NULL_TYPE:
      return coerce(type.type, values);
    case Kind.LIST_TYPE:
      return values
        .flatMap((value) => value.split(','))
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => coerce(type.type, [item]));
    case Kind.NAMED_TYPE:
      return scalar(type.name.value, values[0]!);
  }
}

function scalar(typeName: string, text: string): unknown {
  if (typeName === 'Int' && /^[+-]?\d+$/.test(text)) return Number(text);
  if (typeName === 'Boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
