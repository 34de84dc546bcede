import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { loadConfig } from '../config.js';
import { connect } from '../connect.js';
import { SetupError } from '../db/local-neo4j/setup.js';
import { type ClaimgraphDocument, InvalidDocumentError, parseDocument } from '../model/document.js';
import { type ImportResult, importDocuments } from '../writes/import.js';
import { ApiImportError, importOverApi } from './import-over-api.js';

const usage = [
  'Usage: npm run import -- [--url <api>] [--token <token>] [--dry-run] <file or glob>...   e.g. npm run import -- "articles/*.json"',
  '  Sends each document to the running API (default http://127.0.0.1:$PORT) as importDocument, with the token',
  '  of --token or CLAIMGRAPH_TOKEN: the same tokens, limits and provenance as GraphiQL.',
  '  Operator mode, for the database owner only: --direct-to-database [--author <name>] writes into the configured',
  '  Neo4j (NEO4J_URI, or the embedded one) without the API, its tokens or its limits.',
].join('\n');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    url: { type: 'string' },
    token: { type: 'string' },
    'direct-to-database': { type: 'boolean', default: false },
    author: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length === 0) {
  console.error(usage);
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}

const files = (await glob(positionals, { onlyFiles: true, expandDirectories: false })).sort();
if (files.length === 0) {
  console.error(`No file matches ${positionals.join(' ')}.`);
  process.exit(1);
}

/** Each file holds one document, or an array of them. */
const documents: { file: string; document: ClaimgraphDocument }[] = [];
const unreadable: { file: string; reason: string }[] = [];
for (const file of files) {
  try {
    const content: unknown = JSON.parse(await readFile(file, 'utf8'));
    for (const item of Array.isArray(content) ? content : [content]) documents.push({ file, document: parseDocument(item) });
  } catch (error) {
    unreadable.push({ file, reason: error instanceof InvalidDocumentError || error instanceof SyntaxError ? error.message : String(error) });
  }
}

const config = loadConfig();
let exitCode = unreadable.length > 0 ? 1 : 0;
try {
  const started = performance.now();
  const result = values['direct-to-database'] ? await importDirectly() : await importThroughApi();
  printSummary(result, (performance.now() - started) / 1000);
  if (result.failed.length > 0) exitCode = 1;
} catch (error) {
  console.error(error instanceof SetupError || error instanceof ApiImportError ? error.message : error);
  exitCode = 1;
}
process.exitCode = exitCode;

async function importThroughApi(): Promise<ImportResult> {
  if (values.author !== undefined) throw new ApiImportError('--author is for --direct-to-database; through the API, the token names the author.');
  const token = values.token ?? config.clientToken;
  if (!token) throw new ApiImportError('Importing through the API needs a token of the editor or admin role: pass --token or set CLAIMGRAPH_TOKEN.');
  return importOverApi(
    documents.map(({ document }) => document),
    { url: values.url ?? `http://127.0.0.1:${config.port}`, token, dryRun: values['dry-run'], onProgress: progressBar(documents.length) },
  );
}

async function importDirectly(): Promise<ImportResult> {
  const connection = await connect(config);
  try {
    return await importDocuments(
      connection.database.runner(),
      documents.map(({ document }) => document),
      { author: values.author ?? `import:${userInfo().username}`, dryRun: values['dry-run'], onProgress: progressBar(documents.length) },
    );
  } finally {
    await connection.close();
  }
}

function progressBar(total: number): ((done: number) => void) | undefined {
  if (!process.stderr.isTTY || total < 2) return undefined;
  const width = 30;
  return (done) => {
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} documents`);
    if (done === total) process.stderr.write('\n');
  };
}

function printSummary(result: ImportResult, seconds: number): void {
  const sum = (pick: (counts: ImportResult['imported'][number]) => { created: number; updated: number; unchanged: number }) =>
    result.imported.reduce(
      (total, document) => {
        const counts = pick(document);
        return { created: total.created + counts.created, updated: total.updated + counts.updated, unchanged: total.unchanged + counts.unchanged };
      },
      { created: 0, updated: 0, unchanged: 0 },
    );
  const describe = ({ created, updated, unchanged }: { created: number; updated: number; unchanged: number }) =>
    `${created} created, ${updated} updated, ${unchanged} unchanged`;
  const entities = result.imported.flatMap((document) => document.entities);
  const byName = entities.filter((entity) => entity.outcome === 'MATCHED_BY_NAME');

  const verb = result.dryRun ? 'would be imported (dry run: nothing was written)' : 'imported';
  console.log(`${result.imported.length} of ${documents.length} document(s) ${verb} from ${files.length} file(s) in ${seconds.toFixed(1)} s.`);
  console.log(`  nodes:         ${describe(sum((document) => document.nodes))}`);
  console.log(`  relationships: ${describe(sum((document) => document.relationships))}`);
  console.log(
    `  entities:      ${entities.filter((entity) => entity.outcome === 'CREATED').length} created, ` +
      `${entities.filter((entity) => entity.outcome === 'MATCHED_BY_ID').length} matched by id, ${byName.length} matched by name`,
  );
  for (const entity of byName) console.log(`    ${entity.givenId} → ${entity.id} ("${entity.matchedSpelling}")`);
  for (const { file, reason } of unreadable) console.error(`  skipped ${file}: ${reason}`);
  for (const failure of result.failed) {
    const file = documents[failure.index]?.file ?? '?';
    console.error(`  failed ${file} (${failure.sourceId}): ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`);
  }
}
