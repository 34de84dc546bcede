import type { Attribution } from './attribution.js';
import { edgeStyle } from './kind-styles.js';

export type TextRange = Readonly<{ start: number; end: number }>;

/**
 * The article with the words of every attribution still in play marked in place, coloured by kind. Attributions may
 * overlap, so the text is cut at every start and end, and each piece is marked for all the attributions over it and
 * coloured by the shortest. The marks hold nothing but the text, so that offsets into it are offsets into the article.
 */
export function showMarkedText(container: HTMLElement, text: string, attributions: readonly Attribution[], showCard: (key: number) => void): void {
  const cuts = [...new Set([0, text.length, ...attributions.flatMap((attribution) => [attribution.start, attribution.end])])].sort((first, second) => first - second);
  const pieces: Node[] = [];
  for (const [index, start] of cuts.slice(0, -1).entries()) {
    const end = cuts[index + 1]!;
    const words = text.slice(start, end);
    const over = attributions
      .filter((attribution) => attribution.start <= start && attribution.end >= end)
      .sort((first, second) => first.end - first.start - (second.end - second.start));
    const [innermost] = over;
    if (!innermost) {
      pieces.push(document.createTextNode(words));
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = words;
    mark.dataset.keys = over.map((attribution) => attribution.key).join(' ');
    mark.dataset.kind = innermost.kind;
    mark.title = over.map((attribution) => edgeStyle(attribution.kind).description).join(', ');
    mark.style.setProperty('--kind-colour', edgeStyle(innermost.kind).color);
    mark.addEventListener('click', () => showCard(innermost.key));
    pieces.push(mark);
  }
  container.replaceChildren(...pieces);
}

/** Marks an attribution's words as the one being looked at, and scrolls the text to them. */
export function highlightAttribution(container: HTMLElement, key: number): void {
  const marks = [...container.querySelectorAll<HTMLElement>('mark')];
  for (const mark of marks) mark.classList.toggle('active', (mark.dataset.keys ?? '').split(' ').includes(String(key)));
  marks.find((mark) => mark.classList.contains('active'))?.scrollIntoView({ block: 'center' });
}

/** The offsets of what is selected inside the container, without the spaces around it; none when nothing is. */
export function selectedRange(container: HTMLElement): TextRange | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const offsetOf = (node: Node, offset: number): number => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  const selected = range.toString();
  const start = offsetOf(range.startContainer, range.startOffset) + (selected.length - selected.trimStart().length);
  const end = offsetOf(range.endContainer, range.endOffset) - (selected.length - selected.trimEnd().length);
  return start < end ? { start, end } : undefined;
}
