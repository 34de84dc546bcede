/**
 * The index of the first of `items`, sorted by `key`, whose key is at least `position`, or `items.length`: a
 * binary search, so that a rule asking "what comes next here" does not walk every token, mention or quote before it.
 */
export function firstAtOrAfter<T>(items: readonly T[], position: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(items[middle]!) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
