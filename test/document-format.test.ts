import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema, documentJsonSchemaFile, parseDocument } from '../src/model/document.js';

describe('the document format', () => {
  it('is published as JSON Schema in schema/document.schema.json (run `npm run schema:print` after a change)', async () => {
    expect(await readFile(documentJsonSchemaFile, 'utf8')).toBe(documentJsonSchema());
  });

  it.each(['../seed/bakhmut-2023-05.json', 'fixtures/prigozjin-dreigt-2023-05.json'])('%s follows it', async (file) => {
    const document = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8'));
    expect(() => parseDocument(document)).not.toThrow();
    const schema = JSON.parse(documentJsonSchema());
    expect(schema.required).toEqual(['source']);
    for (const part of Object.keys(document)) expect(Object.keys(schema.properties)).toContain(part);
  });
});
