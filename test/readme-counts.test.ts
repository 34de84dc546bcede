import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/model/document.js';

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
const seed = parseDocument(JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8')));

describe("the README's account of the seed", () => {
  it('counts the entities, statements and edges the seed loads', () => {
    const [, entities, statements, edges] = /(\d+) entities, (\d+) statements and (\d+) edges/u.exec(readme) ?? [];
    expect({ entities: Number(entities), statements: Number(statements), edges: Number(edges) }).toEqual({
      entities: seed.entities.length,
      statements: seed.statements.length,
      edges: seed.edges.length,
    });
  });
});
