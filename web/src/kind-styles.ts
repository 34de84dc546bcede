import type { NodeKind, RelationshipType, VerificationStatus } from '../../src/model/kinds.js';

/**
 * How each node kind, statement status and edge type looks, in the drawing and in the legend: the one table both
 * read, so the legend cannot name a colour the drawing does not use.
 */

export type NodeStyle = Readonly<{ color: string; size: number; marker: string }>;

// Colours from the Okabe–Ito palette, told apart by people with colour-blindness; the marker tells them apart in black and white.
export const nodeStyles: Readonly<Record<NodeKind, NodeStyle>> = {
  Person: { color: '#0072b2', size: 11, marker: '●' },
  Organisation: { color: '#d55e00', size: 13, marker: '■' },
  Place: { color: '#009e73', size: 10, marker: '▲' },
  Statement: { color: '#7a7a7a', size: 7, marker: '❝' },
  Source: { color: '#cc79a7', size: 8, marker: '▤' },
};

export type StatusStyle = Readonly<{ color: string; description: string }>;

/** A statement is filled by how well it stands; the marker ❝ still says it is a statement. */
export const statusStyles: Readonly<Record<VerificationStatus, StatusStyle>> = {
  UNVERIFIED: { color: '#9a9a9a', description: 'unverified' },
  PLAUSIBLE: { color: '#88ccee', description: 'plausible' },
  CONFIRMED: { color: '#1d5f2e', description: 'confirmed' },
  DISPUTED: { color: '#e69f00', description: 'disputed' },
  FALSE: { color: '#1d1d1f', description: 'false' },
};

/** The ring around a statement that is disputed or contradicted, wider the more often it is. */
export const contestedRing = { color: '#c0392b', widthPerChallenge: 1.5, widest: 6 } as const;
export const contestedRingWidth = (challenges: number): number => Math.min(challenges * contestedRing.widthPerChallenge, contestedRing.widest);

/** A statement grows a little with each challenge, so a contested one stands out without its ring too. */
export const statementSize = (challenges: number): number => nodeStyles.Statement.size + Math.min(challenges, 3) * 1.5;

/** An edge type of a drawn graph: a stored relationship type, or one the actor network derives from statements. */
export type EdgeType = RelationshipType | 'CORROBORATES';

export type EdgeStyle = Readonly<{ color: string; size: number; description: string }>;

// Fifteen types need fifteen colours: hues close in meaning (agree, disagree, belong) sit near each other but never share one.
export const edgeStyles: Readonly<Record<EdgeType, EdgeStyle>> = {
  CLAIMS: { color: '#0072b2', size: 2, description: 'claims' },
  CONFIRMS: { color: '#009e73', size: 2, description: 'confirms' },
  CORROBORATES: { color: '#117733', size: 3, description: 'corroborates' },
  SUPPORTS: { color: '#999933', size: 1.5, description: 'supports' },
  DISPUTES: { color: '#e69f00', size: 2, description: 'disputes' },
  CONTRADICTS: { color: '#e7298a', size: 2.5, description: 'contradicts' },
  BLAMES: { color: '#c0392b', size: 4, description: 'blames' },
  OPPOSES: { color: '#882255', size: 2, description: 'opposes' },
  LEADS: { color: '#56b4e9', size: 2, description: 'leads' },
  MEMBER_OF: { color: '#332288', size: 1.5, description: 'member of' },
  PART_OF: { color: '#8c6bb1', size: 1.5, description: 'part of' },
  LOCATED_IN: { color: '#a6761d', size: 1.5, description: 'located in' },
  RESPONDS_TO: { color: '#666666', size: 1.5, description: 'responds to' },
  REPORTED_IN: { color: '#cc79a7', size: 1, description: 'reported in' },
  MENTIONS: { color: '#c8c8c8', size: 1, description: 'mentions' },
};

export const edgeTypes = Object.keys(edgeStyles) as EdgeType[];

export const nodeStyle = (kind: string): NodeStyle => nodeStyles[kind as NodeKind] ?? nodeStyles.Statement;
export const edgeStyle = (type: string): EdgeStyle => edgeStyles[type as EdgeType] ?? { color: '#999999', size: 1, description: type.toLowerCase() };
export const statusStyle = (status: string): StatusStyle => statusStyles[status as VerificationStatus] ?? statusStyles.UNVERIFIED;
