import { spanOf, type TextSpan } from './spans.js';

export type Quotation = Readonly<{
  /** Index of the opening mark. */
  open: number;
  /** Index just past the closing mark. */
  end: number;
  content: TextSpan;
}>;

const closersByOpener: Readonly<Record<string, string>> = {
  '“': '”“',
  '„': '”“',
  '«': '»',
  '‘': '’',
  '‚': '’‘',
  '"': '"',
  "'": "'",
};

const wordCharacter = /[\p{L}\p{N}]/u;

function canOpen(text: string, index: number): boolean {
  const before = index === 0 ? ' ' : text[index - 1]!;
  const after = text[index + 1] ?? ' ';
  return !wordCharacter.test(before) && !/\s/u.test(after);
}

/** A closing mark with a letter right after it is an apostrophe (don’t, ’s), not the end of a quote. */
function canClose(text: string, index: number): boolean {
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  return !wordCharacter.test(after) && !/\s/u.test(before);
}

/** Top-level quotations within [start, end): quotes nested inside another quote are part of its content. */
export function findQuotations(text: string, start: number, end: number): Quotation[] {
  const quotations: Quotation[] = [];
  let index = start;
  while (index < end) {
    const closers = closersByOpener[text[index]!];
    if (closers && canOpen(text, index)) {
      let close = index + 1;
      while (close < end && !(closers.includes(text[close]!) && canClose(text, close))) close += 1;
      if (close < end) {
        let contentStart = index + 1;
        let contentEnd = close;
        while (contentStart < contentEnd && /\s/u.test(text[contentStart]!)) contentStart += 1;
        while (contentEnd > contentStart && /[\s,]/u.test(text[contentEnd - 1]!)) contentEnd -= 1;
        quotations.push({ open: index, end: close + 1, content: spanOf(text, contentStart, contentEnd) });
        index = close + 1;
        continue;
      }
    }
    index += 1;
  }
  return quotations;
}
