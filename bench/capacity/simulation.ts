/**
 * A discrete-event simulation of the deployment, seeded so that a run replays exactly.
 *
 * A request goes through an API replica's event loop (half its API CPU: parse, validate, plan), then one Neo4j
 * server (the Neo4j CPU), then the event loop again (the other half: results to JSON), then spends its time off
 * the CPU (loopback, Bolt, the commit's flush) as a pure delay. The load balancer sends requests to the replicas
 * in turn; writes go to the leader, reads to the secondaries in turn (or to the one Neo4j).
 *
 * Two kinds of station. An event loop runs one request's JavaScript at a time, first come, first served. A pool
 * of cores runs every query given to it at once, time-sliced as an operating system does: a query holds a core
 * for one slice, then queues again behind the others. Each Neo4j server is such a pool; on a shared machine all
 * processes' steps also take their CPU from the machine's one pool, and other processes take slices of it too,
 * as often as keeps their measured share of it busy.
 */
import { Random } from '../corpus/random.js';
import { EventQueue } from './event-queue.js';
import { type Demand, type Deployment, replicationApplyShare, tierNames } from './model.js';

/** Poisson arrivals at a rate (an open system), or clients that each send again when answered (closed). */
export type Load = Readonly<{ arrivalsPerSecond: number }> | Readonly<{ clients: number }>;

/**
 * 'measured': a request draws one measured request of its kind and every step scales with it, so the spread
 * within a kind is the measured one. 'exponential': every step takes an exponential time around its mean, as
 * the M/M/c queue assumes.
 */
export type ServiceTimes = 'measured' | 'exponential';

export type SimulationOptions = Readonly<{
  deployment: Deployment;
  demands: readonly Demand[];
  load: Load;
  /** Requests measured, after a tenth as many more that fill the queues first. */
  requests: number;
  seed: number;
  serviceTimes: ServiceTimes;
  /** How long a step holds a core before it queues again; Infinity: cores serve first come, first served. */
  timeSliceMs?: number;
}>;

export type SimulationResult = Readonly<{
  requestsPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  p99MsByKind: Readonly<Record<string, number>>;
  /** Busy share of each tier's cores or event loops while the measured requests ran. */
  utilization: Readonly<Record<string, number>>;
}>;

/** About a Linux scheduler's time slice under load. */
export const defaultTimeSliceMs = 4;

export function simulate(options: SimulationOptions): SimulationResult {
  return new Simulation(options).run();
}

export function percentile(sorted: readonly number[], quantile: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.max(0, Math.ceil(quantile * sorted.length) - 1)]!;
}

/** A step holds its event loop, if it has one, for the whole step, and takes its CPU from its cores, if any, slice by slice. */
type Step = Readonly<{ loop?: Station; cores?: Station; milliseconds: number }>;

type Job = {
  readonly kind: string;
  readonly startedAt: number;
  readonly steps: readonly Step[];
  /** Whether it is a request whose time counts, rather than warm-up, a secondary replaying a write, or another process. */
  readonly measured: boolean;
  readonly background: boolean;
  step: number;
  holdsLoop: boolean;
  /** CPU time the current step still needs. */
  remainingMs: number;
};

class Station {
  busy = 0;
  #busyIntegral = 0;
  #changedAt = 0;
  readonly #waiting: Job[] = [];
  #firstWaiting = 0;

  constructor(
    readonly tier: string,
    readonly capacity: number,
    readonly kind: 'loop' | 'cores',
  ) {}

  tryTake(now: number): boolean {
    if (this.busy >= this.capacity) return false;
    this.#account(now);
    this.busy += 1;
    return true;
  }

  wait(job: Job): void {
    this.#waiting.push(job);
  }

  /** Hands the freed place to the longest-waiting job, if any, which then holds it. */
  release(now: number): Job | undefined {
    if (this.#firstWaiting < this.#waiting.length) {
      const next = this.#waiting[this.#firstWaiting]!;
      this.#firstWaiting += 1;
      if (this.#firstWaiting > 1024 && this.#firstWaiting * 2 > this.#waiting.length) {
        this.#waiting.splice(0, this.#firstWaiting);
        this.#firstWaiting = 0;
      }
      return next;
    }
    this.#account(now);
    this.busy -= 1;
    return undefined;
  }

  busyIntegralAt(now: number): number {
    return this.#busyIntegral + this.busy * (now - this.#changedAt);
  }

