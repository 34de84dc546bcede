/**
 * `npm run bench:variants`: our server against itself with one setting changed, on the 100k corpus, the two taking
 * turns on the same queries: managed read transactions against auto-commit reads (the two ways it reads), and the
 * response cache on against off. Each comparison becomes a section of bench/RESULTS.md. The cache's figures are a line
 * of their own: the honest ratios against the peer and raw Cypher are those of `npm run bench`, with the cache off.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { parseScale, prepareBenchDatabase, projectRoot } from './database.js';
import { pickParameters, queries } from './queries.js';
import { withSection } from './report.js';
import { type RunningServer, startServer } from './servers.js';

type Variant = Readonly<{ name: string; environment: Record<string, string> }>;
type Comparison = Readonly<{ title: string; explanation: string; variants: readonly [Variant, Variant] }>;

const comparisons: readonly Comparison[] = [
  {
    title: 'Read transactions: managed against auto-commit',
    explanation:
      'Managed read transactions are what a routing URI (neo4j://, a cluster or Aura) uses, so that reads go to secondaries ' +
      'and are retried on a leader change; auto-commit is what bolt:// (one Neo4j) uses. Both pass the request\'s bookmarks.',
    variants: [
      { name: 'auto-commit', environment: { NEO4J_READ_TRANSACTIONS: 'auto-commit' } },
      { name: 'managed', environment: { NEO4J_READ_TRANSACTIONS: 'managed' } },
    ],
  },
  {
    title: 'Response cache: on against off',
    explanation:
      'RESPONSE_CACHE_TTL_MS=60000, anonymous requests, the same query over and over: after the first, every answer is a hit. ' +
      'This is what the cache saves, not how fast the API is; a write anywhere empties it.',
    variants: [
      { name: 'off', environment: { RESPONSE_CACHE_TTL_MS: '0' } },
      { name: 'on', environment: { RESPONSE_CACHE_TTL_MS: '60000' } },
    ],
  },
];

const chosen = queries.filter((query) => ['q1', 'q2', 'q3', 'q5'].some((prefix) => query.id.startsWith(prefix)));
const concurrencies = [1, 16];
const seconds = 4;
const rounds = 2;
const markdownFile = path.join(projectRoot, 'bench', 'RESULTS.md');

async function compare(comparison: Comparison, neo4jUri: string, parameters: Awaited<ReturnType<typeof pickParameters>>): Promise<string> {
  const servers: RunningServer[] = [];
  const rows: string[] = [];
  const [first, second] = comparison.variants;
  try {
    for (const [index, variant] of comparison.variants.entries()) servers.push(await startServer('ours', 4111 + index, neo4jUri, { environment: variant.environment }));
    const loadAverageBefore = os.loadavg()[0]!;
    for (const query of chosen) {
      const request = query.requests(parameters).ours!;
      const fire = (server: RunningServer, connections: number, duration: number) =>
        autocannon({
          url: server.url + request.path,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(request.body),
          connections,
          duration,
        });
      for (const server of servers) await fire(server, 4, 1);
      for (const connections of concurrencies) {
        const totals = servers.map(() => ({ requests: 0, seconds: 0, p50: 0 }));
        for (let round = 0; round < rounds; round += 1) {
          for (const [index, server] of servers.entries()) {
            const result = await fire(server, connections, seconds);
            totals[index]!.requests += result.requests.total;
            totals[index]!.seconds += result.duration;
            totals[index]!.p50 += result.latency.p50 / rounds;
          }
        }
        const [a, b] = totals.map((total) => total.requests / total.seconds) as [number, number];
        const row = `| ${query.id} | ${connections} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(2)}× | ${totals[0]!.p50.toFixed(1)} / ${totals[1]!.p50.toFixed(1)} |`;
        console.log(row);
        rows.push(row);
      }
    }
    return [
      `## ${comparison.title}`,
      '',
      `Run ${new Date().toISOString()} by \`npm run bench:variants\` at 100k, ${seconds} s per run, ${rounds} rounds, the two servers in turn; ` +
        `1-minute load average ${loadAverageBefore.toFixed(2)} before and ${os.loadavg()[0]!.toFixed(2)} after. ${comparison.explanation}`,
      '',
      `| query | c | ${first.name} req/s | ${second.name} req/s | ${second.name}/${first.name} | p50 ms ${first.name} / ${second.name} |`,
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
  } finally {
    for (const server of servers) await server.stop();
  }
}

async function main(): Promise<void> {
  const bench = await prepareBenchDatabase({ scale: parseScale('100k'), seed: 20230517, port: 7700, load: 'hand-written', log: console.log });
  try {
    const parameters = await pickParameters(bench.database.runner());
    let markdown = await readFile(markdownFile, 'utf8');
    for (const comparison of comparisons) {
      console.log(comparison.title);
      markdown = withSection(markdown, await compare(comparison, bench.neo4j.uri, parameters));
      await writeFile(markdownFile, markdown);
    }
  } finally {
    await bench.close();
  }
}

await main();
