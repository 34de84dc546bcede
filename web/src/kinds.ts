import type { NodeKind } from '../../src/model/kinds.js';

/** How each node kind and edge type looks, in the drawing and in the legend. */

export type NodeStyle = Readonly<{ color: string; size: number; marker: string }>;

// Colours from the Okabe–Ito palette, told apart by people with colour-blindness; the marker tells them apart in black and white.
export const nodeStyles: Readonly<Record<NodeKind, NodeStyle>> = {
  Person: { color: '#0072b2', size: 11, marker: '●' },
  Organisation: { color: '#d55e00', size: 13, marker: '■' },
  Place: { color: '#009e73', size: 10, marker: '▲' },
  Statement: { color: '#7a7a7a', size: 7, marker: '❝' },
  Source: { color: '#cc79a7', size: 8, marker: '▤' },
};

export type EdgeStyle = Readonly<{ color: string; size: number; description: string }>;

export const edgeStyles: Readonly<Record<string, EdgeStyle>> = {
  CLAIMS: { color: '#0072b2', size: 2, description: 'claims' },
  CONFIRMS: { color: '#009e73', size: 2, description: 'confirms' },
  DISPUTES: { color: '#e69f00', size: 2, description: 'disputes' },
  BLAMES: { color: '#c0392b', size: 4, description: 'blames' },
  CORROBORATES: { color: '#009e73', size: 3, description: 'corroborates' },
  CONTRADICTS: { color: '#e69f00', size: 3, description: 'contradicts' },
  MENTIONS: { color: '#c8c8c8', size: 1, description: 'mentions' },
  REPORTED_IN: { color: '#cc79a7', size: 1, description: 'reported in' },
  LEADS: { color: '#56b4e9', size: 2, description: 'leads' },
  MEMBER_OF: { color: '#56b4e9', size: 1.5, description: 'member of' },
  PART_OF: { color: '#8c6bb1', size: 1.5, description: 'part of' },
  LOCATED_IN: { color: '#8fbc8f', size: 1.5, description: 'located in' },
  SUPPORTS: { color: '#009e73', size: 1.5, description: 'supports' },
  RESPONDS_TO: { color: '#999999', size: 1.5, description: 'responds to' },
  OPPOSES: { color: '#c0392b', size: 2, description: 'opposes' },
};


export const nodeStyle = (kind: string): NodeStyle => nodeStyles[kind as NodeKind] ?? nodeStyles.Statement;
export const edgeStyle = (type: string): EdgeStyle => edgeStyles[type] ?? { color: '#999999', size: 1, description: type.toLowerCase() };
