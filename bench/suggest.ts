/**
 * `npm run bench:suggest [-- --size 100000 --neo4j-port 7735 --neo4j-uri bolt://…]`: how long `suggestAttributions`
 * takes on each hostile shape and on real articles (bench/suggest-shapes.ts), and whether the server keeps answering
 * others while it reads: four such requests at once while a fifth client asks `{ __typename }` in a loop.
 *
 * The server starts as a user starts it (`npm start`: the compiled `dist/server.js` with its flags), over an embedded Neo4j started here
 * in a fresh `.neo4j/data/suggest-<port>` (the server loads the seed into it), or over `--neo4j-uri`.
 * Writes bench/SUGGEST.md; a benchmark, not a test: it reports against the targets and fails nothing.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { freePort } from '../test/free-port.js';
import { projectRoot } from './database.js';
import { buildOurServer, startArguments } from './servers.js';
import { type SuggestShape, suggestShapes } from './suggest-shapes.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    'neo4j-port': { type: 'string', default: '7735' },
    'neo4j-uri': { type: 'string' },
  },
});
const size = Number(values.size);
const neo4jPort = Number(values['neo4j-port']);
const reportFile = path.join(projectRoot, 'bench', 'SUGGEST.md');
const concurrent = 4;
const targets = { shapeMs: 1000, articleMs: 500, typenameP99Ms: 50 };
const log = (line: string) => console.log(line);

const suggestQuery = 'query ($text: String!) { suggestAttributions(text: $text) { language suggestions { kind } } }';

type Answer = Readonly<{ milliseconds: number; outcome: string }>;

async function post(url: string, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: { suggestAttributions?: { suggestions: unknown[] } }; errors?: { extensions?: { code?: string } }[] };
  const milliseconds = performance.now() - started;
  const code = body.errors?.[0]?.extensions?.code;
  const outcome = code ?? (body.data?.suggestAttributions ? `${body.data.suggestAttributions.suggestions.length} suggestions` : 'answered');
  return { milliseconds, outcome };
}

/** `{ __typename }` alone for a while: what the machine's own load costs it, to set the rounds below against. */
async function baseline(url: string, milliseconds: number): Promise<number[]> {
  const typename: number[] = [];
  const until = performance.now() + milliseconds;
  while (performance.now() < until) typename.push((await post(url, '{ __typename }')).milliseconds);
  return typename;
}

/** Four of one shape at once, while one client asks `{ __typename }` again as soon as it has its answer. */
async function underLoad(url: string, shape: SuggestShape) {
  const started = performance.now();
  let reading = true;
  const typename: number[] = [];
  const quick = (async () => {
    while (reading) typename.push((await post(url, '{ __typename }')).milliseconds);
  })();
  const answers = await Promise.all(Array.from({ length: concurrent }, () => post(url, suggestQuery, { text: shape.text })));
  const wallMs = performance.now() - started;
  reading = false;
  await quick;
  return { shape: shape.name, answers, wallMs, typename };
}

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** "3 × 403 suggestions, 1 × SUGGESTION_BUDGET_EXCEEDED". */
function tally(outcomes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, count]) => `${count} × ${outcome}`).join(', ');
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const mark = (value: number, target: number) => (value <= target ? 'yes' : '**no**');


function startServer(port: number, neo4jUri: string): ChildProcess {
  buildOurServer();
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: neo4jUri, RATE_LIMIT_PER_MINUTE: '1000000', LOG_LEVEL: 'warn' };
  delete environment['CLAIMGRAPH_TOKENS_FILE'];
  const child = spawn(process.execPath, startArguments(), { cwd: projectRoot, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream! }).on('line', (line) => log(`  server: ${line.slice(0, 300)}`));
  return child;
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`The server exited during start (${server.exitCode}).`);
    const status = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error('GET /ready did not answer 200 within 300 s.');
    await delay(250);
  }
}

function commitDescription(): string {
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).trim();
  return changed ? `${commit} with uncommitted changes` : commit;
}

