/**
 * The M/M/c queue in closed form (Erlang C): Poisson arrivals, exponential service, c servers sharing one queue.
 * The simulation is checked against it, and the report gives it beside the simulation as a second opinion.
 */

export type MmcQueue = Readonly<{
  /** Arrivals per millisecond. */
  arrivalRate: number;
  /** Mean service time of one request, in milliseconds. */
  serviceMs: number;
  servers: number;
}>;

export function utilization(queue: MmcQueue): number {
  return (queue.arrivalRate * queue.serviceMs) / queue.servers;
}

/**
 * The chance that an arrival waits, by Erlang B's recurrence, which stays finite for hundreds of servers
 * where the textbook sum of factorials overflows.
 */
export function erlangC(queue: MmcQueue): number {
  const offered = queue.arrivalRate * queue.serviceMs;
  if (offered >= queue.servers) return 1;
  let blocking = 1;
  for (let servers = 1; servers <= queue.servers; servers += 1) blocking = (offered * blocking) / (servers + offered * blocking);
  return (queue.servers * blocking) / (queue.servers - offered * (1 - blocking));
}

export function meanWaitMs(queue: MmcQueue): number {
  const spareRate = queue.servers / queue.serviceMs - queue.arrivalRate;
  return spareRate <= 0 ? Number.POSITIVE_INFINITY : erlangC(queue) / spareRate;
}

export function meanResponseMs(queue: MmcQueue): number {
  return meanWaitMs(queue) + queue.serviceMs;
}

/**
 * The response time that a share `quantile` of requests stays within. A request waits with chance C, then an
 * exponential time at the spare rate cμ − λ, and is served in an exponential time at μ; the tail of that sum
 * has a closed form, solved here for t by bisection.
 */
export function responsePercentileMs(queue: MmcQueue, quantile: number): number {
  const serviceRate = 1 / queue.serviceMs;
  const spareRate = queue.servers * serviceRate - queue.arrivalRate;
  if (spareRate <= 0) return Number.POSITIVE_INFINITY;
  const waits = erlangC(queue);
  const waitThenServeTail = (t: number) =>
    Math.abs(spareRate - serviceRate) < 1e-12
      ? (1 + serviceRate * t) * Math.exp(-serviceRate * t)
      : (spareRate * Math.exp(-serviceRate * t) - serviceRate * Math.exp(-spareRate * t)) / (spareRate - serviceRate);
  const tail = (t: number) => (1 - waits) * Math.exp(-serviceRate * t) + waits * waitThenServeTail(t);
  let low = 0;
  let high = queue.serviceMs;
  while (tail(high) > 1 - quantile) high *= 2;
  for (let step = 0; step < 60; step += 1) {
    const middle = (low + high) / 2;
    if (tail(middle) > 1 - quantile) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
