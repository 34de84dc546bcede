/**
 * Neo4j's own account of a read request: the API runs in this process over a runner that sends each read
 * twice, as is (Neo4j's time for it: resultAvailableAfter + resultConsumedAfter) and under PROFILE (its db
 * hits). The Cypher is the server's own, whatever the request asks, since the request goes through the API.
 */
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { Database, type DatabaseSettings, type Parameters, type QueryRunner, type Row } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/yoga.js';

export type Neo4jAccount = Readonly<{ queryMs: number; dbHits: number }>;

type Recorded = { queryMs: number; dbHits: number; roundTrips: number };

const totalHits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);

/** The server's own database, except that each read is also sent under PROFILE and what Neo4j reports is added up. */
class ProfilingDatabase extends Database {
  readonly recorded: Recorded = { queryMs: 0, dbHits: 0, roundTrips: 0 };
  readonly #driver: Driver;

  constructor(settings: DatabaseSettings) {
    super(settings);
    this.#driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), { disableLosslessIntegers: true });
  }

  /** A real runner with only its read replaced, so that its writes and everything else stay the server's own. */
  override runner(): QueryRunner {
    const runner = super.runner();
    runner.read = async <Result extends Row = Row>(cypher: string, parameters: Parameters = {}): Promise<Result[]> => {
      runner.roundTrips += 1;
      const session = this.#driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(cypher, parameters);
        const profiled = await session.run(`PROFILE ${cypher}`, parameters);
        this.recorded.queryMs += Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
        if (profiled.summary.profile) this.recorded.dbHits += totalHits(profiled.summary.profile);
        this.recorded.roundTrips += 1;
        return result.records.map((record) => record.toObject() as Result);
      } finally {
        await session.close();
      }
    };
    return runner;
  }

  override async close(): Promise<void> {
    await this.#driver.close();
    await super.close();
  }
}

/** Neo4j's time and db hits for each read request, by key; the request is sent once to warm the plan cache first. */
export async function profileReads(uri: string, requests: ReadonlyMap<string, Record<string, unknown>>): Promise<Map<string, Neo4jAccount>> {
  const database = new ProfilingDatabase({ uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000 });
  const app = createApp(database, {
    access: { grants: [], requireTokenForReads: false },
    corsOrigins: [],
    rateLimitPerMinute: 1_000_000,
    logger: createLogger('silent'),
  });
  const accounts = new Map<string, Neo4jAccount>();
  try {
    for (const [key, body] of requests) {
      const send = async () => {
        const response = await app.fetch('http://capacity/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const answer = (await response.json()) as { errors?: unknown };
        if (!response.ok || answer.errors) throw new Error(`${key} under PROFILE answered ${response.status}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
      };
      await send();
      Object.assign(database.recorded, { queryMs: 0, dbHits: 0, roundTrips: 0 });
      await send();
      if (database.recorded.roundTrips === 0) throw new Error(`${key} sent no read through QueryRunner.read: Neo4j's account of it cannot be taken.`);
      accounts.set(key, { queryMs: database.recorded.queryMs, dbHits: database.recorded.dbHits });
    }
  } finally {
    await database.close();
  }
  return accounts;
}
