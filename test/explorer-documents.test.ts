import { readFile } from 'node:fs/promises';
import { buildSchema, parse, validate } from 'graphql';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const webFolder = new URL('../web/', import.meta.url).pathname;
const documentPaths = await glob('src/**/*.graphql', { cwd: webFolder });

describe("the explorer's GraphQL documents", () => {
  it('are there to check', () => {
    expect(documentPaths).toEqual(expect.arrayContaining(['src/graph.graphql', 'src/search.graphql', 'src/evidence.graphql']));
  });

  it.each(documentPaths)('%s parses and validates against schema/schema.graphql', async (path) => {
    const document = parse(await readFile(`${webFolder}${path}`, 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
