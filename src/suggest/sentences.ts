import type { Language } from './lexicon/lexicon.js';
import { firstAtOrAfter } from './positions.js';
import type { Quotation } from './quotes.js';

/** A sentence, or several when a quotation runs across sentence ends: the stretch that one attribution can cover. */
export type Unit = Readonly<{ start: number; end: number; paragraph: number }>;

/**
 * The longest unit read as one. Real sentences, and quotes that run over several, stay far below it (the longest in
 * `eval/articles/` has 231 characters). Text without sentence ends, such as a chain of "zegt dat" or a run of names,
 * is read in pieces of at most this length: each cue looks back and ahead within its unit, so a bounded unit keeps the
 * work per cue bounded and the whole linear in the text.
 */
export const maxUnitLength = 2_000;

export function findParagraphs(text: string): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    if (match[0].trim() !== '') paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

/** Units of the text; `quotations` sorted by position, as `findQuotations` gives them. */
export function segmentUnits(text: string, language: Language, quotations: readonly Quotation[]): Unit[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const units: Array<{ start: number; end: number; paragraph: number }> = [];
  const insideQuotation = (position: number): boolean => {
    // Top-level quotations do not overlap: only the last one opened before a position can hold it.
    const opened = quotations[firstAtOrAfter(quotations, position, (quotation) => quotation.open) - 1];
    return opened !== undefined && position < opened.end;
  };
  findParagraphs(text).forEach((whole, paragraphIndex) => {
    if (isHeading(text, whole)) return;
    const paragraph = { start: whole.start + datelineLength(text.slice(whole.start, Math.min(whole.end, whole.start + datelineReach))), end: whole.end };
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    for (const segment of segmenter.segment(paragraphText)) {
      const start = paragraph.start + segment.index + (segment.segment.length - segment.segment.trimStart().length);
      const end = paragraph.start + segment.index + segment.segment.trimEnd().length;
      if (end <= start) continue;
      const previous = units.at(-1);
      const continuesSentence = /^[\p{Ll},;]/u.test(text[start]!);
      if (previous && previous.paragraph === paragraphIndex && (insideQuotation(start) || continuesSentence)) {
        previous.end = end;
      } else {
        units.push({ start, end, paragraph: paragraphIndex });
      }
    }
  });
  return units.flatMap((unit) => inPieces(text, unit));
}

const whitespace = /\s/u;

/** The most words a heading has: a headline, a subheading or a byline, which ends without a sentence's closing mark. */
const headingWords = 20;
/** A closing mark, or a closing quote after one: "Trainer na nederlaag: ‘Scheidsrechter kostte ons de wedstrijd’" is a headline. */
const sentenceEnd = /(?:[.!?…)\]]|[.!?…]["”’»])\s*$/u;

/** A headline, subheading or byline: a short paragraph that does not end as a sentence does. Its words are no one's statement. */
export function isHeading(text: string, paragraph: Readonly<{ start: number; end: number }>): boolean {
  const tail = text.slice(Math.max(paragraph.start, paragraph.end - 4), paragraph.end);
  if (sentenceEnd.test(tail)) return false;
  let words = 0;
  for (let at = paragraph.start; at < paragraph.end; at += 1) {
    if (!whitespace.test(text[at]!) && (at === paragraph.start || whitespace.test(text[at - 1]!)) && (words += 1) > headingWords) return false;
  }
  return true;
}

/** "LONDON (Reuters) – ", "AMSTERDAM, 3 mei - ": the place, date and agency a news report opens with, in capitals before a dash. */
const dateline = /^\p{Lu}[\p{Lu}\s'.-]{1,40}(?:,[^—–\n]{1,30})?(?:\s*\([^)]{1,40}\))?\s*[—–-]\s+/u;
const datelineReach = 120;

export function datelineLength(opening: string): number {
  const found = dateline.exec(opening);
  return found && /\p{Lu}{2}/u.test(found[0]) ? found[0].length : 0;
}

/** A unit longer than `maxUnitLength`, cut at whitespace in the second half of each piece where there is some. */
function inPieces(text: string, unit: Unit): Unit[] {
  const pieces: Unit[] = [];
  let start = unit.start;
  while (unit.end - start > maxUnitLength) {
    let cut = start + maxUnitLength;
    let space = cut;
    while (space > start + maxUnitLength / 2 && !whitespace.test(text[space]!)) space -= 1;
    if (whitespace.test(text[space]!)) cut = space;
    else if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
    let end = cut;
    while (end > start && whitespace.test(text[end - 1]!)) end -= 1;
    pieces.push({ start, end, paragraph: unit.paragraph });
    start = cut;
    while (start < unit.end && whitespace.test(text[start]!)) start += 1;
  }
  if (unit.end > start) pieces.push({ start, end: unit.end, paragraph: unit.paragraph });
  return pieces;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
