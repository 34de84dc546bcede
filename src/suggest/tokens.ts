export type Token = Readonly<{ text: string; lower: string; start: number; end: number; isWord: boolean; isCapitalised: boolean }>;

/** Marks the text of a direct quotation in a frame, so that cue and speaker rules do not read inside it. */
export const quotationMask = '\uE000';

const tokenPattern = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*-?|\uE000+|[^\s\p{L}\p{N}]/gu;

export function tokenize(frame: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = start;
  for (let match = tokenPattern.exec(frame); match && match.index < end; match = tokenPattern.exec(frame)) {
    const text = match[0];
    const isWord = /^[\p{L}\p{N}]/u.test(text);
    tokens.push({ text, lower: text.toLowerCase(), start: match.index, end: match.index + text.length, isWord, isCapitalised: /^\p{Lu}/u.test(text) });
  }
  return tokens.filter((token) => token.end <= end);
}

/** A name's last word, lower-cased: a person's surname, or the head of "Thames Water Ltd", "the residents". */
export function lastWordOf(name: string): string {
  return name.toLowerCase().split(/\s+/u).at(-1)!;
}
