/** A value's type once null is read as left out. */
export type WithoutNulls<Fields extends object> = { [Key in keyof Fields]: Exclude<Fields[Key], null> };

/**
 * The same fields with null read as left out: GraphQL inputs and stored records say null where the model's drafts
 * leave a field out. Only the top level is copied; lists and objects inside are passed on as they are.
 */
export function withoutNulls<Fields extends object>(fields: Fields): WithoutNulls<Fields> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value ?? undefined])) as WithoutNulls<Fields>;
}
