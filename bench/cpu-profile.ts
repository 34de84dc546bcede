/**
 * `npm run bench:cpu`: where our server's CPU goes under load. Our server runs V8's sampling profiler (through
 * `node:inspector`) while autocannon sends one query at 16 connections; each sample's time is given to the layer its
 * running function belongs to, by the file the function is in. The table goes into bench/RESULTS.md.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parseScale, prepareBenchDatabase, projectRoot } from './database.js';
import { pickParameters, queries } from './queries.js';
import { withSection } from './report.js';
import { startServer } from './servers.js';

const { values } = parseArgs({ options: { title: { type: 'string', default: 'Where our CPU goes' } } });

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** Layers by where a function's file is, first match wins; the names are what the issue asks to attribute. */
const layers: readonly (readonly [string, RegExp])[] = [
  ['GC', /^\(garbage collector\)$/],
  ['idle', /^\(idle\)$/],
  // The profiler's own work: posting to the inspector, and collecting the profile when it stops.
  ['profiler', /^node:inspector$/],
  ['V8 outside JavaScript (program)', /^\(program\)$/],
  ['look-ahead planning', /(src|dist)\/schema\/lib\/look-ahead\.[jt]s/],
  ['record conversion (ours)', /(src|dist)\/data\/(properties|relationships|pages|nodes)\.[jt]s/],
  ['our resolvers and data layer', /\/(src|dist)\//],
  ['neo4j-driver (Bolt, decoding)', /node_modules\/neo4j-driver/],
  ['graphql-js (parse, validate, execute)', /node_modules\/graphql\//],
  ['graphql-tools executor', /node_modules\/@graphql-tools\//],
  ['Pothos scope-auth', /@pothos\/plugin-scope-auth/],
  ['Pothos dataloader', /@pothos\/plugin-dataloader|node_modules\/dataloader\//],
  ['Pothos complexity', /@pothos\/plugin-complexity/],
  ['Pothos validation (zod)', /@pothos\/plugin-validation|node_modules\/zod\//],
  ['Pothos relay', /@pothos\/plugin-relay/],
  ['Pothos core (resolver wrappers)', /@pothos\/core/],
  ['graphql-armor', /@escape\.tech\/graphql-armor/],
  ['envelop and yoga plugins', /@envelop\/|@graphql-yoga\//],
  ['yoga and HTTP (whatwg-node)', /graphql-yoga\/|@whatwg-node\//],
  ['logging and metrics (pino, prom-client)', /node_modules\/(pino|prom-client|sonic-boom|thread-stream)/],
  ['other packages', /node_modules\//],
  ['Node internals (http, streams, timers)', /^node:/],
];

const builtIns = 'V8 built-ins (JSON, strings, RegExp, arrays)';

/** A function with no file is V8's own: JSON, strings, regular expressions, arrays. */
const layerOf = ({ callFrame }: ProfileNode) =>
  layers.find(([, pattern]) => pattern.test(callFrame.url || callFrame.functionName))?.[0] ?? (callFrame.url ? 'other' : builtIns);

type Attribution = Readonly<{ microseconds: Map<string, number>; builtInsCalledBy: Map<string, number> }>;

/** Each sample's time by the layer running; a built-in's time also by the layer of the nearest caller with a file. */
function attribute(profile: CpuProfile): Attribution {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map(profile.nodes.flatMap((node) => (node.children ?? []).map((child) => [child, node] as const)));
  const callerLayer = (node: ProfileNode): string => {
    for (let caller = parentOf.get(node.id); caller; caller = parentOf.get(caller.id)) {
      if (caller.callFrame.url) return layerOf(caller);
    }
    return 'none';
  };
  const microseconds = new Map<string, number>();
  const builtInsCalledBy = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const running = layerOf(node);
    const layer = running === builtIns && callerLayer(node) === 'profiler' ? 'profiler' : running;
    const time = profile.timeDeltas[index] ?? 0;
    microseconds.set(layer, (microseconds.get(layer) ?? 0) + time);
    if (layer === builtIns) builtInsCalledBy.set(callerLayer(node), (builtInsCalledBy.get(callerLayer(node)) ?? 0) + time);
  });
  return { microseconds, builtInsCalledBy };
}

async function main(): Promise<void> {
  const loadAverageBefore = os.loadavg()[0]!;
  const bench = await prepareBenchDatabase({ scale: parseScale('100k'), seed: 20230517, port: 7700, load: 'hand-written', log: console.log });
  const parameters = await pickParameters(bench.database.runner());
  const tables: string[] = [];
  try {
    for (const query of queries.filter((candidate) => ['q1', 'q2', 'q5'].some((prefix) => candidate.id.startsWith(prefix)))) {
      const directory = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-cpu-'));
      const file = path.join(directory, 'ours.cpuprofile');
      const server = await startServer('ours', 4121, bench.neo4j.uri, { cpuProfileFile: file });
      const request = query.requests(parameters).ours!;
      const fire = (duration: number) =>
        autocannon({ url: server.url + request.path, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body), connections: 16, duration });
      await fire(3);
      process.kill(server.pid, 'SIGUSR2');
      await delay(200);
      const result = await fire(15);
      await server.stop();
      const { microseconds: attributed, builtInsCalledBy } = attribute(JSON.parse(await readFile(file, 'utf8')) as CpuProfile);
      if (process.env['KEEP_PROFILE']) console.log(`profile kept in ${file}`);
      else await rm(directory, { recursive: true, force: true });
      const busy = [...attributed].filter(([layer]) => layer !== 'idle' && layer !== 'profiler');
      const busyTotal = busy.reduce((sum, [, time]) => sum + time, 0);
      const requests = result.requests.total;
      const rows = busy
        .sort(([, left], [, right]) => right - left)
        .map(([layer, time]) => `| ${layer} | ${((100 * time) / busyTotal).toFixed(1)} % | ${(time / 1000 / requests).toFixed(2)} |`);
      const line = `${query.id}: ${requests} requests at c=16 in 15 s (${(requests / result.duration).toFixed(0)} req/s), ${(busyTotal / 1000 / requests).toFixed(2)} ms of CPU per request in the server`;
      console.log(line);
      const callers = [...builtInsCalledBy]
        .sort(([, left], [, right]) => right - left)
        .map(([layer, time]) => `${layer} ${(time / 1000 / requests).toFixed(2)}`)
        .join(', ');
      tables.push(
        [`**${line}**`, '', '| layer | share of busy CPU | ms per request |', '|---|---|---|', ...rows, '', `V8 built-ins by the layer calling them (ms per request): ${callers}.`, ''].join('\n'),
      );
    }
  } finally {
    await bench.close();
  }
  const title = `## ${values.title}`;
  const section = [
    title,
    '',
    `Run ${new Date().toISOString()} by \`npm run bench:cpu\` at 100k on Node ${process.version}, 1-minute load average ${loadAverageBefore.toFixed(2)} before: V8's sampling profiler in our server while autocannon sends one query ` +
      'at 16 connections for 15 s after a 3 s warm-up; each sample is given to the layer of the function running, by its file ' +
      '(a library calling back into our resolvers counts as ours while ours runs). Idle samples, and the profiler\'s own, are left out. ' +
      'V8\'s built-ins are also given to the layer that called them: mostly Node\'s socket writes (HTTP answers and Bolt messages).',
    '',
    ...tables,
  ].join('\n');
  const markdownFile = path.join(projectRoot, 'bench', 'RESULTS.md');
  await writeFile(markdownFile, withSection(await readFile(markdownFile, 'utf8'), section));
}

await main();
