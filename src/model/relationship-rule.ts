import { parsePartialDate } from './dates.js';
import { quoteProblem } from './fields.js';
import { actorKinds, isStructuralType, type NodeKind, type RelationshipType, relationshipEnds, structuralTypes } from './kinds.js';

/**
 * The one rule of what a relationship may be: which kinds of node its ends join, which properties its type has, and
 * which basis. The mutations check a relationship against it with the nodes of the graph, and an imported document
 * with the nodes it declares, so the same relationship is refused with the same words either way.
 */

/** A relationship as a write gives it; a property left out (or null) is one it does not have. */
export type RelationshipFields = Readonly<{
  type: RelationshipType;
  from: string;
  to: string;
  statement?: string | null | undefined;
  start?: number | null | undefined;
  end?: number | null | undefined;
  quote?: string | null | undefined;
  strength?: string | null | undefined;
  reason?: string | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
  basis?: string | null | undefined;
  inferredBy?: string | null | undefined;
  knownBy?: string | null | undefined;
  sources?: readonly unknown[] | null | undefined;
  hedged?: boolean | null | undefined;
  credibility?: number | null | undefined;
}>;

/** A node the relationship names, as the writer knows it: its kind, and a source's text. */
export type KnownNode = Readonly<{ kind: NodeKind; text?: string }>;

export type RelationshipProblem = Readonly<{ field: keyof RelationshipFields; message: string }>;

/**
 * What makes this relationship invalid, first problem first; none when it may be written. `nodeOf` answers for
 * the ids it names; an id it does not know is the caller's to report (a node missing from the graph, or not
 * declared in the document), and is not judged here.
 */
export function relationshipProblems(
  relationship: RelationshipFields,
  nodeOf: (id: string) => KnownNode | undefined,
): RelationshipProblem[] {
  const { type } = relationship;
  const problems: RelationshipProblem[] = [];
  if (relationship.from === relationship.to) {
    problems.push({ field: 'to', message: `${type} may not join a node to itself: ${relationship.from} → ${relationship.to}` });
  }
  problems.push(...periodProblems(relationship), ...basisProblems(relationship));
  for (const end of ['from', 'to'] as const) {
    const kinds = relationshipEnds[type][end];
    const node = nodeOf(relationship[end]);
    if (node && !kinds.includes(node.kind)) {
      problems.push({ field: end, message: `"${relationship[end]}" is a ${node.kind}; a ${type} relationship needs a ${kinds.join(' or ')} there` });
    }
  }
  const reasoner = relationship.inferredBy ? nodeOf(relationship.inferredBy) : undefined;
  if (reasoner && !(actorKinds as readonly NodeKind[]).includes(reasoner.kind)) {
    problems.push({ field: 'inferredBy', message: `"${relationship.inferredBy}" is a ${reasoner.kind}; an inference is a person's or organisation's` });
  }
  if (relationship.credibility != null && type !== 'REPORTED_IN') {
    problems.push({ field: 'credibility', message: 'only a source quote (REPORTED_IN) has a credibility' });
  }
  if (type === 'CONFIRMS' && !relationship.strength) problems.push({ field: 'strength', message: 'a confirmation needs its strength' });
  if (type === 'BLAMES') problems.push(...blameProblems(relationship, nodeOf));
  if (type === 'REPORTED_IN') problems.push(...sourceQuoteProblems(relationship, nodeOf(relationship.to)));
  return problems;
}

/** Since and until belong to relationships that hold for a time, and the one may not come after the other. */
function periodProblems({ type, since, until }: RelationshipFields): RelationshipProblem[] {
  if (!since && !until) return [];
  if (!(structuralTypes as readonly string[]).includes(type)) {
    return [{ field: since ? 'since' : 'until', message: `only ${structuralTypes.join(', ')} hold for a time` }];
  }
  const start = since ? parsePartialDate(since) : undefined;
  const end = until ? parsePartialDate(until) : undefined;
  return start && end && start.start > end.end ? [{ field: 'until', message: `must not come before since (${since})` }] : [];
}

/**
 * STATED and INFERRED belong to confirmations and disputes, BACKGROUND and sources to structural relationships; an
 * inference names whose it is, background knowledge whom it is known by; hedging belongs to claims.
 */
function basisProblems({ type, basis, inferredBy, knownBy, hedged, sources }: RelationshipFields): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  const judged = type === 'CONFIRMS' || type === 'DISPUTES';
  const structural = isStructuralType(type);
  if ((basis === 'STATED' || basis === 'INFERRED') && !judged) problems.push({ field: 'basis', message: `only CONFIRMS and DISPUTES are ${basis}` });
  if (basis === 'BACKGROUND' && !structural) problems.push({ field: 'basis', message: `only ${structuralTypes.join(', ')} rest on BACKGROUND knowledge` });
  if (basis === 'INFERRED' && !inferredBy) problems.push({ field: 'inferredBy', message: 'an inference names whose reasoning it is' });
  if (inferredBy && basis !== 'INFERRED') problems.push({ field: 'basis', message: 'inferredBy goes with basis INFERRED' });
  if (basis === 'BACKGROUND' && !knownBy) problems.push({ field: 'knownBy', message: 'background knowledge names whom it is known by' });
  if (knownBy && basis !== 'BACKGROUND') problems.push({ field: 'basis', message: 'knownBy goes with basis BACKGROUND' });
  if (hedged != null && type !== 'CLAIMS') problems.push({ field: 'hedged', message: 'only CLAIMS are hedged' });
  if (sources != null && sources.length > 0 && !structural) problems.push({ field: 'sources', message: `only ${structuralTypes.join(', ')} name the sources that state them` });
  return problems;
}

/** A blame is laid for a reason, in a statement. */
function blameProblems({ reason, statement }: RelationshipFields, nodeOf: (id: string) => KnownNode | undefined): RelationshipProblem[] {
  const problems: RelationshipProblem[] = [];
  if (!reason) problems.push({ field: 'reason', message: 'a blame needs its reason' });
  const laidIn = statement ? nodeOf(statement) : undefined;
  if (!statement) problems.push({ field: 'statement', message: 'a blame names the statement in which it was made' });
  else if (laidIn && laidIn.kind !== 'Statement') problems.push({ field: 'statement', message: `"${statement}" is a ${laidIn.kind}; a blame is laid in a statement` });
  return problems;
}

/** A source quote holds words of its source, exactly the text between its offsets. */
function sourceQuoteProblems({ quote, start, end }: RelationshipFields, source: KnownNode | undefined): RelationshipProblem[] {
  if (quote == null) return [{ field: 'quote', message: 'a source quote needs its words' }];
  if (start == null) return [{ field: 'start', message: 'a source quote needs its start' }];
  if (end == null) return [{ field: 'end', message: 'a source quote needs its end' }];
  const problem = source?.kind !== 'Source' || source.text === undefined ? undefined : quoteProblem(source.text, { quote, start, end });
  return problem ? [problem] : [];
}
