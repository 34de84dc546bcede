/**
 * `npm run bench:node`: the three servers (ours, the peer, raw) on two Nodes, the machine's own and the one in
 * node_modules/.bin that npm's scripts run (the `node` package), on the 100k corpus: every server on every Node takes
 * its turn on the same query, so that the ratios compare runs of the same minutes. Into bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parseScale, prepareBenchDatabase, projectRoot } from './database.js';
import { pickParameters, queries, type ServerName, serverNames } from './queries.js';
import { withSection } from './report.js';
import { type RunningServer, samplePeakMemory, startServer } from './servers.js';

/** The first `node` on the PATH outside node_modules: the machine's own. */
function machineNode(): string {
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    if (folder.includes('node_modules')) continue;
    try {
      accessSync(path.join(folder, 'node'), constants.X_OK);
      return path.join(folder, 'node');
    } catch {}
  }
  throw new Error('No node on the PATH outside node_modules');
}

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: `${machineNode()},${path.join(projectRoot, 'node_modules', '.bin', 'node')}` },
    queries: { type: 'string', default: 'q1,q2,q3,q5' },
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '2' },
  },
});
const nodes = values.nodes.split(',').map((binary) => ({ binary, version: execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() }));
const chosen = queries.filter((query) => values.queries.split(',').some((prefix) => query.id.startsWith(prefix)));
const concurrencies = [1, 16];
const seconds = Number(values.duration);
const rounds = Number(values.rounds);

type Total = { requests: number; seconds: number; peak: number };

async function main(): Promise<void> {
  const bench = await prepareBenchDatabase({ scale: parseScale('100k'), seed: 20230517, port: 7700, load: 'hand-written', log: console.log });
  const servers = new Map<string, RunningServer>();
  const key = (server: ServerName, node: number) => `${server}@${node}`;
  const rows: string[] = [];
  try {
    const parameters = await pickParameters(bench.database.runner());
    let port = 4131;
    for (const [index, node] of nodes.entries()) {
      for (const name of serverNames) servers.set(key(name, index), await startServer(name, port++, bench.neo4j.uri, { node: node.binary }));
    }
    const loadAverageBefore = os.loadavg()[0]!;
    for (const query of chosen) {
      const requests = query.requests(parameters);
      const fire = (server: RunningServer, name: ServerName, connections: number, duration: number) => {
        const request = requests[name]!;
        return autocannon({ url: server.url + request.path, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body), connections, duration });
      };
      const present = serverNames.filter((name) => requests[name]);
      for (const [index] of nodes.entries()) for (const name of present) await fire(servers.get(key(name, index))!, name, 4, 1);
      for (const connections of concurrencies) {
        const totals = new Map<string, Total>();
        for (let round = 0; round < rounds; round += 1) {
          for (const [index] of nodes.entries()) {
            for (const name of present) {
              const server = servers.get(key(name, index))!;
              const stopSampling = samplePeakMemory(server.pid);
              const result = await fire(server, name, connections, seconds);
              const total = totals.get(key(name, index)) ?? { requests: 0, seconds: 0, peak: 0 };
              totals.set(key(name, index), { requests: total.requests + result.requests.total, seconds: total.seconds + result.duration, peak: Math.max(total.peak, stopSampling()) });
            }
          }
        }
        const rate = (name: ServerName, index: number) => {
          const total = totals.get(key(name, index));
          return total ? total.requests / total.seconds : Number.NaN;
        };
        const cells = (format: (index: number) => string) => nodes.map((_, index) => format(index)).join(' / ');
        const row = [
          query.id,
          connections,
          ...serverNames.map((name) => cells((index) => rate(name, index).toFixed(0))),
          cells((index) => `${(rate('ours', index) / rate('peer', index)).toFixed(2)}×`),
          cells((index) => `${(rate('ours', index) / rate('raw', index)).toFixed(2)}×`),
          ...serverNames.map((name) => cells((index) => (totals.get(key(name, index))?.peak ?? Number.NaN).toFixed(0))),
        ];
        rows.push(`| ${row.join(' | ')} |`);
        console.log(rows.at(-1));
      }
    }
    const versions = nodes.map((node) => node.version).join(' / ');
    const section = [
      `## Node ${nodes.map((node) => node.version.split('.')[0]).join(' against Node ')}`,
      '',
      `Run ${new Date().toISOString()} by \`npm run bench:node\` at 100k, ${seconds} s per run, ${rounds} rounds; ours, the peer and raw on each Node ` +
        `(${versions}) in turn; 1-minute load average ${loadAverageBefore.toFixed(2)} before and ${os.loadavg()[0]!.toFixed(2)} after. ` +
        'Each cell reads Node by Node in that order. Ours is the compiled server that `npm start` runs.',
      '',
      `| query | c | ours req/s | peer req/s | raw req/s | ours/peer | ours/raw | peak RSS MiB ours | peer | raw |`,
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    const markdownFile = path.join(projectRoot, 'bench', 'RESULTS.md');
    await writeFile(markdownFile, withSection(await readFile(markdownFile, 'utf8'), section));
    console.log(section);
  } finally {
    for (const server of servers.values()) await server.stop();
    await bench.close();
  }
}

await main();
