/** Marks a field whose work grows with its arguments (traversals, rankings, full-text search): http/rate-limits.ts limits it. */
export const expensiveField = { expensive: true } as const;
