/**
 * `npm run bench:recovery [-- --kills 3]`: how fast the API recovers when its embedded Neo4j is killed (SIGKILL, as
 * the kernel's OOM killer would) in the middle of a stream of writes. The timings test/fault.test.ts once asserted
 * are measured and reported here, against their targets; the test checks only the behaviour, however long it takes.
 *
 * The Neo4j is started here on a free port, in a fresh `.neo4j/data/recovery-<port>` that is removed after. Kills are a
 * minute apart, so that each meets the supervisor's first restart delay, not its backoff. Exits 1 when an
 * acknowledged write was lost; a missed target is reported, not an error.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { hashToken, newToken } from '../src/auth/tokens.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';
import { createLogger } from '../src/logger.js';
import { loadSeed } from '../src/writes/seed.js';
import { createApp } from '../src/yoga.js';
import { freePort } from '../test/free-port.js';
import { projectRoot } from './database.js';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '3' } } });
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) throw new Error(`--kills takes a whole number above 0, got ${JSON.stringify(values.kills)}`);

/** GET /ready answers 200 again within this long of the kill. */
const readyTargetMs = 15_000;
/** A write sent while Neo4j is down fails (DATABASE_UNAVAILABLE) within this long. */
const outageAnswerTargetMs = 3_000;
/** Past this, a kill's recovery is reported as not seen. */
const patienceMs = 300_000;
/** The supervisor's restart delay starts afresh after a JVM has been up this long (src/db/local-neo4j/supervisor.ts). */
const stableUptimeMs = 61_000;

const port = await freePort();
const name = `recovery-${port}`;
const dataDirectory = path.join(projectRoot, '.neo4j', 'data', name);
await rm(dataDirectory, { recursive: true, force: true });
const neo4jServer = await startLocalNeo4j({ name, port, log: (line) => console.log(`[neo4j] ${line}`) });
const database = new Database({ uri: neo4jServer.uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 60_000 });
const token = newToken();
const app = createApp(database, {
  access: { grants: [{ name: 'bench', role: 'editor', sha256: hashToken(token) }], requireTokenForReads: false },
  corsOrigins: [],
  rateLimitPerMinute: 1_000_000,
  logger: createLogger('silent'),
});

type Write = Readonly<{ id: string; startedAt: number; milliseconds: number; code: string | undefined; acknowledged: boolean }>;
let written = 0;

async function write(): Promise<Write> {
  written += 1;
  const id = `person:recovery-${written}`;
  const startedAt = Date.now();
  const response = await app.fetch('http://claimgraph/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: UpsertPersonInput!) { upsertPerson(input: $input) { person { id } } }',
      variables: { input: { id, name: `Recovery ${written}` } },
    }),
  });
  const body = (await response.json()) as { data?: { upsertPerson?: unknown }; errors?: { extensions?: { code?: string } }[] };
  const acknowledged = body.errors === undefined && body.data?.upsertPerson != null;
  return { id, startedAt, milliseconds: Date.now() - startedAt, code: body.errors?.[0]?.extensions?.code, acknowledged };
}

const isReady = async () => (await app.fetch('http://claimgraph/ready')).status === 200;

type Recovery = Readonly<{ readyMs: number | undefined; jvmBackMs: number | undefined; outage: readonly Write[] }>;

/** Kills the JVM, keeps writing every 100 ms, and notes when the supervisor has a new JVM and when /ready answers. */
async function killAndRecover(): Promise<{ recovery: Recovery; writes: Write[] }> {
  const writes: Write[] = [];
  for (let index = 0; index < 5; index += 1) writes.push(await write());
  const restartsBefore = neo4jServer.restarts;
  const killedAt = Date.now();
  process.kill(neo4jServer.pid!, 'SIGKILL');
  let jvmBackAt: number | undefined;
  let readyAt: number | undefined;
  const patient = () => Date.now() - killedAt < patienceMs;
  // Watched apart from the writes, so that a slow write does not delay noticing the recovery.
  const watch = async () => {
    while ((jvmBackAt === undefined || readyAt === undefined) && patient()) {
      if (jvmBackAt === undefined && neo4jServer.restarts > restartsBefore) jvmBackAt = Date.now();
      if (readyAt === undefined && (await isReady())) readyAt = Date.now();
      await delay(100);
    }
  };
  const keepWriting = async () => {
    while (readyAt === undefined && patient()) {
      writes.push(await write());
      await delay(100);
    }
  };
  await Promise.all([watch(), keepWriting()]);
  const outage = writes.filter((attempt) => attempt.startedAt >= killedAt && !attempt.acknowledged);
  for (let index = 0; index < 3; index += 1) writes.push(await write());
  const since = (moment: number | undefined) => (moment === undefined ? undefined : moment - killedAt);
  return { recovery: { readyMs: since(readyAt), jvmBackMs: since(jvmBackAt), outage }, writes };
}

const seconds = (milliseconds: number | undefined) => (milliseconds === undefined ? `not within ${patienceMs / 1000} s` : `${(milliseconds / 1000).toFixed(1)} s`);
const mark = (milliseconds: number | undefined, target: number) => (milliseconds !== undefined && milliseconds <= target ? '' : ' (over target)');

let lost = 0;
try {
  await applySchema(database.runner());
  await database.runner().write((transaction) => transaction.run('MATCH (n) DETACH DELETE n'));
  await loadSeed(database.runner());
  const rows: string[] = [];
  for (let kill = 1; kill <= kills; kill += 1) {
    if (kill > 1) await delay(stableUptimeMs);
    const { recovery, writes } = await killAndRecover();
    const slowest = Math.max(0, ...recovery.outage.map((attempt) => attempt.milliseconds));
    const codes = [...new Set(recovery.outage.map((attempt) => attempt.code ?? 'none'))].join(', ');
    const acknowledged = writes.filter((attempt) => attempt.acknowledged).map((attempt) => attempt.id);
    const kept = await database.runner().read<{ id: string }>('MATCH (person:Person) WHERE person.id IN $ids RETURN person.id AS id', { ids: acknowledged });
    lost += acknowledged.length - kept.length;
    rows.push(
      `| ${kill} | ${seconds(recovery.readyMs)}${mark(recovery.readyMs, readyTargetMs)} | ${seconds(recovery.jvmBackMs)} | ` +
        `${recovery.outage.length} (${codes || 'none'}) | ${slowest} ms${mark(slowest, outageAnswerTargetMs)} | ${kept.length} of ${acknowledged.length} |`,
    );
  }
  console.log(
    [
      '',
      `Neo4j killed ${kills} times under writes (targets: /ready within ${readyTargetMs / 1000} s, a failed write answered within ${outageAnswerTargetMs / 1000} s):`,
      '',
      '| kill | GET /ready 200 after | new JVM answering after | writes failed in the outage (codes) | slowest failure | acknowledged writes kept |',
      '|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  );
} finally {
  await database.close();
  await neo4jServer.stop();
  await rm(dataDirectory, { recursive: true, force: true });
}
process.exitCode = lost > 0 ? 1 : 0;

