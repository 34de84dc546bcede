const hedgePattern = /(?<![\p{L}])(?:zou|zouden|naar verluidt|vermoedelijk|mogelijk|reportedly|allegedly|supposedly|would have|is said to|are said to|reported to)(?![\p{L}])/iu;

const noCommentPattern = /(?<![\p{L}])(?:declined\s+to\s+comment|refused\s+to\s+comment|would\s+not\s+comment|did\s+not\s+(?:immediately\s+)?respond|could\s+not\s+be\s+reached|had\s+no\s+comment|no\s+comment|wilde(?:\s+\S+){0,3}?\s+(?:niet\s+reageren|geen\s+commentaar)|weigerde(?:\s+\S+){0,3}?\s+(?:te\s+reageren|commentaar)|gaf\s+geen\s+commentaar|reageerde\s+niet|was\s+niet\s+bereikbaar|geen\s+commentaar)(?![\p{L}])/iu;

/** Conditional or second-hand wording: the speaker passes something on rather than vouching for it. */
export function isHedged(text: string): boolean {
  return hedgePattern.test(text);
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
