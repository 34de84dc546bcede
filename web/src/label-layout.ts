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
const cellSize = 6;
const labelMark = -1;
const sharedMark = -2;

/**
 * The canvas cut into small cells, each marked with what covers it: nothing, one node (its index + 1), several nodes,
 * or a label. A box is tested cell by cell, so a frame costs the same however densely the nodes crowd; the test is
 * conservative (a cell touched by a box counts as covered), so two labels never overlap.
 */
class OccupancyGrid {
  private readonly columns: number;
  private readonly rows: number;
  private readonly cells: Int32Array;

  constructor(width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width / cellSize));
    this.rows = Math.max(1, Math.ceil(height / cellSize));
    this.cells = new Int32Array(this.columns * this.rows);
  }

  private each(box: Box, visit: (index: number) => boolean | void): boolean {
    const firstColumn = Math.max(0, Math.floor(box.left / cellSize));
    // A box covers [left, right) × [top, bottom): boxes that only touch share no cell.
    const lastColumn = Math.min(this.columns - 1, Math.ceil(box.right / cellSize) - 1);
    const firstRow = Math.max(0, Math.floor(box.top / cellSize));
    const lastRow = Math.min(this.rows - 1, Math.ceil(box.bottom / cellSize) - 1);
    for (let row = firstRow; row <= lastRow; row += 1) {
      for (let column = firstColumn; column <= lastColumn; column += 1) if (visit(row * this.columns + column) === false) return false;
    }
    return true;
  }

  markNode(box: Box, index: number): void {
    this.each(box, (cell) => {
      const mark = this.cells[cell]!;
      this.cells[cell] = mark === 0 || mark === index + 1 ? index + 1 : mark === labelMark ? labelMark : sharedMark;
    });
  }

  markLabel(box: Box): void {
    this.each(box, (cell) => {
      this.cells[cell] = labelMark;
    });
  }

  /** Whether no label, and unless `anyNode`, no node but the one at `ownIndex`, covers a cell of the box. */
  free(box: Box, ownIndex: number, anyNode: boolean): boolean {
    return this.each(box, (cell) => {
      const mark = this.cells[cell]!;
      return mark === 0 || mark === ownIndex + 1 || (anyNode && mark !== labelMark);
    });
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
  const grid = new OccupancyGrid(area.width, area.height);
  const nodeIndex = new Map<string, number>();
  nodes.forEach((node, index) => {
    nodeIndex.set(node.id, index);
    grid.markNode({ left: node.x - node.radius, top: node.y - node.radius, right: node.x + node.radius, bottom: node.y + node.radius }, index);
  });
  const placed: PlacedLabel[] = [];
  const boxAt = (left: number, candidate: LabelCandidate): Box => {
    const top = candidate.y - lineHeight / 2;
    return { left, top, right: left + candidate.width, bottom: top + lineHeight };
  };
  for (const candidate of candidates) {
    const ownIndex = nodeIndex.get(candidate.id) ?? -2;
    const free = (box: Box): boolean => inside(box, area.width, area.height) && grid.free(box, ownIndex, candidate.forced);
    const right = boxAt(candidate.x + candidate.radius + gap, candidate);
    let box = free(right) ? right : undefined;
    if (!box) {
      const left = boxAt(candidate.x - candidate.radius - gap - candidate.width, candidate);
      if (free(left)) box = left;
    }
    if (!box && candidate.forced) {
      const clampedLeft = Math.min(Math.max(right.left, 0), Math.max(area.width - candidate.width, 0));
      const clampedTop = Math.min(Math.max(right.top, 0), Math.max(area.height - lineHeight, 0));
      const clamped = { left: clampedLeft, top: clampedTop, right: clampedLeft + candidate.width, bottom: clampedTop + lineHeight };
      if (grid.free(clamped, ownIndex, true)) box = clamped;
    }
    if (!box) continue;
    grid.markLabel(box);
    placed.push({ id: candidate.id, text: candidate.text, box });
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