  #account(now: number): void {
    this.#busyIntegral += this.busy * (now - this.#changedAt);
    this.#changedAt = now;
  }
}

class Simulation {
  readonly #options: SimulationOptions;
  readonly #timeSliceMs: number;
  readonly #clock = new EventQueue();
  readonly #random: Random;
  readonly #shares: number[];
  readonly #replicas: Station[];
  readonly #leader: Station;
  readonly #secondaries: Station[];
  readonly #machine: Station | undefined;
  readonly #client: Station | undefined;
  readonly #stations: Station[];
  readonly #warmupRequests: number;
  #created = 0;
  #nextReplica = 0;
  #nextSecondary = 0;
  #measuredFrom = 0;
  #busyAtMeasuredFrom = new Map<Station, number>();
  #lastAnswer = 0;
  readonly #durations: number[] = [];
  readonly #durationsByKind = new Map<string, number[]>();

  constructor(options: SimulationOptions) {
    const { deployment } = options;
    this.#options = options;
    this.#timeSliceMs = options.timeSliceMs ?? defaultTimeSliceMs;
    this.#random = new Random(options.seed);
    this.#shares = options.demands.map((demand) => demand.share);
    this.#warmupRequests = Math.ceil(options.requests / 10);
    const shared = deployment.sharedMachine;
    this.#machine = shared ? new Station(tierNames.machine, shared.cores, 'cores') : undefined;
    this.#client = shared?.withClient ? new Station(tierNames.client, 1, 'loop') : undefined;
    this.#replicas = Array.from({ length: deployment.replicas }, () => new Station(tierNames.api, 1, 'loop'));
    // On a shared machine Neo4j's queries take their CPU from the machine's cores; its own pool then never fills.
    const neo4jCores = shared ? Number.POSITIVE_INFINITY : deployment.dbCores;
    this.#leader = new Station(deployment.secondaries === 0 ? tierNames.neo4j : tierNames.leader, neo4jCores, 'cores');
    this.#secondaries = Array.from({ length: deployment.secondaries }, () => new Station(tierNames.secondaries, neo4jCores, 'cores'));
    this.#stations = [...this.#replicas, this.#leader, ...this.#secondaries, ...(this.#machine ? [this.#machine] : []), ...(this.#client ? [this.#client] : [])];
  }

