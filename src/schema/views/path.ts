import { type PathRecord, shortestPaths } from '../../data/graph.js';
import { relationshipTypes } from '../../model/kinds.js';
import { builder } from '../builder.js';
import { boundedInt, maximumPageSize } from '../lib/bounds.js';
import { GraphEdgeRef, GraphNodeRef } from './graph.js';
import { expensiveField } from '../lib/expensive-field.js';
import { RelationshipTypeEnum } from '../relationships/relationship.js';
import { nodeId } from '../../model/fields.js';

const maximumPathLength = 6;

type PathStep = Readonly<{ path: PathRecord; index: number }>;

const PathStepRef = builder.objectRef<PathStep>('PathStep');

PathStepRef.implement({
  description: 'One edge of a path, walked from `from` to `to`, whichever way the edge points.',
  fields: (t) => ({
    from: t.field({ type: GraphNodeRef, description: 'Where this step starts.', resolve: ({ path, index }) => path.nodes[index]! }),
    to: t.field({ type: GraphNodeRef, description: 'Where this step ends.', resolve: ({ path, index }) => path.nodes[index + 1]! }),
    edge: t.field({ type: GraphEdgeRef, description: 'The edge walked.', resolve: ({ path, index }) => path.edges[index]! }),
    forward: t.boolean({
      description: 'Whether the edge points the way the path walks (false: walked against its direction).',
      resolve: ({ path, index }) => path.edges[index]!.source === path.nodes[index]!.id,
    }),
  }),
});

const PathRef = builder.objectRef<PathRecord>('Path');

PathRef.implement({
  description: 'A chain of edges from one node to another, in order.',
  fields: (t) => ({
    length: t.int({ description: 'How many edges.', resolve: (path) => path.edges.length }),
    nodes: t.field({ type: [GraphNodeRef], description: 'The nodes in walking order, both ends included.', resolve: (path) => path.nodes }),
    edges: t.field({ type: [GraphEdgeRef], description: 'The edges in walking order.', resolve: (path) => path.edges }),
    steps: t.field({
      type: [PathStepRef],
      description: 'Each edge with the nodes it joins, in walking order.',
      resolve: (path) => path.edges.map((_edge, index) => ({ path, index })),
    }),
    throughStatements: t.field({
      type: [GraphNodeRef],
      description: 'The statements the path passes through: the claims that join the two ends.',
      resolve: (path) => path.nodes.slice(1, -1).filter((node) => node.kind === 'Statement'),
    }),
  }),
});

builder.queryFields((t) => ({
  paths: t.field({
    type: [PathRef],
    description:
      'How two nodes are joined: the shortest path, or every shortest path with `all`. ' +
      'An empty list when no path of at most `maxLength` edges exists.',
    // A breadth-first search as deep as `maxLength`, repeated for each path returned.
    complexity: (args) => 200 * (args.maxLength ?? 4) * (args.all ? (args.first ?? 10) : 1),
    extensions: expensiveField,
    args: {
      from: t.arg.id({ required: true, description: 'Where the path starts.', validate: nodeId }),
      to: t.arg.id({ required: true, description: 'Where the path ends.', validate: nodeId }),
      maxLength: t.arg.int({
        defaultValue: 4,
        description: `At most this many edges, 1 to ${maximumPathLength}.`,
        validate: boundedInt(1, maximumPathLength),
      }),
      edgeTypes: t.arg({ type: [RelationshipTypeEnum], description: 'Walk only these relationship types; all when omitted.' }),
      at: t.arg({ type: 'PartialDate', description: 'Walk memberships, parts, locations and oppositions only where they hold at this date.' }),
      all: t.arg.boolean({ defaultValue: false, description: 'Every shortest path rather than one, up to `first`.' }),
      first: t.arg.int({
        defaultValue: 10,
        description: `With \`all\`, at most this many shortest paths, 1 to ${maximumPageSize}.`,
        validate: boundedInt(1, maximumPageSize),
      }),
    },
    resolve: (_root, args, context) =>
      shortestPaths(context.runner, {
        from: args.from,
        to: args.to,
        maxLength: args.maxLength ?? 4,
        edgeTypes: args.edgeTypes?.length ? args.edgeTypes : relationshipTypes,
        at: args.at ?? null,
        first: args.all ? (args.first ?? 10) : 1,
      }),
  }),
}));
