import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The inputs `suggestAttributions` is measured on: the hostile shapes that once took it 13-148 s at 100 KB, each
 * made to a given size, and real articles (`eval/articles/`, whose Bakhmut article is the seed) repeated to it.
 */
export type SuggestShape = Readonly<{ name: string; text: string }>;

const articlesDirectory = fileURLToPath(new URL('../eval/articles', import.meta.url));

function article(file: string): string {
  return readFileSync(`${articlesDirectory}/${file}`, 'utf8').trim();
}

function articles(): string {
  return readdirSync(articlesDirectory).filter((file) => file.endsWith('.txt')).sort().map(article).join('\n\n');
}

/** `piece(i)` for i = 0, 1, … joined until the text is `size` characters long, cut there. */
function repeated(size: number, piece: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const part = piece(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

const names = ['Jan', 'Piet', 'Kees', 'Anna', 'Marie', 'Willem', 'Sophie', 'Daan'];
/** A different capitalised word for each index: "Aa", "Bb", …, "Aab", …, so that each names someone new. */
function capitalised(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor(rest / 26)) letters += String.fromCharCode(97 + (rest % 26));
  return `${String.fromCharCode(65 + (index % 26))}${letters || 'a'}`;
}
const openers = ['“', '„', '"', "'"];

export function suggestShapes(size = 100_000): SuggestShape[] {
  const real = articles();
  // The seed article's words alone: the others say "declined to comment", which makes the rules skip a whole sentence.
  const unpunctuated = article('bakhmut-2023-05.txt').replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/gu, ' ');
  return [
    { name: 'zegt dat chain', text: repeated(size, (index) => `${names[index % names.length]} zegt dat `) },
    { name: 'unclosed quote openers', text: repeated(size, (index) => `${openers[index % openers.length]}woord${index % 7} `) },
    { name: 'capitalised words', text: repeated(size, (index) => `${capitalised(index)} `) },
    { name: 'according to prefixes', text: repeated(size, (index) => `According to ${names[index % names.length]} Smit, `) },
    { name: 'no punctuation', text: repeated(size, () => `${unpunctuated} `) },
    { name: 'double quotes', text: '"'.repeat(size) },
    { name: 'real article', text: repeated(size, () => `${real}\n\n`) },
  ];
}
