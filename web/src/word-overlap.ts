/** Words shorter than this ("de", "het", "the", "and") say little about which claim it is; the server's look-up skips them too. */
const minimumWordLength = 4;

const wordsOf = (text: string): Set<string> =>
  new Set(
    text
      .normalize('NFKD')
      .replace(/\p{Mn}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= minimumWordLength),
  );

/** The share of the claim's words that the other text also has, 0 to 1; 0 for a claim without such words. */
export function wordOverlap(claim: string, other: string): number {
  const claimWords = [...wordsOf(claim)];
  const otherWords = wordsOf(other);
  return claimWords.length === 0 ? 0 : claimWords.filter((word) => otherWords.has(word)).length / claimWords.length;
}
