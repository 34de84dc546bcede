/** From the model to answers: the most a deployment serves within a p99 target, and the deployment a load needs. */
import { bottleneckOf, busiestTier, type Demand, type Deployment, tierNames, tiersOf, tierUtilization } from './model.js';
import { simulate, type SimulationResult } from './simulation.js';

export type SimulationSettings = Readonly<{ requests: number; seed: number }>;

export function simulateAt(deployment: Deployment, demands: readonly Demand[], requestsPerSecond: number, settings: SimulationSettings): SimulationResult {
  return simulate({ deployment, demands, load: { arrivalsPerSecond: requestsPerSecond }, ...settings, serviceTimes: 'measured' });
}

/**
 * The highest arrival rate at which the simulated p99 stays within the target, by bisection below the rate at
 * which the first tier saturates; 0 when even a trickle misses it. The same seed at every rate keeps p99 rising
 * with the rate, so the bisection is sound.
 */
export function maxRateWithin(p99TargetMs: number, deployment: Deployment, demands: readonly Demand[], settings: SimulationSettings): number {
  let low = 0;
  let high = bottleneckOf(tiersOf(deployment, demands)).requestsPerSecond;
  for (let step = 0; step < 12; step += 1) {
    const middle = (low + high) / 2;
    if (simulateAt(deployment, demands, middle, settings).p99Ms <= p99TargetMs) low = middle;
    else high = middle;
  }
  return low;
}

export type PlanTargets = Readonly<{
  /** Cores of each Neo4j server. */
  dbCores: number;
  /** The busiest a tier may be, 0 to 1: room for bursts and for a server to fail. */
  headroom: number;
  p99TargetMs: number;
}>;

export type Plan = Readonly<{
  requestsPerSecond: number;
  deployment: Deployment;
  result: SimulationResult;
  /** The cores one Neo4j would need to take all of it alone, at the same headroom. */
  singleNeo4jCores: number;
  busiest: Readonly<{ tier: string; utilization: number }>;
}>;

/**
 * The smallest deployment found that serves the rate with every tier within the headroom and the simulated p99
 * within the target: replicas for the API's CPU; one Neo4j while its cores suffice, else a leader for the writes
 * and as many secondaries as the reads need. Where the simulation still misses the target, the busiest tier grows.
 */
export function planFor(requestsPerSecond: number, demands: readonly Demand[], targets: PlanTargets, settings: SimulationSettings): Plan {
  const tierOf = (deployment: Deployment, name: string) => {
    const tier = tiersOf(deployment, demands).find((candidate) => candidate.name === name);
    return tier ? tierUtilization(tier, requestsPerSecond) : 0;
  };
  const smallest = tiersOf({ replicas: 1, dbCores: 1, secondaries: 0 }, demands);
  const coresFor = (name: string) => {
    const msPerRequest = smallest.find((tier) => tier.name === name)!.busyMsPerRequest;
    return Math.max(1, Math.ceil((requestsPerSecond * msPerRequest) / (1000 * targets.headroom)));
  };

  let deployment: Deployment = { replicas: coresFor(tierNames.api), dbCores: targets.dbCores, secondaries: 0 };
  if (tierOf(deployment, tierNames.neo4j) > targets.headroom) deployment = withReadersFor(deployment, tierOf, targets.headroom);
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const result = simulateAt(deployment, demands, requestsPerSecond, settings);
    const busiest = busiestTier(tiersOf(deployment, demands), requestsPerSecond);
    if (result.p99Ms <= targets.p99TargetMs) return { requestsPerSecond, deployment, result, singleNeo4jCores: coresFor(tierNames.neo4j), busiest };
    deployment = grown(deployment, busiest.tier, tierOf, targets.headroom);
  }
  throw new Error(`No deployment found for ${requestsPerSecond.toFixed(0)} req/s within p99 ${targets.p99TargetMs} ms: is the target below what one request takes alone?`);
}

type UtilizationOf = (deployment: Deployment, tier: string) => number;

/**
 * A leader for the writes and the fewest secondaries that keep the reads within the headroom, at least the two
 * followers of a three-server cluster; bigger servers when the writes alone fill the leader.
 */
function withReadersFor(deployment: Deployment, tierOf: UtilizationOf, headroom: number): Deployment {
  let dbCores = deployment.dbCores;
  for (;;) {
    for (let secondaries = 2; secondaries <= 64; secondaries += 1) {
      const candidate = { ...deployment, dbCores, secondaries };
      if (tierOf(candidate, tierNames.secondaries) <= headroom && tierOf(candidate, tierNames.leader) <= headroom) return candidate;
    }
    dbCores *= 2;
  }
}

function grown(deployment: Deployment, busiest: string, tierOf: UtilizationOf, headroom: number): Deployment {
  switch (busiest) {
    case tierNames.api:
      return { ...deployment, replicas: deployment.replicas + Math.max(1, Math.ceil(deployment.replicas / 10)) };
    case tierNames.neo4j:
      return withReadersFor(deployment, tierOf, headroom);
    case tierNames.secondaries:
      return { ...deployment, secondaries: deployment.secondaries + 1 };
    default:
      return { ...deployment, dbCores: deployment.dbCores * 2 };
  }
}
