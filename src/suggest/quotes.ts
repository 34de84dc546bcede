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
  // Per set of closing marks, the first one at or after where it was last looked for. Openers are met left to right, so
  // an opener that is never closed costs one look ahead, not one per opener after it.
  const nextCloser = new Map<string, number>();
  let index = start;
  while (index < end) {
    const closers = closersByOpener[text[index]!];
    if (closers && canOpen(text, index)) {
      let close = nextCloser.get(closers) ?? -1;
      if (close <= index) {
        close = index + 1;
        while (close < end && !(closers.includes(text[close]!) && canClose(text, close))) close += 1;
        nextCloser.set(closers, close);
      }
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
