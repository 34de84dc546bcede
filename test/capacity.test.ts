import { describe, expect, it } from 'vitest';
import { meanResponseMs, responsePercentileMs } from '../bench/capacity/erlang.js';
import { bottleneckOf, type Demand, type Deployment, tierNames, tiersOf } from '../bench/capacity/model.js';
import { simulate } from '../bench/capacity/simulation.js';

/** A request kind with only the costs a test names; no time off the CPU and no spread unless given. */
const demand = (kind: string, costs: Partial<Demand>): Demand => ({
  kind,
  write: false,
  share: 1,
  apiMs: 0,
  neo4jMs: 0,
  clientMs: 0,
  waitMs: 0,
  sizes: [],
  ...costs,
});

const oneNeo4j = (replicas: number, dbCores: number): Deployment => ({ replicas, dbCores, secondaries: 0 });

describe('the simulation', () => {
  const mmc = (timeSliceMs: number) =>
    simulate({
      deployment: oneNeo4j(1, 4),
      demands: [demand('q', { neo4jMs: 10 })],
      load: { arrivalsPerSecond: 320 },
      requests: 100_000,
      seed: 7,
      serviceTimes: 'exponential',
      timeSliceMs,
    });

  it('agrees with Erlang C for an M/M/c queue: 4 Neo4j cores first come first served, 10 ms per query, 80% busy', () => {
    const result = mmc(Number.POSITIVE_INFINITY);
    const queue = { arrivalRate: 0.32, serviceMs: 10, servers: 4 };
    expect(meanResponseMs(queue)).toBeCloseTo(17.45, 1);
    expect(result.meanMs).toBeGreaterThan(meanResponseMs(queue) * 0.95);
    expect(result.meanMs).toBeLessThan(meanResponseMs(queue) * 1.05);
    expect(result.p99Ms).toBeGreaterThan(responsePercentileMs(queue, 0.99) * 0.93);
    expect(result.p99Ms).toBeLessThan(responsePercentileMs(queue, 0.99) * 1.07);
    expect(result.utilization[tierNames.neo4j]).toBeCloseTo(0.8, 1);
    expect(result.requestsPerSecond).toBeCloseTo(320, -1);
  });

  it('keeps the M/M/c mean when cores are time-sliced, and spares short queries the wait behind long ones', () => {
    expect(mmc(4).meanMs).toBeCloseTo(mmc(Number.POSITIVE_INFINITY).meanMs, 0);
    const mixed = (timeSliceMs: number) =>
      simulate({
        deployment: oneNeo4j(1, 2),
        demands: [demand('short', { neo4jMs: 1, share: 0.9 }), demand('long', { neo4jMs: 100, share: 0.1 })],
        load: { arrivalsPerSecond: 140 },
        requests: 50_000,
        seed: 7,
        serviceTimes: 'measured',
        timeSliceMs,
      }).p99MsByKind;
    expect(mixed(Number.POSITIVE_INFINITY).short).toBeGreaterThan(200);
    expect(mixed(4).short).toBeLessThan(60);
  });

  it('replays a seed exactly, and another seed differently', () => {
    const run = (seed: number) =>
      simulate({
        deployment: oneNeo4j(2, 2),
        demands: [demand('read', { apiMs: 3, neo4jMs: 5, share: 0.8, sizes: [0.5, 1, 1.5] }), demand('write', { write: true, apiMs: 4, neo4jMs: 8, share: 0.2 })],
        load: { arrivalsPerSecond: 250 },
        requests: 5_000,
        seed,
        serviceTimes: 'measured',
      });
    expect(run(42)).toEqual(run(42));
    expect(run(43).p99Ms).not.toBe(run(42).p99Ms);
  });

  it('never serves less with more replicas', () => {
    const demands = [demand('read', { apiMs: 8, neo4jMs: 2, waitMs: 1, sizes: [0.5, 1, 1.5] })];
    const throughputs = [1, 2, 3, 4, 6].map(
      (replicas) =>
        simulate({ deployment: oneNeo4j(replicas, 4), demands, load: { clients: 32 }, requests: 8_000, seed: 1, serviceTimes: 'measured' }).requestsPerSecond,
    );
    for (let index = 1; index < throughputs.length; index += 1) expect(throughputs[index]).toBeGreaterThanOrEqual(throughputs[index - 1]! * 0.99);
    // API-bound at first (125 req/s per replica), then Neo4j-bound at 4 cores / 2 ms = 2000 req/s.
    expect(throughputs[0]).toBeCloseTo(125, -1);
    expect(throughputs.at(-1)).toBeGreaterThan(700);
    expect(throughputs.at(-1)).toBeLessThanOrEqual(2000);
  });
});

describe('the saturating tier', () => {
  it('is Neo4j for a database-heavy mix and the API for an API-heavy one, in the formulas and in the simulation', () => {
    const deployment = oneNeo4j(3, 4);
    const cases = [
      { demands: [demand('neighbourhood', { apiMs: 2, neo4jMs: 20 })], expected: tierNames.neo4j },
      { demands: [demand('nested page', { apiMs: 12, neo4jMs: 2 })], expected: tierNames.api },
    ];
    for (const { demands, expected } of cases) {
      expect(bottleneckOf(tiersOf(deployment, demands)).tier.name).toBe(expected);
      const { utilization } = simulate({ deployment, demands, load: { clients: 64 }, requests: 6_000, seed: 3, serviceTimes: 'measured' });
      expect(utilization[expected]).toBeGreaterThan(0.97);
      for (const [tier, busy] of Object.entries(utilization)) if (tier !== expected) expect(busy).toBeLessThan(0.8);
    }
  });

  it('moves to the leader when secondaries take the reads and writes keep coming', () => {
    const demands = [demand('read', { apiMs: 1, neo4jMs: 10, share: 0.7 }), demand('write', { write: true, apiMs: 1, neo4jMs: 10, share: 0.3 })];
    const single = bottleneckOf(tiersOf(oneNeo4j(20, 4), demands));
    const cluster = bottleneckOf(tiersOf({ replicas: 20, dbCores: 4, secondaries: 4 }, demands));
    expect(single.tier.name).toBe(tierNames.neo4j);
    expect(single.requestsPerSecond).toBeCloseTo(400, 5);
    // The leader's 4 cores take 30% of requests at 10 ms each: 4000 / 3 req/s, whatever the secondaries.
    expect(cluster.tier.name).toBe(tierNames.leader);
    expect(cluster.requestsPerSecond).toBeCloseTo(4000 / 3, 5);
  });

  it('is the shared cores on one machine, where API and Neo4j take turns on the same CPUs', () => {
    const demands = [demand('read', { apiMs: 6, neo4jMs: 4 })];
    const machine = { replicas: 2, dbCores: 2, secondaries: 0, sharedMachine: { cores: 2, withClient: false, otherCoresBusy: 0 } };
    const bottleneck = bottleneckOf(tiersOf(machine, demands));
    expect(bottleneck.tier.name).toBe(tierNames.machine);
    expect(bottleneck.requestsPerSecond).toBeCloseTo(200, 5);
    const { requestsPerSecond } = simulate({ deployment: machine, demands, load: { clients: 16 }, requests: 6_000, seed: 5, serviceTimes: 'measured' });
    expect(requestsPerSecond).toBeCloseTo(200, -1);
  });
});
