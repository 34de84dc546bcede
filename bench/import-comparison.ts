/**
 * The project's import against the hand-written limit, on the same sample of the corpus, in a scratch
 * Neo4j of its own (`.neo4j/data/bench-import`): hand-written, project, hand-written, project, wiping between.
 */
import type { Database } from '../src/db/database.js';
import { applySchema } from '../src/db/migrations.js';
import { Corpus } from './corpus/generate.js';
import { countRows, graphFingerprint, loadHandWritten, type LoadReport, loadThroughProject } from './corpus/load.js';
import { openDatabase, startBenchNeo4j } from './database.js';

export type ImportComparison = Readonly<{
  sampleStatements: number;
  rows: number;
  runs: LoadReport[];
  projectRowsPerSecond: number;
  handWrittenRowsPerSecond: number;
  ratio: number;
  projectMethod: string;
  /** Node and relationship counts after each method, when they differ (the import resolves entities by name). */
  graphs: { handWritten: string; project: string } | null;
}>;

async function wipe(database: Database): Promise<void> {
  for (;;) {
    const [row] = await database
      .runner()
      .write((transaction) => transaction.run<{ deleted: number }>('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted'));
    if (!row?.deleted) return;
  }
}

export async function compareImports(
  options: Readonly<{ statements: number; seed: number; port: number; log: (line: string) => void }>,
): Promise<ImportComparison> {
  const neo4j = await startBenchNeo4j('bench-import', options.port, options.log);
  const database = openDatabase(neo4j.uri);
  try {
    await wipe(database);
    await applySchema(database.runner());
    // A small warm-up load, so that neither method pays for the JIT and the query caches alone.
    const warmUp = [...new Corpus({ statements: 300, seed: options.seed + 1 }).documents()];
    await loadHandWritten(database, () => warmUp, 10_000);
    await wipe(database);
    await loadThroughProject(database, warmUp, 0, warmUp.length);
    await wipe(database);

    const documents = [...new Corpus({ statements: options.statements, seed: options.seed }).documents()];
    const { nodes, relationships } = countRows(documents);
    const runs: LoadReport[] = [];
    const fingerprints: Record<'hand-written' | 'project', string | undefined> = { 'hand-written': undefined, project: undefined };
    for (let round = 0; round < 2; round += 1) {
      for (const method of ['hand-written', 'project'] as const) {
        const report =
          method === 'project'
            ? // All documents in one call, as `npm run import` passes them: the import cuts its own ~10k-row transactions.
              await loadThroughProject(database, documents, nodes + relationships, documents.length)
            : await loadHandWritten(database, () => documents, 10_000);
        fingerprints[method] = await graphFingerprint(database.runner());
        options.log(`  ${report.method}: ${report.rows} rows in ${report.seconds.toFixed(1)} s, ${report.rowsPerSecond.toFixed(0)} rows/s`);
        runs.push(report);
        await wipe(database);
      }
    }
    const rate = (project: boolean) => {
      const chosen = runs.filter((run) => run.method.startsWith('hand-written') !== project);
      return chosen.reduce((sum, run) => sum + run.rows, 0) / chosen.reduce((sum, run) => sum + run.seconds, 0);
    };
    const same = fingerprints['hand-written'] === fingerprints.project;
    if (!same) options.log(`  The two loads made different graphs:\n    hand-written ${fingerprints['hand-written']}\n    project      ${fingerprints.project}`);
    return {
      graphs: same ? null : { handWritten: fingerprints['hand-written']!, project: fingerprints.project! },
      sampleStatements: options.statements,
      rows: nodes + relationships,
      runs,
      projectRowsPerSecond: rate(true),
      handWrittenRowsPerSecond: rate(false),
      ratio: rate(true) / rate(false),
      projectMethod: runs.find((run) => !run.method.startsWith('hand-written'))!.method,
    };
  } finally {
    await database.close();
    await neo4j.stop();
  }
}
