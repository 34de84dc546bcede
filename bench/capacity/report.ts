/** The capacity model's answers as Markdown: readable in a terminal, and pasted as they are into docs/scaling.md. */
import type { Costs, MeasuredCheck } from './costs.js';
import { type Demand, type Deployment, type Mix, saturationRate, type Tier, tierUtilization } from './model.js';
import type { Plan } from './plan.js';
import type { SimulationResult } from './simulation.js';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Two significant figures below 100, whole numbers above, thousands grouped. */
export function figure(value: number | null): string {
  if (value === null || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return '∞';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return Number(value.toPrecision(2)).toString();
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function describeDeployment(deployment: Deployment): string {
  const replicas = `${deployment.replicas} API replica${deployment.replicas === 1 ? '' : 's'}`;
  if (deployment.sharedMachine) {
    const client = deployment.sharedMachine.withClient ? ', Neo4j and the load generator' : ' and Neo4j';
    return `${replicas}${client} sharing ${deployment.sharedMachine.cores} cores`;
  }
  if (deployment.secondaries === 0) return `${replicas}, one Neo4j of ${deployment.dbCores} cores`;
  return `${replicas}, a Neo4j leader and ${deployment.secondaries} secondaries of ${deployment.dbCores} cores each`;
}

export function costsSection(costs: Costs): string {
  const rows = Object.entries(costs.kinds).map(([kind, cost]) => [
    kind,
    cost.title,
    figure(cost.wallMs.mean),
    figure(cost.wallMs.p99),
    figure(cost.apiCpuMs),
    figure(cost.neo4jCpuMs),
    figure(cost.neo4jQueryMs),
    figure(cost.dbHits),
    figure(cost.requests),
    figure(cost.otherCoresBusy),
  ]);
  return [
    `## Measured costs per request`,
    '',
    `bench/costs.json, measured ${costs.measuredAt.slice(0, 10)} on ${costs.machine['cpu']} (${costs.machine['neo4j']} Neo4j, Node ${costs.machine['node']}), ` +
      `${costs.corpus.statements.toLocaleString('en-US')} statements; one request at a time.`,
    '',
    table(['kind', 'request', 'wall ms, mean', 'wall ms, p99', 'API CPU ms', 'Neo4j CPU ms', 'Neo4j query ms', 'db hits', 'requests', 'others\' cores busy'], rows),
  ].join('\n');
}

export function mixSection(mix: Mix, demands: readonly Demand[]): string {
  const mean = (of: (demand: Demand) => number) => demands.reduce((sum, demand) => sum + demand.share * of(demand), 0);
  const writes = demands.filter((demand) => demand.write).reduce((sum, demand) => sum + demand.share, 0);
  const kinds = Object.entries(mix).map(([kind, weight]) => `${kind}=${weight}`).join(',');
  return [
    `## The mix: ${kinds}`,
    '',
    `One request of it costs on average ${figure(mean((demand) => demand.apiMs))} ms of API CPU and ${figure(mean((demand) => demand.neo4jMs))} ms of Neo4j CPU, ` +
      `and spends ${figure(mean((demand) => demand.waitMs))} ms off both; ${percent(writes)} are writes.`,
  ].join('\n');
}

export type DeploymentAnswer = Readonly<{
  deployment: Deployment;
  tiers: readonly Tier[];
  bottleneck: Readonly<{ tier: Tier; requestsPerSecond: number }>;
  maxWithinTarget: number;
  p99TargetMs: number;
  requestsPerSecond: number;
  result: SimulationResult;
  analyticMeanMs: number;
}>;

export function deploymentSection(answer: DeploymentAnswer): string {
  const { result, requestsPerSecond: rate } = answer;
  const rows = answer.tiers.map((tier) => [
    tier.name,
    `${tier.stations} × ${tier.coresPerStation}`,
    figure(tier.busyMsPerRequest),
    figure(saturationRate(tier)),
    percent(tierUtilization(tier, rate)),
    percent(result.utilization[tier.name] ?? 0),
  ]);
  const byKind = Object.entries(result.p99MsByKind).map(([kind, p99]) => `${kind} ${figure(p99)}`).join(', ');
  return [
    `## ${describeDeployment(answer.deployment)}`,
    '',
    table(['tier', 'servers × cores', 'busy ms per request', 'saturates at req/s', `busy at ${figure(rate)} req/s`, 'busy, simulated'], rows),
    '',
    `- Saturates first: **${answer.bottleneck.tier.name}**, at ${figure(answer.bottleneck.requestsPerSecond)} req/s.`,
    `- Most it serves with p99 ≤ ${answer.p99TargetMs} ms (simulated): **${figure(answer.maxWithinTarget)} req/s**.`,
    `- At ${figure(rate)} req/s, simulated: mean ${figure(result.meanMs)} ms, p50 ${figure(result.p50Ms)} ms, **p99 ${figure(result.p99Ms)} ms**; ` +
      `each tier as an M/M/c queue (Erlang C): mean ${figure(answer.analyticMeanMs)} ms.`,
    `- p99 by kind (ms): ${byKind}.`,
  ].join('\n');
}

export type CheckPrediction = Readonly<{ label: string; deployment: Deployment; result: SimulationResult }>;

export function checkSection(check: MeasuredCheck, demands: readonly Demand[], predictions: readonly CheckPrediction[]): string {
  // Cores a process keeps busy follow from the throughput: each request brings its CPU time.
  const coresAt = (requestsPerSecond: number, of: (demand: Demand) => number) =>
    figure((requestsPerSecond / 1000) * demands.reduce((sum, demand) => sum + demand.share * of(demand), 0));
  const { coresBusy } = check;
  return [
    `## The check: ${describeDeployment(predictions[0]!.deployment)}, ${check.connections} connections`,
    '',
    `Measured with \`--measure\` for ${figure(check.seconds)} s, mix ${Object.entries(check.mix).map(([kind, weight]) => `${kind}=${weight}`).join(',')}, ` +
      `${check.errors} errors. "others" is the rest of the machine meanwhile: other people's work on it.`,
    '',
    table(
      ['', 'req/s', 'p50 ms', 'p99 ms', 'cores busy: API', 'Neo4j', 'load generator', 'others'],
      [
        ['measured', figure(check.requestsPerSecond), figure(check.p50Ms), figure(check.p99Ms), figure(coresBusy.api), figure(coresBusy.neo4j), figure(coresBusy.client), figure(coresBusy.others)],
        ...predictions.map(({ label, deployment, result }) => [
          label,
          figure(result.requestsPerSecond),
          figure(result.p50Ms),
          figure(result.p99Ms),
          coresAt(result.requestsPerSecond, (demand) => demand.apiMs),
          coresAt(result.requestsPerSecond, (demand) => demand.neo4jMs),
          coresAt(result.requestsPerSecond, (demand) => demand.clientMs),
          figure(deployment.sharedMachine?.otherCoresBusy ?? 0),
        ]),
      ],
    ),
  ].join('\n');
}

export type ScaleAnswer = Readonly<{
  today: Readonly<{ deployment: Deployment; requestsPerSecond: number; result: SimulationResult; busiest: Plan['busiest']; chosen: boolean }>;
  plans: readonly (Plan & { factor: number })[];
  p99TargetMs: number;
  headroom: number;
  dbCores: number;
}>;

export function scaleSection(answer: ScaleAnswer): string {
  const neo4jOf = (deployment: Deployment) =>
    deployment.sharedMachine ? 'shares the box' : deployment.secondaries === 0 ? `1 × ${deployment.dbCores} cores` : `leader + ${deployment.secondaries} secondaries, × ${deployment.dbCores} cores`;
  const { today } = answer;
  const rows = [
    ['today: one box', figure(today.requestsPerSecond), String(today.deployment.replicas), neo4jOf(today.deployment), '–', figure(today.result.p99Ms), `${today.busiest.tier} ${percent(today.busiest.utilization)}`],
    ...answer.plans.map((plan) => [
      `${plan.factor}×`,
      figure(plan.requestsPerSecond),
      String(plan.deployment.replicas),
      neo4jOf(plan.deployment),
      `${plan.singleNeo4jCores} cores`,
      figure(plan.result.p99Ms),
      `${plan.busiest.tier} ${percent(plan.busiest.utilization)}`,
    ]),
  ];
  const base = today.chosen
    ? `Today's load is given as ${figure(today.requestsPerSecond)} req/s.`
    : `Today's load is taken as the most one box serves with p99 ≤ ${answer.p99TargetMs} ms (simulated): ${describeDeployment(today.deployment)}.`;
  return [
    `## Today, 10× and 100×`,
    '',
    `${base} Each larger load is planned with every tier at most ${percent(answer.headroom)} busy, p99 ≤ ${answer.p99TargetMs} ms, ` +
      `and Neo4j servers of ${answer.dbCores} cores; reads go to the secondaries, writes to the leader.`,
    '',
    table(['load', 'req/s', 'API replicas', 'Neo4j', 'or one Neo4j of', 'p99 ms, simulated', 'busiest tier'], rows),
  ].join('\n');
}
