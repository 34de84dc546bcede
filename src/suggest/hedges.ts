import { phrasesPattern } from './cues.js';
import type { Language, Lexicon } from './lexicon/lexicon.js';
import { languages, lexiconOf } from './lexicon/lexicons.js';
import { firstAtOrAfter } from './positions.js';

type Patterns = Readonly<{ hedge: RegExp; hedgeAtStart: RegExp; hedgeAtEnd: RegExp; hedgeReach: number; refusal: RegExp; endorsement: RegExp; anonymity: RegExp; untrue: RegExp }>;

function patternsOf(lexicon: Lexicon): Patterns {
  const hedge = phrasesPattern(lexicon.hedges, lexicon);
  const either = (list: ReadonlySet<string>): string => [...list].join('|');
  return {
    hedge,
    hedgeAtStart: new RegExp(hedge.source, 'iuy'),
    hedgeAtEnd: new RegExp(`(?:${hedge.source})$`, 'iu'),
    // The longest hedge, and the character on each side that its lookarounds read.
    hedgeReach: Math.max(...lexicon.hedges.map((phrase) => phrase.length)) + 2,
    refusal: phrasesPattern(lexicon.refusals, lexicon),
    endorsement: new RegExp(`(?<![\\p{L}])(?:${either(lexicon.reportNouns)})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${either(lexicon.credibilityWords)})(?![\\p{L}])`, 'iu'),
    anonymity: phrasesPattern(lexicon.anonymityMarkers, lexicon),
    untrue: phrasesPattern(lexicon.untrueVerdicts, lexicon),
  };
}

const patterns = new Map(languages.map((language) => [language, patternsOf(lexiconOf(language))]));

/** Conditional or second-hand wording: the speaker passes something on rather than vouching for it. */
export function isHedged(text: string, language: Language): boolean {
  return patterns.get(language)!.hedge.test(text);
}

/**
 * `isHedged(text.slice(start, end))` for many ranges of one text, each in about constant time. The hedges of the whole
 * text are found once (they never overlap); a range holds one of them, or one that only its edges make whole, which
 * a look at each edge finds.
 */
export function hedgesIn(text: string, language: Language): (start: number, end: number) => boolean {
  const { hedge, hedgeAtStart, hedgeAtEnd, hedgeReach } = patterns.get(language)!;
  const hedges = [...text.matchAll(new RegExp(hedge.source, 'giu'))].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  return (start, end) => {
    const inside = hedges[firstAtOrAfter(hedges, start + 1, (found) => found.start)];
    if (inside && inside.end < end) return true;
    hedgeAtStart.lastIndex = 0;
    return hedgeAtStart.test(text.slice(start, Math.min(end, start + hedgeReach))) || hedgeAtEnd.test(text.slice(Math.max(start, end - hedgeReach), end));
  };
}

/** "declined to comment", "wilde niet reageren": a non-statement that must not become one. */
/** "Dat ouders niet zijn betrokken, klopt volgens Van der Linden niet": a verdict that what was said is untrue. */
export function isUntrueVerdict(text: string, language: Language): boolean {
  return patterns.get(language)!.untrue.test(text);
}

export function isRefusal(text: string, language: Language): boolean {
  return patterns.get(language)!.refusal.test(text);
}

/** "De berichten zijn aannemelijk", "the reports are credible": the speaker vouches for what others reported. */
export function isEndorsement(text: string, language: Language): boolean {
  return patterns.get(language)!.endorsement.test(text);
}

/** "on condition of anonymity", "die anoniem wil blijven": the source is not named. */
export function isAnonymous(text: string, language: Language): boolean {
  return patterns.get(language)!.anonymity.test(text);
}
