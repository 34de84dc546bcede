import { derivedEdgeTypes, maxGraphDepth, type GraphEdgeRecord, type GraphRecord, neighbourhood, type OmittedCount } from '../../data/graph.js';
import { type NodeRecord } from '../../model/records.js';
import { nodeKinds, relationshipTypes } from '../../model/kinds.js';
import { boundedInt } from '../lib/bounds.js';
import { builder } from '../builder.js';
import { BasisEnum } from '../relationships/basis.js';
import { ConfirmationStrengthEnum } from '../relationships/confirmation.js';
import { DatePrecisionEnum } from '../nodes/date.js';
import { asksFor } from '../lib/look-ahead.js';
import { expensiveField } from '../lib/expensive-field.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { RelationshipSourceRef } from '../relationships/relationship-source.js';
import { NodeKindEnum } from './search.js';
import { nodeId } from '../../model/fields.js';

export const GraphEdgeTypeEnum = builder.enumType('GraphEdgeType', {
  description:
    'The type of an edge in a drawn graph: a stored relationship type, or an edge the actor network derives ' +
    'from statements (CORROBORATES: confirms what the other claims; CONTRADICTS: disputes what the other claims).',
  // CONTRADICTS is stored between statements and derived between the actors who claim them.
  values: [...new Set([...relationshipTypes, ...derivedEdgeTypes])],
});

/** A label for drawing: the name of an entity, the summary of a statement, the title of a source. */
export function nodeLabel(node: NodeRecord): string {
  switch (node.kind) {
    case 'Statement':
      return node.summary ?? node.text.slice(0, 80);
    case 'Source':
      return node.title;
    default:
      return node.name;
  }
}

export const GraphNodeRef = builder.objectRef<NodeRecord>('GraphNode');

GraphNodeRef.implement({
  description: 'A node of a drawn graph, with what a diagram needs and the full node behind it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The node\'s id; edges refer to it as `source` and `target`.' }),
    kind: t.field({ type: NodeKindEnum, description: 'Person, organisation, place, statement or source.', resolve: (node) => node.kind }),
    label: t.string({ description: 'What to write on the node.', resolve: nodeLabel }),
    node: t.field({ type: builder.nodeInterfaceRef(), description: 'The node itself, for its other fields.', resolve: (node) => node }),
  }),
});

const EdgePropertiesRef = builder.objectRef<NonNullable<GraphEdgeRecord['properties']>>('EdgeProperties');

EdgePropertiesRef.implement({
  description: 'What a stored relationship says beyond its type and ends; fields that do not apply are null.',
  fields: (t) => ({
    date: t.field({ type: 'PartialDate', nullable: true, description: 'When the relationship was made.', resolve: (properties) => properties.date?.value ?? null }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `date` is known to the year, month or day.',
      resolve: (properties) => properties.date?.precision ?? null,
    }),
    medium: t.exposeString('medium', { nullable: true, description: 'How it was said, e.g. "Telegram video".' }),
    quote: t.exposeString('quote', { nullable: true, description: 'The source\'s words for this relationship.' }),
    strength: t.field({
      type: ConfirmationStrengthEnum,
      nullable: true,
      description: 'How firmly a confirmation backs the statement up.',
      resolve: (properties) => properties.strength,
    }),
    reason: t.exposeString('reason', { nullable: true, description: 'What a blame is for.' }),
    statementId: t.exposeID('statementId', { nullable: true, description: 'The statement a blame was made in.' }),
    start: t.exposeInt('start', { nullable: true, description: 'Offset of a source quote in the source text.' }),
    end: t.exposeInt('end', { nullable: true, description: 'Offset just past a source quote.' }),
    role: t.exposeString('role', { nullable: true, description: 'The title in a membership, e.g. "commander".' }),
    since: t.field({ type: 'PartialDate', nullable: true, description: 'Since when the relationship holds.', resolve: (properties) => properties.since?.value ?? null }),
    until: t.field({ type: 'PartialDate', nullable: true, description: 'Until when the relationship held.', resolve: (properties) => properties.until?.value ?? null }),
    basis: t.field({
      type: BasisEnum,
      nullable: true,
      description: 'Whether a confirmation or dispute was STATED by the actor or INFERRED by `inferredBy`, or a structural relationship is BACKGROUND knowledge of `knownBy`.',
      resolve: (properties) => properties.basis,
    }),
    inferredBy: t.exposeID('inferredBy', { nullable: true, description: 'Whose inference an INFERRED confirmation or dispute is.' }),
    knownBy: t.exposeString('knownBy', { nullable: true, description: 'Whose background knowledge a BACKGROUND relationship is.' }),
    sources: t.field({
      type: [RelationshipSourceRef],
      description: 'For a structural relationship: the sources that state it, with their words; empty when none is named.',
      resolve: (properties) => properties.sources,
    }),
    hedged: t.exposeBoolean('hedged', { nullable: true, description: 'Whether a claim is reported as hedged ("zouden", "reportedly").' }),
    credibility: t.exposeInt('credibility', { nullable: true, description: 'The information credibility (1–6) of a source quote.' }),
  }),
});

export const GraphEdgeRef = builder.objectRef<GraphEdgeRecord>('GraphEdge');

