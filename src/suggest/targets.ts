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
