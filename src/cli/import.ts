import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { SetupError } from '../db/local-neo4j.js';
import { type ClaimgraphDocument, InvalidDocumentError, parseDocument } from '../import/document.js';
import { type ImportResult, importDocuments } from '../import/import.js';

const usage = 'Usage: npm run import -- [--dry-run] [--author <name>] <file or glob>...   e.g. npm run import -- "articles/*.json"';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    author: { type: 'string', default: `import:${userInfo().username}` },
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
const unreadable: { file: string; problem: string }[] = [];
for (const file of files) {
  try {
    const content: unknown = JSON.parse(await readFile(file, 'utf8'));
    for (const item of Array.isArray(content) ? content : [content]) documents.push({ file, document: parseDocument(item) });
  } catch (error) {
    unreadable.push({ file, problem: error instanceof InvalidDocumentError || error instanceof SyntaxError ? error.message : String(error) });
  }
}

const config = loadConfig();
let exitCode = unreadable.length > 0 ? 1 : 0;
try {
  const connection = await connect(config);
  try {
    const started = performance.now();
    const result = await importDocuments(
      connection.database.runner(),
      documents.map(({ document }) => document),
      { author: values.author, dryRun: values['dry-run'], onProgress: progressBar(documents.length) },
    );
    printSummary(result, (performance.now() - started) / 1000);
    if (result.failed.length > 0) exitCode = 1;
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(error instanceof SetupError ? error.message : error);
  exitCode = 1;
}
process.exitCode = exitCode;

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
  for (const { file, problem } of unreadable) console.error(`  skipped ${file}: ${problem}`);
  for (const failure of result.failed) {
    const file = documents[failure.index]?.file ?? '?';
    console.error(`  failed ${file} (${failure.sourceId}): ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`);
  }
}
