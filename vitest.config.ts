import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Files that open no database, server process or browser: they run in parallel, in seconds (`npm run test:unit`).
 * Every other file is an integration test; a new file is one until it is listed here.
 */
const unitTests = [
  'test/attribution-edits.test.ts',
  'test/capacity.test.ts',
  'test/citation-shapes.test.ts',
  'test/document-cache.test.ts',
  'test/document-format.test.ts',
  'test/explorer-documents.test.ts',
  'test/explorer-drawing.test.ts',
  'test/failures.test.ts',
  'test/held-out.test.ts',
  'test/import-cycles.test.ts',
  'test/name-similarity.test.ts',
  'test/names.test.ts',
  'test/readme-counts.test.ts',
  'test/recent-calls.test.ts',
  'test/revision-fields.test.ts',
  'test/schema.test.ts',
  'test/seed-ids.test.ts',
  'test/suggest.test.ts',
  'test/suggest-hostile.test.ts',
  'test/suggest-phenomena-en.test.ts',
  'test/suggest-phenomena-nl.test.ts',
  'test/suggest-stages.test.ts',
  'test/text-hits.test.ts',
];

export default defineConfig({
  resolve: {
    // Node loads graphql 16's CommonJS build for yoga; vite would pick its .mjs build for our code,
    // and two copies of graphql break `instanceof GraphQLError`. Use the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // Limits for a busy machine, in both projects: a test fails on what it checks, and on these only when it hangs.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: unitTests, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: unitTests,
          // The embedded Neo4j, started only when an integration file runs.
          globalSetup: ['test/global-setup.ts'],
          // The files share one test database, which some of them rewrite.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
