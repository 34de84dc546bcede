import { type GraphQLSchema, isObjectType } from 'graphql';
import type { NodeRecord } from '../../model/records.js';

/**
 * The relay plugin resolves every node's `id` through an async function: a promise, and another turn of the executor,
 * for each node of each answer (a person's claims with their confirmers hold about a hundred). A node's id is shown as
 * it is stored (`encodeGlobalID` in builder.ts keeps it as it is), so each Node type's `id` reads its record's at once.
 */
export function withPlainIds(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  for (const type of Object.values(schema.getTypeMap())) {
    const id = isObjectType(type) && type.getInterfaces().some((implemented) => implemented === node) ? type.getFields()['id'] : undefined;
    if (id) id.resolve = (record: NodeRecord) => record.id;
  }
  return schema;
}
