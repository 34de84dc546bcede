/**
 * Which node labels to write, and where, so that no two overlap, none covers another node, and none runs past the
 * drawing's edge. Candidates come in order of importance (the selection first, then the best-connected nodes); each
 * takes the first free place beside its node, right or left, or is left out. Zooming in spreads the nodes apart, so
 * more labels find room. A spatial hash keeps each frame linear in the number of nodes on screen.
 */

export type Box = Readonly<{ left: number; top: number; right: number; bottom: number }>;

export type LabelCandidate = Readonly<{
  id: string;
  /** The node's centre and radius on the canvas, in CSS pixels. */
  x: number;
  y: number;
  radius: number;
  text: string;
  width: number;
  /** Written even where others would have to make room: the selection, the ends of a path. */
  forced: boolean;
}>;

export type PlacedLabel = Readonly<{ id: string; text: string; box: Box }>;

export type NodeDisc = Readonly<{ id: string; x: number; y: number; radius: number }>;

const gap = 3;
const cellSize = 64;

class SpatialHash<Item extends { box: Box }> {
  private readonly cells = new Map<number, Item[]>();

  private keys(box: Box): number[] {
    const keys: number[] = [];
    for (let column = Math.floor(box.left / cellSize); column <= Math.floor(box.right / cellSize); column += 1) {
      for (let row = Math.floor(box.top / cellSize); row <= Math.floor(box.bottom / cellSize); row += 1) keys.push(column * 100_003 + row);
    }
    return keys;
  }

  add(item: Item): void {
    for (const key of this.keys(item.box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }

  some(box: Box, test: (item: Item) => boolean): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((item) => overlaps(item.box, box) && test(item)) ?? false);
  }
}

export const overlaps = (first: Box, second: Box): boolean =>
  first.left < second.right && second.left < first.right && first.top < second.bottom && second.top < first.bottom;

const inside = (box: Box, width: number, height: number): boolean => box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height;

/**
 * Places labels of `lineHeight` pixels: every forced label (moved inward to stay on the canvas), then as many of
 * the others as find a free place. `nodes` are the discs a label must not cover, other than its own node's.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  nodes: readonly NodeDisc[],
  area: Readonly<{ width: number; height: number }>,
  lineHeight: number,
): PlacedLabel[] {
  const discs = new SpatialHash<{ id: string; box: Box }>();
  for (const node of nodes) {
    discs.add({ id: node.id, box: { left: node.x - node.radius, top: node.y - node.radius, right: node.x + node.radius, bottom: node.y + node.radius } });
  }
  const labels = new SpatialHash<PlacedLabel>();
  const placed: PlacedLabel[] = [];
  const boxAt = (left: number, candidate: LabelCandidate): Box => {
    const top = candidate.y - lineHeight / 2;
    return { left, top, right: left + candidate.width, bottom: top + lineHeight };
  };
  for (const candidate of candidates) {
    const right = boxAt(candidate.x + candidate.radius + gap, candidate);
    const left = boxAt(candidate.x - candidate.radius - gap - candidate.width, candidate);
    const free = (box: Box): boolean =>
      inside(box, area.width, area.height) && !labels.some(box, () => true) && (candidate.forced || !discs.some(box, (disc) => disc.id !== candidate.id));
    let box = [right, left].find(free);
    if (!box && candidate.forced) {
      const clampedLeft = Math.min(Math.max(right.left, 0), Math.max(area.width - candidate.width, 0));
      const clampedTop = Math.min(Math.max(right.top, 0), Math.max(area.height - lineHeight, 0));
      const clamped = { left: clampedLeft, top: clampedTop, right: clampedLeft + candidate.width, bottom: clampedTop + lineHeight };
      if (!labels.some(clamped, () => true)) box = clamped;
    }
    if (!box) continue;
    const label = { id: candidate.id, text: candidate.text, box };
    labels.add(label);
    placed.push(label);
  }
  return placed;
}

/** A label cut at a word to at most `length` characters, for nodes that are neither selected nor hovered. */
export function shortLabel(label: string, length: number): string {
  if (label.length <= length) return label;
  const cut = label.slice(0, length - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
