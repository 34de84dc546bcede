import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as seedIds from './seed-ids.js';

const seed = JSON.parse(await readFile(new URL('../seed/bakhmut-2023-05.json', import.meta.url), 'utf8'));
const declared = new Set<string>([seed.source.id, ...seed.entities.map((entity: { id: string }) => entity.id), ...seed.statements.map((statement: { id: string }) => statement.id)]);

describe("the seed's ids the tests name", () => {
  it.each(Object.entries(seedIds))('%s (%s) is declared by the seed', (_name, id) => {
    expect(declared.has(id)).toBe(true);
  });
});
