import { phrasesPattern } from './cues.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { findMentions, type Mention } from './mentions.js';
import { isApposition } from './reading.js';
import { bareName } from './speaker.js';
import { spanOf, trimmedSpan, type TextSpan } from './spans.js';
import { tokenize } from './tokens.js';

/**
 * Who a blame names: each party of "minister van Defensie Sergej Sjojgoe en de Russische legertop" on its own, by
 * name with titles and articles left out, as speakers are read; the whole phrase where it names no one that way.
 */
export function blamedIn(lexicon: Lexicon, text: string, phrase: Readonly<{ start: number; end: number }>): TextSpan[] {
  const tokens = tokenize(text, phrase.start, phrase.end);
  const named = findMentions(lexicon, text, tokens, new Set([phrase.start])).filter((mention) => !mention.pronoun && !mention.isAdjective);
  // "geeft na de nederlaag tegen FC West de scheidsrechter de schuld": a party a preposition governs is where or against
  // whom, not who is blamed, when another is named.
  const governed = (mention: Readonly<{ start: number }>): boolean => {
    const before = tokens[tokens.findIndex((token) => token.start === mention.start) - 1];
    return before !== undefined && lexicon.prepositions.has(before.lower);
  };
  // "the firm, Brook Foods,": a description with a name in apposition after it is that name.
  const described = (mention: Mention, index: number): boolean => named[index + 1] !== undefined && !/\p{Lu}/u.test(mention.name) && isApposition(text, mention, named[index + 1]!);
  const ungoverned = named.filter((mention, index) => !governed(mention) && !described(mention, index));
  const mentions = ungoverned.length > 0 ? ungoverned : named;
  if (mentions.length === 0) {
    const whole = trimmedSpan(text, phrase.start, phrase.end);
    if (!whole) return [];
    const bare = bareName(lexicon, whole.text);
    return [spanOf(text, whole.end - bare.length, whole.end)];
  }
  return mentions.map((mention) => spanOf(text, mention.nameStart, mention.nameEnd));
}

/**
 * "the board was responsible for the breakdowns", "dat de provincie verantwoordelijk is": a clause whose subject, of a few
 * words at its start or in the predicate's slot ("is het kabinet verantwoordelijk"), is said to be to blame. Where that
 * subject is.
 */
export function responsibleIn(lexicon: Lexicon, content: TextSpan): Readonly<{ start: number; end: number }> | null {
  const predicate = responsibilityPatterns.get(lexicon) ?? responsibilityPatterns.set(lexicon, phrasesPattern(lexicon.responsibilityPredicates, lexicon, 'diu')).get(lexicon)!;
  const found = predicate.exec(content.text);
  if (!found) return null;
  // "is het kabinet verantwoordelijk": the subject inside the predicate, after the verb.
  const inside = found.indices?.groups?.['target'];
  if (inside) return { start: content.start + inside[0], end: content.start + inside[1] };
  if (found.index === 0) return null;
  const subject = content.text.slice(0, found.index);
  if (/[,;:]/u.test(subject) || subject.trim().split(/\s+/u).length > maxSubjectWords) return null;
  return { start: content.start, end: content.start + subject.trimEnd().length };
}

const responsibilityPatterns = new Map<Lexicon, RegExp>();
const maxSubjectWords = 6;
