/**
 * `npm run capacity [-- --replicas 3 --db-cores 8 --secondaries 0 --mix q1=30,q5=30,write=10 --rate 400]`: what a
 * deployment serves, predicted by a queueing model driven by the per-request costs measured in bench/costs.json:
 * where it saturates first, its p99 at a load, the check against the measured point on this machine, and what
 * 10× and 100× today's load need. `npm run capacity -- --measure` measures the costs again (about 2 minutes).
 * The model and its assumptions: docs/scaling.md.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { costsFile, readCosts } from './capacity/costs.js';
import { analyticMeanResponseMs, bottleneckOf, busiestTier, type Deployment, demandsOf, type Mix, parseMix, researcherMix, tiersOf } from './capacity/model.js';
import { maxRateWithin, planFor, type SimulationSettings, simulateAt } from './capacity/plan.js';
import { checkSection, costsSection, deploymentSection, mixSection, scaleSection } from './capacity/report.js';
import { simulate } from './capacity/simulation.js';

const { values } = parseArgs({
  options: {
    replicas: { type: 'string', default: '3' },
    'db-cores': { type: 'string', default: '8' },
    secondaries: { type: 'string', default: '0' },
    mix: { type: 'string' },
    rate: { type: 'string' },
    'p99-target': { type: 'string', default: '500' },
    'base-rate': { type: 'string' },
    headroom: { type: 'string', default: '0.7' },
    requests: { type: 'string', default: '40000' },
    seed: { type: 'string', default: '1' },
    measure: { type: 'boolean', default: false },
    port: { type: 'string', default: '7710' },
    'seconds-per-kind': { type: 'string', default: '6' },
    'check-seconds': { type: 'string', default: '20' },
    'check-connections': { type: 'string', default: '8' },
  },
});

function number(option: string, text: string | undefined, { whole = false, above = 0 } = {}): number {
  const value = Number(text);
  if (text === undefined || !Number.isFinite(value) || value <= above || (whole && !Number.isInteger(value))) {
    throw new Error(`--${option} takes a ${whole ? 'whole ' : ''}number above ${above}, got ${JSON.stringify(text)}`);
  }
  return value;
}

async function measure(mix: Mix): Promise<void> {
  // Loaded only here: it starts Neo4j and loads the whole API into this process.
  const { measureCosts } = await import('./capacity/measure.js');
  const costs = await measureCosts({
    port: number('port', values.port, { whole: true }),
    secondsPerKind: number('seconds-per-kind', values['seconds-per-kind']),
    check: { seconds: number('check-seconds', values['check-seconds']), connections: number('check-connections', values['check-connections'], { whole: true }), mix },
    log: console.log,
  });
  await writeFile(costsFile, `${JSON.stringify(costs, null, 2)}\n`);
  console.log(`Wrote ${costsFile}.`);
}

async function predict(): Promise<void> {
  const costs = await readCosts();
  const mix = values.mix ? parseMix(values.mix, Object.keys(costs.kinds)) : researcherMix;
  const demands = demandsOf(costs, mix);
  const settings: SimulationSettings = { requests: number('requests', values.requests, { whole: true }), seed: number('seed', values.seed, { whole: true, above: -1 }) };
  const p99TargetMs = number('p99-target', values['p99-target']);
  const headroom = number('headroom', values.headroom);
  const dbCores = number('db-cores', values['db-cores'], { whole: true });
  const deployment: Deployment = {
    replicas: number('replicas', values.replicas, { whole: true }),
    dbCores,
    secondaries: number('secondaries', values.secondaries, { whole: true, above: -1 }),
  };

  const tiers = tiersOf(deployment, demands);
  const bottleneck = bottleneckOf(tiers);
  const rate = values.rate ? number('rate', values.rate) : 0.7 * bottleneck.requestsPerSecond;
  const deploymentAnswer = {
    deployment,
    tiers,
    bottleneck,
    maxWithinTarget: maxRateWithin(p99TargetMs, deployment, demands, settings),
    p99TargetMs,
    requestsPerSecond: rate,
    result: simulateAt(deployment, demands, rate, settings),
    analyticMeanMs: analyticMeanResponseMs(deployment, demands, rate),
  };

  const { check } = costs;
  const checkDemands = demandsOf(costs, check.mix);
  const checkPredictions = [0, check.coresBusy.others].map((otherCoresBusy) => {
    const onThisMachine: Deployment = { replicas: check.replicas, dbCores: check.cores, secondaries: 0, sharedMachine: { cores: check.cores, withClient: true, otherCoresBusy } };
    return {
      label: otherCoresBusy === 0 ? 'predicted, machine to itself' : 'predicted, with the others',
      deployment: onThisMachine,
      result: simulate({ deployment: onThisMachine, demands: checkDemands, load: { clients: check.connections }, ...settings, serviceTimes: 'measured' }),
    };
  });

  const box: Deployment = { replicas: 1, dbCores: check.cores, secondaries: 0, sharedMachine: { cores: check.cores, withClient: false, otherCoresBusy: 0 } };
  const baseRate = values['base-rate'] ? number('base-rate', values['base-rate']) : maxRateWithin(p99TargetMs, box, demands, settings);
  if (baseRate === 0) {
    throw new Error(`One box misses p99 ≤ ${p99TargetMs} ms even at a trickle of this mix: raise --p99-target, or give today's load with --base-rate.`);
  }
  const targets = { dbCores, headroom, p99TargetMs };
  const scale = {
    today: {
      deployment: box,
      requestsPerSecond: baseRate,
      result: simulateAt(box, demands, baseRate, settings),
      busiest: busiestTier(tiersOf(box, demands), baseRate),
      chosen: values['base-rate'] !== undefined,
    },
    plans: [10, 100].map((factor) => ({ factor, ...planFor(baseRate * factor, demands, targets, settings) })),
    p99TargetMs,
    headroom,
    dbCores,
  };

  console.log(
    [costsSection(costs), mixSection(mix, demands), deploymentSection(deploymentAnswer), checkSection(check, checkDemands, checkPredictions), scaleSection(scale)].join(
      '\n\n',
    ),
  );
}

const run = values.measure ? () => measure(values.mix ? parseMix(values.mix, [...Object.keys(researcherMix)]) : researcherMix) : predict;
run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
