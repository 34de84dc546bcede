/**
 * The capacity model's inputs and its arithmetic: a mix of request kinds, a deployment, what one request of
 * the mix costs each tier, and from that each tier's utilization, the rate at which it saturates, and a
 * closed-form estimate of the mean response time (each tier an M/M/c queue, as in a Jackson network).
 */
import type { Costs } from './costs.js';
import { meanWaitMs } from './erlang.js';

/** Weights by request kind (q1 … q6, write); they need not add up to 100. */
export type Mix = Readonly<Record<string, number>>;

/**
 * A newsroom researcher: mostly looking names up and opening people, some browsing of statements by date,
 * now and then a neighbourhood graph or a path, one request in ten a write. q4 is measured at the corpus's
 * busiest person, so its 5% is the worst case of opening a graph.
 */
export const researcherMix: Mix = { q1: 30, q2: 15, q3: 5, q4: 5, q5: 30, q6: 5, write: 10 };

export function parseMix(text: string, kinds: readonly string[]): Mix {
  const mix: Record<string, number> = {};
  for (const part of text.split(',').filter((item) => item.trim() !== '')) {
    const match = /^\s*([\w-]+)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!match) throw new Error(`--mix reads like q1=40,q5=30,write=10, got ${JSON.stringify(part)}`);
    const kind = match[1]!;
    if (!kinds.includes(kind)) throw new Error(`--mix names ${kind}, which is none of the measured kinds: ${kinds.join(', ')}`);
    mix[kind] = Number(match[2]);
  }
  if (Object.values(mix).reduce((sum, weight) => sum + weight, 0) <= 0) throw new Error('--mix gives no kind a weight above 0');
  return mix;
}

export type SharedMachine = Readonly<{
  cores: number;
  /** The load generator runs on those cores too, as in the measured check. */
  withClient: boolean;
  /** Cores that other processes keep busy on average, which the deployment cannot use. */
  otherCoresBusy: number;
}>;

export type Deployment = Readonly<{
  /** API processes behind the load balancer; each runs its JavaScript on one event loop. */
  replicas: number;
  /** Cores of each Neo4j server. */
  dbCores: number;
  /** Neo4j servers that take the reads (cluster followers, secondaries); 0: one Neo4j takes reads and writes. */
  secondaries: number;
  /** All processes share one machine's cores, as on this one; absent: each tier has cores of its own. */
  sharedMachine?: SharedMachine;
}>;

/** One request kind of the mix, as the model uses it. */
export type Demand = Readonly<{
  kind: string;
  write: boolean;
  /** Share of the mix, 0 to 1. */
  share: number;
  apiMs: number;
  neo4jMs: number;
  clientMs: number;
  /** Time a request spends neither in the API's nor Neo4j's CPU: loopback, Bolt, the commit's disk flush. */
  waitMs: number;
  /** Measured requests' sizes relative to the kind's mean, to draw from: the spread within a kind. */
  sizes: readonly number[];
}>;

/**
 * A follower or secondary replays each committed write from the leader's log. Replaying is cheaper than running
 * the Cypher that made it; a quarter of the leader's cost is an assumption, not measured (Community has no cluster).
 */
export const replicationApplyShare = 0.25;

export function demandsOf(costs: Costs, mix: Mix): Demand[] {
  const total = Object.values(mix).reduce((sum, weight) => sum + weight, 0);
  return Object.entries(mix)
    .filter(([, weight]) => weight > 0)
    .map(([kind, weight]) => {
      const cost = costs.kinds[kind];
      if (!cost) throw new Error(`The mix names ${kind}, which bench/costs.json has not measured.`);
      const meanOfPercentiles = cost.wallMsPercentiles.reduce((sum, value) => sum + value, 0) / cost.wallMsPercentiles.length;
      return {
        kind,
        write: cost.write,
        share: weight / total,
        apiMs: cost.apiCpuMs,
        neo4jMs: cost.neo4jCpuMs,
        clientMs: cost.clientCpuMs,
        waitMs: Math.max(0, cost.wallMs.mean - cost.apiCpuMs - cost.neo4jCpuMs - cost.clientCpuMs),
        sizes: cost.wallMsPercentiles.map((value) => value / meanOfPercentiles),
      };
    });
}

const meanOver = (demands: readonly Demand[], of: (demand: Demand) => number, where: (demand: Demand) => boolean = () => true) =>
  demands.filter(where).reduce((sum, demand) => sum + demand.share * of(demand), 0);

export const writeShareOf = (demands: readonly Demand[]) => meanOver(demands, () => 1, (demand) => demand.write);

export type Tier = Readonly<{
  name: string;
  /** Identical servers the tier's load spreads over evenly: API processes, or Neo4j servers. */
  stations: number;
  /** Requests one station serves at once: 1 for an event loop, its cores for Neo4j. */
  coresPerStation: number;
  /** Busy milliseconds of the whole tier per request of the mix, background work included. */
  busyMsPerRequest: number;
  /** Share of requests that visit the tier, and their mean service there. */
  visitShare: number;
  visitServiceMs: number;
  /**
   * Whether the closed-form estimate adds this tier's queueing. On a shared machine every step waits for the
   * machine's cores, so only that tier counts, or waiting would be counted twice.
   */
  queuesIndependently: boolean;
}>;

