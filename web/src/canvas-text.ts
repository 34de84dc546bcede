import type { Box } from './label-layout.js';

/** How text is written on the drawing's canvases: node labels, the hovered node's full label, the hovered edge's. */
export const labelFont = 'system-ui, sans-serif';
export const labelSize = 13;
export const labelLineHeight = 17;
const font = `${labelSize}px ${labelFont}`;

const widths = new Map<string, number>();

/** The width of a label in CSS pixels, measured once per text. */
export function textWidth(context: CanvasRenderingContext2D, text: string): number {
  let width = widths.get(text);
  if (width === undefined) {
    context.font = font;
    width = context.measureText(text).width;
    if (widths.size > 20_000) widths.clear();
    widths.set(text, width);
  }
  return width;
}

/** The longest start of `text` that fits in `room` pixels, with "…" when cut. */
export function fitText(context: CanvasRenderingContext2D, text: string, room: number): string {
  if (textWidth(context, text) <= room) return text;
  let length = text.length;
  while (length > 1 && textWidth(context, `${text.slice(0, length)}…`) > room) length -= Math.max(1, Math.floor(length / 8));
  return `${text.slice(0, length)}…`;
}

/** A label written plainly, with a white halo that keeps it legible across edges. */
export function writeLabel(context: CanvasRenderingContext2D, text: string, box: Box, color = '#1d1d1f'): void {
  context.font = font;
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(text, box.left, (box.top + box.bottom) / 2);
  context.fillStyle = color;
  context.fillText(text, box.left, (box.top + box.bottom) / 2);
}

/**
 * A label on a white card near (x, y), moved inward so that all of it stays on a canvas of `area`: the full label of
 * the hovered node, the description of the hovered edge.
 */
export function writeCard(context: CanvasRenderingContext2D, text: string, x: number, y: number, area: Readonly<{ width: number; height: number }>): Box {
  const padding = 4;
  const fitted = fitText(context, text, area.width - 2 * padding - 2);
  const width = textWidth(context, fitted) + 2 * padding;
  const height = labelLineHeight + 2 * padding;
  const left = Math.min(Math.max(x, 1), Math.max(area.width - width - 1, 1));
  const top = Math.min(Math.max(y - height / 2, 1), Math.max(area.height - height - 1, 1));
  context.save();
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(0, 0, 0, 0.35)';
  context.shadowBlur = 6;
  context.fillRect(left, top, width, height);
  context.restore();
  const box = { left: left + padding, top: top + padding, right: left + width - padding, bottom: top + height - padding };
  writeLabel(context, fitted, box);
  return { left, top, right: left + width, bottom: top + height };
}
