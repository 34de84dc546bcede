/** What `npm run capacity -- --measure` writes to bench/costs.json, and what the model reads from it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../database.js';

export const costsFile = path.join(projectRoot, 'bench', 'costs.json');

/** One kind of request, measured one request at a time on an otherwise idle API. */
export type KindCost = Readonly<{
  title: string;
  write: boolean;
  requests: number;
  /** As the client saw it: the request sent, the whole answer read. */
  wallMs: Readonly<{ mean: number; p50: number; p99: number }>;
  /** The 0.5th, 1.5th … 99.5th percentiles of wall time: a simulated request draws one to know its size. */
  wallMsPercentiles: readonly number[];
  /** CPU of the API process per request, its idle use taken off. */
  apiCpuMs: number;
  /** CPU of the Neo4j JVM per request (all its threads: Bolt, Cypher, commit, GC), its idle use taken off. */
  neo4jCpuMs: number;
  /** CPU of the load generator per request; it shares the cores only on this machine. */
  clientCpuMs: number;
  /** Neo4j's own time for the request's Cypher (resultAvailableAfter + resultConsumedAfter); reads only. */
  neo4jQueryMs: number | null;
  /** Database hits of the request's Cypher by PROFILE; reads only. */
  dbHits: number | null;
  /** Cores other processes kept busy meanwhile: a kind measured on a busy machine reads dearer. */
  otherCoresBusy: number;
}>;

/** The load run against the whole box, to hold the model's prediction against. */
export type MeasuredCheck = Readonly<{
  replicas: number;
  cores: number;
  connections: number;
  seconds: number;
  mix: Readonly<Record<string, number>>;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Cores kept busy during the run, by process; `others` is the rest of the machine (/proc/stat). */
  coresBusy: Readonly<{ api: number; neo4j: number; client: number; others: number }>;
}>;

export type Costs = Readonly<{
  measuredAt: string;
  machine: Readonly<Record<string, string>>;
  corpus: Readonly<{ statements: number; nodes: number; relationships: number }>;
  method: Readonly<Record<string, string>>;
  kinds: Readonly<Record<string, KindCost>>;
  check: MeasuredCheck;
}>;

export async function readCosts(): Promise<Costs> {
  try {
    return JSON.parse(await readFile(costsFile, 'utf8')) as Costs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${path.relative(projectRoot, costsFile)} is missing: measure the costs first with \`npm run capacity -- --measure\`.`);
    }
    throw error;
  }
}
