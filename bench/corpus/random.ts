/** A small seeded PRNG (sfc32), so that a seed always yields the same corpus on every machine and Node version. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    for (let round = 0; round < 15; round += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.#a >>>= 0;
    this.#b >>>= 0;
    this.#c >>>= 0;
    this.#d >>>= 0;
    const sum = (this.#a + this.#b) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#d = (this.#d + 1) | 0;
    const result = (sum + this.#d) | 0;
    this.#c = (this.#c + result) | 0;
    return (result >>> 0) / 4_294_967_296;
  }

  /** An integer in [low, high]. */
  integer(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    return items[Math.floor(this.next() * items.length)] as Item;
  }

  /** An index chosen by weight, e.g. `[0.5, 0.3, 0.2]`. */
  weighted(weights: readonly number[]): number {
    let rest = this.next() * weights.reduce((sum, weight) => sum + weight, 0);
    for (let index = 0; index < weights.length; index += 1) {
      rest -= weights[index] as number;
      if (rest < 0) return index;
    }
    return weights.length - 1;
  }

  /** A child generator, so that one part of the corpus does not shift when another changes. */
  fork(salt: number): Random {
    return new Random(Math.floor(this.next() * 4_294_967_296) ^ salt);
  }
}

/**
 * Ranks 0..n-1 drawn with probability proportional to 1 / (rank + 1)^exponent: a few ranks
 * (the Prigozhins and Bakhmuts) get most draws, and the long tail a few each.
 */
export class Zipf {
  readonly #cumulative: Float64Array;

  constructor(readonly size: number, exponent: number) {
    this.#cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 0; rank < size; rank += 1) {
      total += 1 / (rank + 1) ** exponent;
      this.#cumulative[rank] = total;
    }
    for (let rank = 0; rank < size; rank += 1) this.#cumulative[rank] = (this.#cumulative[rank] as number) / total;
  }

  draw(random: Random): number {
    const target = random.next();
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
