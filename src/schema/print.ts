import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

export const schemaFile = new URL('../../schema/schema.graphql', import.meta.url);

/** The SDL that schema/schema.graphql must hold. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
