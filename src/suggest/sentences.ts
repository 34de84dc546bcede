import type { Language } from './language.js';
import type { Quotation } from './quotes.js';

/** A sentence, or several when a quotation runs across sentence ends: the stretch that one attribution can cover. */
export type Unit = Readonly<{ start: number; end: number; paragraph: number }>;

export function findParagraphs(text: string): Array<{ start: number; end: number }> {
  const paragraphs: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/gu)) {
    if (match[0].trim() !== '') paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

export function segmentUnits(text: string, language: Language, quotations: readonly Quotation[]): Unit[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const units: Array<{ start: number; end: number; paragraph: number }> = [];
  findParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    for (const segment of segmenter.segment(paragraphText)) {
      const start = paragraph.start + segment.index + (segment.segment.length - segment.segment.trimStart().length);
      const end = paragraph.start + segment.index + segment.segment.trimEnd().length;
      if (end <= start) continue;
      const previous = units.at(-1);
      const insideQuotation = quotations.some((quotation) => quotation.open < start && start < quotation.end);
      const continuesSentence = /^[\p{Ll},;]/u.test(text[start]!);
      if (previous && previous.paragraph === paragraphIndex && (insideQuotation || continuesSentence)) {
        previous.end = end;
      } else {
        units.push({ start, end, paragraph: paragraphIndex });
      }
    }
  });
  return units;
}
