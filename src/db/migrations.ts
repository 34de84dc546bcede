import { readFile } from 'node:fs/promises';
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

/** Creates what is missing of the constraints and indexes and waits until they are online. Runs before serving. */
export async function applySchema(runner: QueryRunner): Promise<void> {
  for (const statement of await schemaStatements()) {
    await runner.write((transaction) => transaction.run(statement));
  }
  await runner.write((transaction) => transaction.run('CALL db.awaitIndexes(300)'));
}
