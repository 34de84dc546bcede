import { firstAtOrAfter } from './positions.js';

const hedgePattern = /(?<![\p{L}])(?:zou|zouden|naar verluidt|vermoedelijk|mogelijk|reportedly|allegedly|supposedly|would have|is said to|are said to|reported to)(?![\p{L}])/iu;

const noCommentPattern = /(?<![\p{L}])(?:declined\s+to\s+comment|refused\s+to\s+comment|would\s+not\s+comment|did\s+not\s+(?:immediately\s+)?respond|could\s+not\s+be\s+reached|had\s+no\s+comment|no\s+comment|wilde(?:\s+\S+){0,3}?\s+(?:niet\s+reageren|geen\s+commentaar)|weigerde(?:\s+\S+){0,3}?\s+(?:te\s+reageren|commentaar)|gaf\s+geen\s+commentaar|reageerde\s+niet|was\s+niet\s+bereikbaar|geen\s+commentaar)(?![\p{L}])/iu;

/** Conditional or second-hand wording: the speaker passes something on rather than vouching for it. */
export function isHedged(text: string): boolean {
  return hedgePattern.test(text);
}

/** The longest hedge, "naar verluidt", and the character on each side that its lookarounds read. */
const hedgeReach = 15;
const hedgeAtStart = new RegExp(hedgePattern.source, 'iuy');
const hedgeAtEnd = new RegExp(`(?:${hedgePattern.source})$`, 'iu');

/**
 * `isHedged(text.slice(start, end))` for many ranges of one text, each in about constant time. The hedges of the whole
 * text are found once (they never overlap); a range holds one of them, or one that only its edges make whole, which
 * a look at each edge finds.
 */
export function hedgesIn(text: string): (start: number, end: number) => boolean {
  const hedges = [...text.matchAll(new RegExp(hedgePattern.source, 'giu'))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return (start, end) => {
    const inside = hedges[firstAtOrAfter(hedges, start + 1, (hedge) => hedge.start)];
    if (inside && inside.end < end) return true;
    hedgeAtStart.lastIndex = 0;
    return hedgeAtStart.test(text.slice(start, Math.min(end, start + hedgeReach))) || hedgeAtEnd.test(text.slice(Math.max(start, end - hedgeReach), end));
  };
}

/** "declined to comment", "wilde niet reageren": a non-statement that must not become one. */
export function isNoComment(text: string): boolean {
  return noCommentPattern.test(text);
}

const endorsementPattern = /(?<![\p{L}])(?:berichten|beweringen|claims|meldingen|verklaringen|reports|claims|accounts|allegations)\s+(?:[\p{L}-]+\s+){0,2}?(?:aannemelijk|geloofwaardig|plausibel|correct|juist|kloppen|klopt|plausible|credible|accurate|correct|true)(?![\p{L}])/iu;

/** "De berichten zijn aannemelijk", "the reports are credible": the speaker vouches for what others reported. */
export function isEndorsement(text: string): boolean {
  return endorsementPattern.test(text);
}
