import type { builder } from '../builder.js';

/** The builder's schema types, for helpers that take a Pothos field or argument builder. */
export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;
