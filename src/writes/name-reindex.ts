import type { QueryRunner } from '../db/database.js';
import {
  deleteUnlinkedNameKeys,
  hasEntities,
  rebuildEntityNames,
  recordNameFoldingVersion,
  sharedNameKeys,
  storedNameFoldingVersion,
} from '../data/name-reindex.js';
import { entityKinds } from '../model/kinds.js';
import { nameFoldingVersion } from '../model/names.js';

const entitiesPerTransaction = 1_000;

/**
 * The version is recorded only once every entity is rebuilt, so an interrupted rebuild starts over at the
 * next start; rebuilding an entity twice changes nothing. An empty database records it without a rebuild.
 */
export async function rebuildNamesIfFoldingChanged(runner: QueryRunner, log: (line: string) => void): Promise<void> {
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
