export type TextSpan = Readonly<{ text: string; start: number; end: number }>;

const edgeCharacters = /[\s,;:.!?\-–—]/u;

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { text: text.slice(start, end), start, end };
}

/** Narrows a range past surrounding whitespace and clause punctuation, keeping a final full stop out too. */
export function trimmedSpan(text: string, start: number, end: number): TextSpan | null {
  let from = start;
  let to = end;
  while (from < to && edgeCharacters.test(text[from]!)) from += 1;
  while (to > from && edgeCharacters.test(text[to - 1]!)) to -= 1;
  return to > from ? spanOf(text, from, to) : null;
}

export function spansOverlap(first: { start: number; end: number }, second: { start: number; end: number }): boolean {
  return first.start < second.end && second.start < first.end;
}
