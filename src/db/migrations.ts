import { readFile } from 'node:fs/promises';
import { entityKinds } from '../model/kinds.js';
import {
  deleteUnlinkedNameKeys,
  hasEntities,
  rebuildEntityNames,
  recordNameFoldingVersion,
  sharedNameKeys,
  storedNameFoldingVersion,
} from '../data/name-reindex.js';
import { nameFoldingVersion } from '../model/names.js';
import type { QueryRunner } from './database.js';

const constraintsFile = new URL('../../schema/constraints.cypher', import.meta.url);

/** The statements of schema/constraints.cypher, comments removed. */
async function schemaStatements(): Promise<string[]> {
  const text = await readFile(constraintsFile, 'utf8');
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Creates what is missing of the constraints and indexes and waits until they are online; then rebuilds the
 * stored name skeletons if they were made by another name folding than this code's. Runs before serving.
 */
export async function applySchema(runner: QueryRunner, log: (line: string) => void = () => {}): Promise<void> {
  for (const statement of await schemaStatements()) {
    await runner.write((transaction) => transaction.run(statement));
  }
  await runner.write((transaction) => transaction.run('CALL db.awaitIndexes(300)'));
  await rebuildNamesIfFoldingChanged(runner, log);
}

const entitiesPerTransaction = 1_000;

/**
 * The version is recorded only once every entity is rebuilt, so an interrupted rebuild starts over at the
 * next start; rebuilding an entity twice changes nothing. An empty database records it without a rebuild.
 */
async function rebuildNamesIfFoldingChanged(runner: QueryRunner, log: (line: string) => void): Promise<void> {
  const stored = await storedNameFoldingVersion(runner);
  if (stored === nameFoldingVersion) return;
  if (stored !== null || (await hasEntities(runner))) {
    // Databases built before the version was recorded were folded by version 1.
    log(`Rebuilding name keys and search text: names were folded by version ${stored ?? 1}, now by ${nameFoldingVersion}.`);
    let entities = 0;
    for (const kind of entityKinds) {
      let afterId = '';
      for (;;) {
        const from = afterId;
        const ids = await runner.write((transaction) => rebuildEntityNames(transaction, kind, from, entitiesPerTransaction));
        if (ids.length === 0) break;
        entities += ids.length;
        afterId = ids.at(-1)!;
      }
    }
    let deleted: number;
    do {
      deleted = await runner.write((transaction) => deleteUnlinkedNameKeys(transaction, entitiesPerTransaction));
    } while (deleted > 0);
    log(`Rebuilt the names of ${entities} entities.`);
    const shared = await sharedNameKeys(runner);
    if (shared.count > 0) {
      const examples = shared.examples.map(({ key, ids }) => `${key} (${ids.join(', ')})`).join('; ');
      log(`${shared.count} name key(s) now name more than one entity, so imports of those spellings fail naming them, e.g. ${examples}.`);
    }
  }
  await recordNameFoldingVersion(runner, nameFoldingVersion);
}