GraphEdgeRef.implement({
  description: 'An edge of a drawn graph. Both ends are always among the graph\'s nodes.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id of the edge, never a database-internal one.' }),
    type: t.field({ type: GraphEdgeTypeEnum, description: 'What kind of edge.', resolve: (edge) => edge.type }),
    source: t.exposeID('source', { description: 'Id of the node the edge starts at.' }),
    target: t.exposeID('target', { description: 'Id of the node the edge points to.' }),
    properties: t.field({
      type: EdgePropertiesRef,
      nullable: true,
      description: 'The stored relationship\'s properties; null for edges derived from statements.',
      resolve: (edge) => edge.properties,
    }),
    weight: t.exposeInt('weight', { description: 'How many statements stand behind a derived edge; 1 for a stored relationship.' }),
    statedWeight: t.int({
      nullable: true,
      description:
        'For an actor-network edge: how many of its statements the actors\' own words stand behind (a STATED confirmation or dispute, a claim, ' +
        'a blame). Null for a stored relationship, whose `properties.basis` says.',
      resolve: (edge) => (edge.inferredWeight === undefined ? null : edge.weight - edge.inferredWeight),
    }),
    inferredWeight: t.int({
      nullable: true,
      description:
        'For an actor-network edge: how many of its statements stand behind it only through someone else\'s reading (an INFERRED ' +
        'confirmation or dispute), to weigh apart. Null for a stored relationship.',
      resolve: (edge) => edge.inferredWeight ?? null,
    }),
    statementIds: t.idList({
      description:
        'The statements behind the edge, so a click can show the evidence: those of a derived edge; the statement a blame was ' +
        'made in; the statement at the end of a claim, confirmation, dispute, mention or appearance; both statements of a ' +
        'contradiction, support or response; none for a membership, part, location or opposition.',
      resolve: (edge) => edge.statementIds,
    }),
  }),
});

const OmittedCountRef = builder.objectRef<OmittedCount>('OmittedCount');

OmittedCountRef.implement({
  description: 'Edges a limit left out: "and 120 more edges to people" behind a node.',
  fields: (t) => ({
    nodeId: t.exposeID('nodeId', { description: 'The node in the graph they hang off.' }),
    kind: t.field({ type: NodeKindEnum, description: 'The kind of node at their far end.', resolve: (omitted) => omitted.kind }),
    count: t.exposeInt('count', {
      description: 'How many of the node\'s edges to that kind the graph leaves out; a neighbour joined twice counts twice.',
    }),
  }),
});

export const GraphRef = builder.objectRef<GraphRecord>('Graph');

GraphRef.implement({
  description: 'Nodes and the edges among them, ready to draw; `truncated` and `omitted` say what a limit left out.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], description: 'Each node once.', resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'Each edge once; both ends are in `nodes`.', resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'Whether the limit left nodes out.' }),
    omitted: t.field({
      type: [OmittedCountRef],
      description: 'How many edges to which kind of neighbour were left out behind which node, for every node short of `depth`.',
      resolve: (graph) => graph.omitted,
    }),
  }),
});

export const graphLimits = { depth: maxGraphDepth, limit: 500 } as const;

builder.queryFields((t) => ({
  graph: t.field({
    type: GraphRef,
    description:
      'The neighbourhood of a node, ready to draw: nodes up to `depth` edges away, most strongly joined first (by ' +
      'relationships to the nodes drawn, among the neighbours behind the first 4 × `limit` relationships read of each node), ' +
      'at most `limit` of them, with every edge among them. One database round trip.',
    // Neighbours are ranked level by level, so the work grows with the nodes kept and the levels walked.
    complexity: (args) => 4 * (args.limit ?? 200) * (args.depth ?? 1),
    extensions: expensiveField,
    args: {
      // Checked before it reaches Neo4j, which plans the large expansion query again for each new size of a text parameter.
      center: t.arg.id({ required: true, description: 'The node at the centre, e.g. "person:yevgeny-prigozhin".', validate: nodeId }),
      depth: t.arg.int({
        defaultValue: 1,
        description: `How many edges away, 1 to ${graphLimits.depth}.`,
        validate: boundedInt(1, graphLimits.depth),
      }),
      edgeTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationship types; all when omitted.' }),
      at: t.arg({
        type: 'PartialDate',
        description: 'Follow memberships, parts, locations and oppositions only where they hold at this date; any time when omitted.',
      }),
      nodeKinds: t.arg({ type: [NodeKindEnum], description: 'Include only neighbours of these kinds; all when omitted.' }),
      limit: t.arg.int({
        defaultValue: 200,
        description: `At most this many nodes, 1 to ${graphLimits.limit}.`,
        validate: boundedInt(1, graphLimits.limit),
      }),
    },
    resolve: (_root, args, context, info) =>
      neighbourhood(context.runner, {
        center: args.center,
        depth: args.depth ?? 1,
        edgeTypes: args.edgeTypes?.length ? args.edgeTypes : relationshipTypes,
        at: args.at ?? null,
        nodeKinds: args.nodeKinds?.length ? args.nodeKinds : nodeKinds,
        limit: args.limit ?? 200,
        withEdgeProperties: asksFor(info, ['edges'], 'properties'),
      }),
  }),
}));
