import { readdir, readFile } from 'node:fs/promises';
import type { QueryRunner } from '../db/database.js';
import { parseDocument } from '../model/document.js';
import { importDocuments } from './import.js';

const seedFolder = new URL('../../seed/', import.meta.url);

/** The documents in seed/, each checked against the document format. */
export async function seedDocuments() {
  const files = (await readdir(seedFolder)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => parseDocument(JSON.parse(await readFile(new URL(file, seedFolder), 'utf8')))),
  );
}

/** Imports every seed document, as "seed"; loading again changes nothing. */
export async function loadSeed(runner: QueryRunner): Promise<number> {
  const documents = await seedDocuments();
  const { failed } = await importDocuments(runner, documents, { author: 'seed' });
  if (failed[0]) throw failed[0].error;
  return documents.length;
}

export async function isGraphEmpty(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.read<{ any: boolean }>('RETURN EXISTS { MATCH (:Node) } AS any');
  return !row?.any;
}