export const tierNames = {
  api: 'API replicas',
  neo4j: 'Neo4j',
  leader: 'Neo4j leader',
  secondaries: 'Neo4j secondaries',
  machine: 'shared cores',
  client: 'load generator',
} as const;

export function tiersOf(deployment: Deployment, demands: readonly Demand[]): Tier[] {
  const shared = deployment.sharedMachine;
  const independent = shared === undefined;
  const writes = writeShareOf(demands);
  const api = meanOver(demands, (demand) => demand.apiMs);
  const tiers: Tier[] = [
    { name: tierNames.api, stations: deployment.replicas, coresPerStation: 1, busyMsPerRequest: api, visitShare: 1, visitServiceMs: api, queuesIndependently: independent },
  ];
  if (deployment.secondaries === 0) {
    const neo4j = meanOver(demands, (demand) => demand.neo4jMs);
    tiers.push({ name: tierNames.neo4j, stations: 1, coresPerStation: deployment.dbCores, busyMsPerRequest: neo4j, visitShare: 1, visitServiceMs: neo4j, queuesIndependently: independent });
  } else {
    const written = meanOver(demands, (demand) => demand.neo4jMs, (demand) => demand.write);
    const read = meanOver(demands, (demand) => demand.neo4jMs, (demand) => !demand.write);
    tiers.push(
      { name: tierNames.leader, stations: 1, coresPerStation: deployment.dbCores, busyMsPerRequest: written, visitShare: writes, visitServiceMs: written / writes, queuesIndependently: independent },
      {
        name: tierNames.secondaries,
        stations: deployment.secondaries,
        coresPerStation: deployment.dbCores,
        busyMsPerRequest: read + written * replicationApplyShare * deployment.secondaries,
        visitShare: 1 - writes,
        visitServiceMs: read / (1 - writes),
        queuesIndependently: independent,
      },
    );
  }
  if (shared) {
    const client = meanOver(demands, (demand) => demand.clientMs);
    const all = tiers.reduce((sum, tier) => sum + tier.busyMsPerRequest, 0) + (shared.withClient ? client : 0);
    tiers.push({ name: tierNames.machine, stations: 1, coresPerStation: shared.cores - shared.otherCoresBusy, busyMsPerRequest: all, visitShare: 1, visitServiceMs: all, queuesIndependently: true });
    if (shared.withClient) {
      tiers.push({ name: tierNames.client, stations: 1, coresPerStation: 1, busyMsPerRequest: client, visitShare: 1, visitServiceMs: client, queuesIndependently: false });
    }
  }
  return tiers;
}

export function tierUtilization(tier: Tier, requestsPerSecond: number): number {
  return ((requestsPerSecond / 1000) * tier.busyMsPerRequest) / (tier.stations * tier.coresPerStation);
}

/** The rate at which the tier is busy all the time. */
export function saturationRate(tier: Tier): number {
  return tier.busyMsPerRequest === 0 ? Number.POSITIVE_INFINITY : (1000 * tier.stations * tier.coresPerStation) / tier.busyMsPerRequest;
}

/** The tier busiest at a rate, and how busy: the one that saturates first. */
export function busiestTier(tiers: readonly Tier[], requestsPerSecond: number): Readonly<{ tier: string; utilization: number }> {
  return tiers
    .map((tier) => ({ tier: tier.name, utilization: tierUtilization(tier, requestsPerSecond) }))
    .reduce((most, candidate) => (candidate.utilization > most.utilization ? candidate : most));
}

/** The tier that saturates first, and the rate at which it does: no deployment serves more. */
export function bottleneckOf(tiers: readonly Tier[]): Readonly<{ tier: Tier; requestsPerSecond: number }> {
  const [first, ...rest] = tiers;
  let tier = first!;
  for (const candidate of rest) if (saturationRate(candidate) < saturationRate(tier)) tier = candidate;
  return { tier, requestsPerSecond: saturationRate(tier) };
}

/**
 * Mean response time if each tier were an M/M/c queue fed by Poisson arrivals (Jackson's approximation): the
 * service times, plus the Erlang C wait of every tier a request visits, plus the time spent off the CPU.
 */
export function analyticMeanResponseMs(deployment: Deployment, demands: readonly Demand[], requestsPerSecond: number): number {
  const waitOffCpu = meanOver(demands, (demand) => demand.waitMs);
  const withClient = deployment.sharedMachine?.withClient ?? false;
  const service = meanOver(demands, (demand) => demand.apiMs + demand.neo4jMs + (withClient ? demand.clientMs : 0));
  let queueing = 0;
  for (const tier of tiersOf(deployment, demands)) {
    if (!tier.queuesIndependently || tier.visitServiceMs === 0) continue;
    const utilization = tierUtilization(tier, requestsPerSecond);
    if (utilization >= 1) return Number.POSITIVE_INFINITY;
    const arrivalRate = (utilization * tier.coresPerStation) / tier.visitServiceMs;
    queueing += tier.visitShare * meanWaitMs({ arrivalRate, serviceMs: tier.visitServiceMs, servers: tier.coresPerStation });
  }
  return service + queueing + waitOffCpu;
}
