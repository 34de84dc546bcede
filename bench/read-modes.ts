/**
 * `npm run bench:read-modes`: what managed read transactions cost against auto-commit reads, the two ways our
 * server reads (managed on a routing URI, for clusters; auto-commit on bolt://). Two of our servers on the 100k
 * corpus, one per mode, take turns on the same queries; the table goes into bench/RESULTS.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { parseScale, prepareBenchDatabase, projectRoot } from './database.js';
import { pickParameters, queries } from './queries.js';
import { type RunningServer, startServer } from './servers.js';

const modes = ['auto-commit', 'managed'] as const;
const chosen = queries.filter((query) => ['q1', 'q2', 'q3', 'q5'].some((prefix) => query.id.startsWith(prefix)));
const concurrencies = [1, 16];
const seconds = 4;
const rounds = 2;
const markdownFile = path.join(projectRoot, 'bench', 'RESULTS.md');
const sectionTitle = '## Read transactions: managed against auto-commit';

async function main(): Promise<void> {
  const bench = await prepareBenchDatabase({ scale: parseScale('100k'), seed: 20230517, port: 7700, load: 'hand-written', log: console.log });
  const servers: Partial<Record<(typeof modes)[number], RunningServer>> = {};
  const rows: string[] = [];
  try {
    const parameters = await pickParameters(bench.database.runner());
    for (const [index, mode] of modes.entries()) {
      servers[mode] = await startServer('ours', 4111 + index, bench.neo4j.uri, { NEO4J_READ_TRANSACTIONS: mode });
    }
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
      for (const mode of modes) await fire(servers[mode]!, 4, 1);
      for (const connections of concurrencies) {
        const totals = { 'auto-commit': { requests: 0, seconds: 0, p50: 0 }, managed: { requests: 0, seconds: 0, p50: 0 } };
        for (let round = 0; round < rounds; round += 1) {
          for (const mode of modes) {
            const result = await fire(servers[mode]!, connections, seconds);
            totals[mode].requests += result.requests.total;
            totals[mode].seconds += result.duration;
            totals[mode].p50 += result.latency.p50 / rounds;
          }
        }
        const rate = (mode: (typeof modes)[number]) => totals[mode].requests / totals[mode].seconds;
        const row = `| ${query.id} | ${connections} | ${rate('auto-commit').toFixed(0)} | ${rate('managed').toFixed(0)} | ${(rate('managed') / rate('auto-commit')).toFixed(2)}× | ${totals['auto-commit'].p50.toFixed(1)} / ${totals.managed.p50.toFixed(1)} |`;
        console.log(row);
        rows.push(row);
      }
    }
    const section = [
      sectionTitle,
      '',
      `Run ${new Date().toISOString()} by \`npm run bench:read-modes\` at 100k, ${seconds} s per run, ${rounds} rounds, the two servers in turn; ` +
        `1-minute load average ${loadAverageBefore.toFixed(2)} before and ${os.loadavg()[0]!.toFixed(2)} after. Managed read transactions are ` +
        'what a routing URI (neo4j://, a cluster or Aura) uses, so that reads go to secondaries and are retried on a leader change; ' +
        'auto-commit is what bolt:// (one Neo4j) uses. Both pass the request\'s bookmarks.',
      '',
      '| query | c | auto-commit req/s | managed req/s | managed/auto-commit | p50 ms auto-commit / managed |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    const markdown = await readFile(markdownFile, 'utf8');
    const start = markdown.indexOf(sectionTitle);
    const end = start < 0 ? -1 : markdown.indexOf('\n## ', start + sectionTitle.length);
    const updated = start < 0 ? `${markdown.trimEnd()}\n\n${section}` : `${markdown.slice(0, start)}${section}${end < 0 ? '' : markdown.slice(end + 1)}`;
    await writeFile(markdownFile, updated);
  } finally {
    for (const server of Object.values(servers)) await server.stop();
    await bench.close();
  }
}

await main();
