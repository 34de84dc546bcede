/**
 * The benchmark's Neo4j: an embedded one with APOC (the peer needs it), data in `.neo4j/data/bench-<scale>`
 * (git-ignored), loaded once per generator version, scale and seed, and reused while its marker matches.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Database, type ReadTransactions } from '../src/db/database.js';
import { type LocalNeo4j } from '../src/db/local-neo4j/supervisor.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';
import { rebuildNamesIfFoldingChanged } from '../src/writes/name-reindex.js';
import { countUncountedStatements } from '../src/data/statement-counts.js';
import { Corpus, generatorVersion } from './corpus/generate.js';
import { countRows, graphFingerprint, loadHandWritten, type LoadReport, loadThroughProject } from './corpus/load.js';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export type Scale = Readonly<{ name: string; statements: number }>;

/** "100k", "1m", "20k" → statements. */
export function parseScale(text: string): Scale {
  const match = /^(\d+)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`--scale reads like 100k or 1m, got ${JSON.stringify(text)}`);
  const factor = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return { name: text.trim().toLowerCase(), statements: Number(match[1]) * factor };
}

export type CorpusMarker = Readonly<{
  generatorVersion: number;
  statements: number;
  seed: number;
  loadedAt: string;
  load: LoadReport & { nodes: number; relationships: number };
  fingerprint: string;
}>;

export type BenchDatabase = Readonly<{
  neo4j: LocalNeo4j;
  database: Database;
  marker: CorpusMarker;
  close: () => Promise<void>;
}>;

export type LoadMethod = 'import' | 'hand-written';

/** `NEO4J_READ_TRANSACTIONS` picks how reads run, as it does for `npm start` (bench/variants.ts times both). */
export function openDatabase(uri: string): Database {
  const readTransactions = process.env['NEO4J_READ_TRANSACTIONS'] as ReadTransactions | undefined;
  return new Database({ uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000, readTransactions });
}

/**
 * The page cache holds the whole store (about 0.5 GB per 100k statements, besides the full-text indexes
 * that Lucene maps itself), so that the timed queries read memory rather than disk.
 */
export async function startBenchNeo4j(
  name: string,
  port: number,
  log: (line: string) => void,
  statements = 100_000,
): Promise<LocalNeo4j> {
  const pageCacheMb = Math.min(12_288, Math.max(2048, Math.ceil(statements / 100_000) * 800));
  return startLocalNeo4j({
    name,
    port,
    apoc: true,
    heap: process.env['BENCH_NEO4J_HEAP'] ?? '3g',
    pageCacheMb: Number(process.env['BENCH_NEO4J_PAGECACHE_MB'] ?? pageCacheMb),
    log,
  });
}

/** Starts the bench Neo4j for this scale and seed, loading the corpus first when the folder does not hold it. */
export async function prepareBenchDatabase(
  options: Readonly<{ scale: Scale; seed: number; port: number; load: LoadMethod; log: (line: string) => void }>,
): Promise<BenchDatabase> {
  const name = `bench-${options.scale.name}`;
  const folder = path.join(projectRoot, '.neo4j', 'data', name);
  const markerFile = path.join(folder, 'corpus.json');
  let marker = await readMarker(markerFile);
  const fits = (candidate: CorpusMarker | undefined) =>
    candidate?.generatorVersion === generatorVersion && candidate.statements === options.scale.statements && candidate.seed === options.seed;
  if (!fits(marker) && existsSync(folder)) {
    options.log(`${path.relative(projectRoot, folder)} holds no complete corpus of this version, scale and seed: loading it afresh.`);
    await rm(folder, { recursive: true, force: true });
  }
  const neo4j = await startBenchNeo4j(name, options.port, options.log, options.scale.statements);
  const database = openDatabase(neo4j.uri);
  const close = async () => {
    await database.close();
    await neo4j.stop();
  };
  try {
    await applySchema(database.runner());
    if (!fits(marker)) {
      marker = await loadCorpus(database, options);
      await writeFile(markerFile, `${JSON.stringify(marker, null, 2)}\n`);
    }
    // A corpus loaded before the names were folded as they are now is folded again, as the server would at start.
    await rebuildNamesIfFoldingChanged(database.runner(), options.log);
    // The hand-written load writes no counts; the server counts them at start, and so does the bench, once.
    const counted = await countUncountedStatements(database.runner());
    if (counted > 0) options.log(`Counted the claimants, confirmations, disputes and sources of ${counted} statements.`);
    return { neo4j, database, marker: marker!, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function readMarker(file: string): Promise<CorpusMarker | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CorpusMarker;
  } catch {
    return undefined;
  }
}

async function loadCorpus(
  database: Database,
  options: Readonly<{ scale: Scale; seed: number; load: LoadMethod; log: (line: string) => void }>,
): Promise<CorpusMarker> {
  const corpus = new Corpus({ statements: options.scale.statements, seed: options.seed });
  options.log(
    `Generating and loading ${options.scale.statements} statements (seed ${options.seed}): ${corpus.counts.people} people, ` +
      `${corpus.counts.organisations} organisations, ${corpus.counts.places} places, ${corpus.counts.newsSources} news sources…`,
  );
  const { nodes, relationships } = countRows(corpus.documents());
  const total = corpus.counts.newsSources;
  let lastReport = Date.now();
  const progress = (documents: number) => {
    if (Date.now() - lastReport < 30_000) return;
    lastReport = Date.now();
    options.log(`  … ${documents} of about ${total} documents`);
  };
  const report =
    options.load === 'import'
      ? await loadThroughProject(database, corpus.documents(), nodes + relationships, 200, progress)
      : await loadHandWritten(database, () => corpus.documents(), 10_000);
  options.log(`Loaded ${nodes} nodes and ${relationships} relationships in ${report.seconds.toFixed(0)} s (${report.rowsPerSecond.toFixed(0)} rows/s, ${report.method}).`);
  return {
    generatorVersion,
    statements: options.scale.statements,
    seed: options.seed,
    loadedAt: new Date().toISOString(),
    load: { ...report, nodes, relationships },
    fingerprint: await graphFingerprint(database.runner()),
  };
}
