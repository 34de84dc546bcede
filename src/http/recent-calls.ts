/**
 * The times of each requester's recent calls of each expensive field, for a limit of `max` calls in a sliding window:
 * a call is refused when `max` calls of the same field by the same requester fall within the window before it. Refused
 * calls count too, so that a client that keeps asking stays refused.
 *
 * Each call costs the same however many came before it: a key keeps at most `max` times, oldest first, and drops those
 * that left the window from the front. A key whose calls have all left the window is forgotten, at the latest one
 * window later, so that addresses that came once do not stay.
 */
export class RecentCalls {
  readonly #max: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  /** Per key, the times of its calls, oldest first, from `first` on (the ones before it have left). */
  readonly #calls = new Map<string, { times: number[]; first: number }>();
  #sweptAt: number;

  constructor(max: number, windowMs: number, now: () => number = Date.now) {
    this.#max = max;
    this.#windowMs = windowMs;
    this.#now = now;
    this.#sweptAt = now();
  }

  /** Records a call; whether it is over the limit. */
  call(key: string): boolean {
    const now = this.#now();
    const since = now - this.#windowMs;
    if (this.#sweptAt <= since) this.#forgetIdle(since, now);
    let calls = this.#calls.get(key);
    if (!calls) this.#calls.set(key, (calls = { times: [], first: 0 }));
    while (calls.first < calls.times.length && calls.times[calls.first]! <= since) calls.first += 1;
    const limited = calls.times.length - calls.first >= this.#max;
    calls.times.push(now);
    if (limited) calls.first += 1;
    // The array is compacted once the calls that left take half of it: each call is copied at most once more.
    if (calls.first > 32 && calls.first * 2 > calls.times.length) {
      calls.times = calls.times.slice(calls.first);
      calls.first = 0;
    }
    return limited;
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.#calls.size;
  }

  #forgetIdle(since: number, now: number): void {
    for (const [key, { times }] of this.#calls) if (times[times.length - 1]! <= since) this.#calls.delete(key);
    this.#sweptAt = now;
  }
}