  run(): SimulationResult {
    const { load, requests } = this.#options;
    const others = this.#options.deployment.sharedMachine?.otherCoresBusy ?? 0;
    if (this.#machine && others > 0) {
      const slice: Step = { cores: this.#machine, milliseconds: defaultTimeSliceMs };
      const otherWork = () => {
        this.#advance(this.#job('others', [slice], false, true));
        this.#clock.after(this.#exponential(defaultTimeSliceMs / others), otherWork);
      };
      otherWork();
    }
    if ('clients' in load) {
      for (let client = 0; client < load.clients; client += 1) this.#send();
    } else {
      const arrive = () => {
        this.#send();
        if (this.#created < this.#warmupRequests + requests) this.#clock.after(this.#exponential(1000 / load.arrivalsPerSecond), arrive);
      };
      arrive();
    }
    this.#clock.run(() => this.#durations.length >= requests);
    return this.#result();
  }

  #send(): void {
    if (this.#created >= this.#warmupRequests + this.#options.requests) return;
    if (this.#created === this.#warmupRequests) this.#startMeasuring();
    const measured = this.#created >= this.#warmupRequests;
    this.#created += 1;
    const demand = this.#options.demands[this.#random.weighted(this.#shares)]!;
    const size = this.#options.serviceTimes === 'measured' && demand.sizes.length > 0 ? this.#random.pick(demand.sizes) : 1;
    const time = (mean: number) => (mean <= 0 ? 0 : this.#options.serviceTimes === 'exponential' ? this.#exponential(mean) : mean * size);
    const replica = this.#replicas[this.#nextReplica++ % this.#replicas.length]!;
    const database = demand.write || this.#secondaries.length === 0 ? this.#leader : this.#secondaries[this.#nextSecondary++ % this.#secondaries.length]!;
    const steps: Step[] = [
      ...(this.#client ? [{ loop: this.#client, cores: this.#machine, milliseconds: time(demand.clientMs) }] : []),
      { loop: replica, cores: this.#machine, milliseconds: time(demand.apiMs / 2) },
      { cores: this.#machine ?? database, milliseconds: time(demand.neo4jMs) },
      { loop: replica, cores: this.#machine, milliseconds: time(demand.apiMs / 2) },
      { milliseconds: time(demand.waitMs) },
    ];
    this.#advance(this.#job(demand.kind, steps, measured, false));
    if (!demand.write) return;
    for (const secondary of this.#secondaries) {
      const replay: Step = { cores: this.#machine ?? secondary, milliseconds: time(demand.neo4jMs * replicationApplyShare) };
      this.#advance(this.#job('replication', [replay], false, true));
    }
  }

  #job(kind: string, steps: readonly Step[], measured: boolean, background: boolean): Job {
    const needed = steps.filter((step) => step.milliseconds > 0);
    return { kind, startedAt: this.#clock.now, steps: needed, measured, background, step: 0, holdsLoop: false, remainingMs: needed[0]?.milliseconds ?? 0 };
  }

  /** Takes the step's event loop, or queues for it; then its CPU, or, with no cores to take, just its time. */
  #advance(job: Job): void {
    const step = job.steps[job.step];
    if (!step) {
      this.#answer(job);
      return;
    }
    if (step.loop && !job.holdsLoop) {
      if (!step.loop.tryTake(this.#clock.now)) {
        step.loop.wait(job);
        return;
      }
      job.holdsLoop = true;
    }
    if (step.cores) this.#askForCore(job, step.cores);
    else this.#clock.after(job.remainingMs, () => this.#endStep(job));
  }

  #askForCore(job: Job, cores: Station): void {
    if (cores.tryTake(this.#clock.now)) this.#runSlice(job, cores);
    else cores.wait(job);
  }

  #runSlice(job: Job, cores: Station): void {
    const slice = Math.min(this.#timeSliceMs, job.remainingMs);
    this.#clock.after(slice, () => {
      job.remainingMs -= slice;
      this.#release(cores);
      if (job.remainingMs > 1e-9) this.#askForCore(job, cores);
      else this.#endStep(job);
    });
  }

  #endStep(job: Job): void {
    const step = job.steps[job.step]!;
    if (step.loop) this.#release(step.loop);
    job.step += 1;
    job.holdsLoop = false;
    job.remainingMs = job.steps[job.step]?.milliseconds ?? 0;
    this.#advance(job);
  }

  /** Frees a place: a core goes on to the next slice waiting for it, an event loop to the next request's step. */
  #release(station: Station): void {
    const next = station.release(this.#clock.now);
    if (!next) return;
    if (station.kind === 'cores') {
      this.#runSlice(next, station);
    } else {
      next.holdsLoop = true;
      this.#advance(next);
    }
  }

  #answer(job: Job): void {
    if (job.background) return;
    if (job.measured) {
      const duration = this.#clock.now - job.startedAt;
      this.#durations.push(duration);
      let ofKind = this.#durationsByKind.get(job.kind);
      if (!ofKind) this.#durationsByKind.set(job.kind, (ofKind = []));
      ofKind.push(duration);
      this.#lastAnswer = this.#clock.now;
    }
    if ('clients' in this.#options.load) this.#send();
  }

  #startMeasuring(): void {
    this.#measuredFrom = this.#clock.now;
    this.#busyAtMeasuredFrom = new Map(this.#stations.map((station) => [station, station.busyIntegralAt(this.#clock.now)]));
  }

  #exponential(mean: number): number {
    return -Math.log(1 - this.#random.next()) * mean;
  }

  #result(): SimulationResult {
    const elapsed = this.#lastAnswer - this.#measuredFrom;
    const sorted = [...this.#durations].sort((left, right) => left - right);
    const busy = new Map<string, { used: number; capacity: number }>();
    for (const station of this.#stations) {
      if (!Number.isFinite(station.capacity)) continue;
      const tier = busy.get(station.tier) ?? { used: 0, capacity: 0 };
      tier.used += station.busyIntegralAt(this.#lastAnswer) - this.#busyAtMeasuredFrom.get(station)!;
      tier.capacity += station.capacity * elapsed;
      busy.set(station.tier, tier);
    }
    return {
      requestsPerSecond: (1000 * sorted.length) / elapsed,
      meanMs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      p99MsByKind: Object.fromEntries(
        [...this.#durationsByKind].map(([kind, durations]) => [kind, percentile([...durations].sort((left, right) => left - right), 0.99)]),
      ),
      utilization: Object.fromEntries([...busy].map(([tier, { used, capacity }]) => [tier, used / capacity])),
    };
  }
}
