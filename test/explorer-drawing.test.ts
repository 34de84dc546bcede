import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { edgeStyles, edgeTypes, statusStyles } from '../web/src/kind-styles.js';
import { type LabelCandidate, overlaps, placeLabels, shortLabel } from '../web/src/label-layout.js';

const schema = buildSchema(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const enumValues = (name: string): string[] => (schema.getType(name) as GraphQLEnumType).getValues().map((value) => value.name);

describe("the explorer's key to its drawing (web/src/kind-styles.ts)", () => {
  it('has a style for every edge type the graph query can answer, and no other', () => {
    expect([...edgeTypes].sort()).toEqual(enumValues('GraphEdgeType').sort());
  });

  it('draws each edge type in a colour of its own', () => {
    const colours = Object.values(edgeStyles).map((style) => style.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('fills each verification status in a colour of its own', () => {
    expect(Object.keys(statusStyles).sort()).toEqual(enumValues('VerificationStatus').sort());
    const colours = Object.values(statusStyles).map((style) => style.color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
  });
});

/** A deterministic scatter of labelled nodes, crowded enough that many labels must be left out. */
function crowd(count: number, width: number, height: number): LabelCandidate[] {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  return Array.from({ length: count }, (_unused, index) => ({
    id: `node:${index}`,
    x: next() * width,
    y: next() * height,
    radius: 4 + next() * 6,
    text: `label ${index}`,
    width: 30 + next() * 120,
    forced: index === count - 1,
  }));
}

describe('placing labels (web/src/label-layout.ts)', () => {
  const area = { width: 800, height: 500 };
  const candidates = crowd(600, area.width, area.height);
  const placed = placeLabels(candidates, candidates, area, 17);

  it('never lets two labels overlap', () => {
    for (const [index, label] of placed.entries()) {
      for (const other of placed.slice(index + 1)) expect(overlaps(label.box, other.box), `${label.id} and ${other.id}`).toBe(false);
    }
  });

  it('keeps every label whole on the canvas', () => {
    for (const { box } of placed) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(area.width);
      expect(box.bottom).toBeLessThanOrEqual(area.height);
    }
  });

  it('writes a forced label even in a crowd, some of the others, and covers no other node with the others', () => {
    expect(placed.map((label) => label.id)).toContain('node:599');
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.length).toBeLessThan(candidates.length);
    for (const label of placed.filter((placedLabel) => placedLabel.id !== 'node:599')) {
      const covered = candidates.filter(
        (node) => node.id !== label.id && overlaps(label.box, { left: node.x - node.radius, top: node.y - node.radius, right: node.x + node.radius, bottom: node.y + node.radius }),
      );
      expect(covered.map((node) => node.id), label.id).toEqual([]);
    }
  });

  it('puts a label left of its node when the right would run past the edge', () => {
    const [label] = placeLabels([{ id: 'edge', x: 790, y: 100, radius: 5, text: 'near the edge', width: 80, forced: false }], [], area, 17);
    expect(label?.box.right).toBeLessThanOrEqual(790 - 5);
  });

  it('cuts a long label at a word', () => {
    expect(shortLabel('Prigozhin blames the Russian military command for missing ammunition', 28)).toBe('Prigozhin blames the…');
    expect(shortLabel('Wagner Group', 28)).toBe('Wagner Group');
  });
});