async function main(): Promise<void> {
  const name = `suggest-${neo4jPort}`;
  if (!values['neo4j-uri']) await rm(path.join(projectRoot, '.neo4j', 'data', name), { recursive: true, force: true });
  const { heap } = loadConfig().localNeo4j;
  const neo4j = values['neo4j-uri'] ? undefined : await startLocalNeo4j({ name, port: neo4jPort, heap, log });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = startServer(port, values['neo4j-uri'] ?? neo4j!.uri);
  try {
    await waitUntilReady(url, server);
    const shapes = suggestShapes(size);
    const loadBefore = os.loadavg()[0]!;
    // The first request starts the pool's threads; the measured ones find them loaded, as a running server does.
    log(`warm-up: ${(await post(url, suggestQuery, { text: shapes.at(-1)!.text.slice(0, 5_000) })).outcome}`);
    const quiet = await baseline(url, 5_000);
    log(`__typename alone: p50 ${ms(percentile(quiet, 0.5))} p99 ${ms(percentile(quiet, 0.99))} ms (${quiet.length})`);
    const alone: { shape: string; answer: Answer }[] = [];
    for (const shape of shapes) {
      const answer = await post(url, suggestQuery, { text: shape.text });
      log(`${shape.name}: ${ms(answer.milliseconds)} ms, ${answer.outcome}`);
      alone.push({ shape: shape.name, answer });
    }
    const loaded = [];
    for (const shape of shapes) {
      const round = await underLoad(url, shape);
      log(`${concurrent} × ${shape.name}: ${ms(round.wallMs)} ms; __typename p50 ${ms(percentile(round.typename, 0.5))} p99 ${ms(percentile(round.typename, 0.99))} ms (${round.typename.length})`);
      loaded.push(round);
    }
    const everyTypename = loaded.flatMap((round) => round.typename);
    const loadAfter = os.loadavg()[0]!;
    const isArticle = (shape: string) => shape.startsWith('real');
    const report = [
      '# suggestAttributions under hostile input',
      '',
      `\`npm run bench:suggest -- --size ${size}\`, ${new Date().toISOString()}, commit ${commitDescription()}, Node ${process.version}, ` +
        `${os.availableParallelism()} CPUs, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}. ` +
        `Server \`node ${startArguments().join(' ')}\` (as \`npm start\`; SUGGEST_WORKERS ${process.env['SUGGEST_WORKERS'] ?? 'default'}, SUGGEST_BUDGET_MS ${process.env['SUGGEST_BUDGET_MS'] ?? 'default'}); ` +
        `texts of ${size} characters from bench/suggest-shapes.ts. Times are the client's, from request to parsed answer.`,
      '',
      `## One at a time (targets: each shape ≤ ${targets.shapeMs} ms, a real article ≤ ${targets.articleMs} ms)`,
      '',
      '| input | ms | answer | within target |',
      '|---|---:|---|---|',
      ...alone.map(({ shape, answer }) => `| ${shape} | ${ms(answer.milliseconds)} | ${answer.outcome} | ${mark(answer.milliseconds, isArticle(shape) ? targets.articleMs : targets.shapeMs)} |`),
      '',
      `## ${concurrent} at once, while a fifth client asks \`{ __typename }\` in a loop (target: its p99 ≤ ${targets.typenameP99Ms} ms)`,
      '',
      `| input | all ${concurrent} answered in ms | answers | \`__typename\` requests | p50 ms | p99 ms | max ms |`,
      '|---|---:|---|---:|---:|---:|---:|',
      `| none (\`__typename\` alone for 5 s) | | | ${quiet.length} | ${ms(percentile(quiet, 0.5))} | ${ms(percentile(quiet, 0.99))} | ${ms(Math.max(...quiet))} |`,
      ...loaded.map(
        (round) =>
          `| ${round.shape} | ${ms(round.wallMs)} | ${tally(round.answers.map((answer) => answer.outcome))} | ${round.typename.length} | ` +
          `${ms(percentile(round.typename, 0.5))} | ${ms(percentile(round.typename, 0.99))} | ${ms(Math.max(...round.typename))} |`,
      ),
      `| **all rounds** | | | ${everyTypename.length} | ${ms(percentile(everyTypename, 0.5))} | ${ms(percentile(everyTypename, 0.99))} ` +
        `(${mark(percentile(everyTypename, 0.99), targets.typenameP99Ms)}) | ${ms(Math.max(...everyTypename))} |`,
      '',
    ].join('\n');
    await writeFile(reportFile, report);
    log(`Wrote ${path.relative(projectRoot, reportFile)}.`);
  } finally {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await neo4j?.stop();
  }
}

await main();
