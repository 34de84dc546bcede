import { Kind, parse, type VariableDefinitionNode } from 'graphql';
import { edgePropertyNames } from './exported-graph.js';

const fragments = `
  fragment ExportedNode on GraphNode { id kind label }
  fragment ExportedEdge on GraphEdge {
    id type source target weight statementIds
    properties { ${edgePropertyNames.join(' ')} }
  }`;

/**
 * The GraphQL operation behind each export, named by its field. Its variables are the export's URL
 * parameters, so an export takes the field's arguments and is held to the field's limits.
 */
const operationSources: Readonly<Record<string, string>> = {
  graph: `
    query GraphExport($center: ID!, $depth: Int, $edgeTypes: [RelationshipType!], $nodeKinds: [NodeKind!], $limit: Int, $at: PartialDate) {
      answer: graph(center: $center, depth: $depth, edgeTypes: $edgeTypes, nodeKinds: $nodeKinds, limit: $limit, at: $at) {
        nodes { ...ExportedNode } edges { ...ExportedEdge } truncated omitted { nodeId kind count }
      }
    }`,
  paths: `
    query PathsExport($from: ID!, $to: ID!, $maxLength: Int, $edgeTypes: [RelationshipType!], $all: Boolean, $at: PartialDate) {
      answer: paths(from: $from, to: $to, maxLength: $maxLength, edgeTypes: $edgeTypes, all: $all, at: $at) {
        nodes { ...ExportedNode } edges { ...ExportedEdge }
      }
    }`,
  // The filter's fields are parameters of their own: ?place=place:bakhmut&from=2023-05
  actorNetwork: `
    query ActorNetworkExport($place: ID, $from: PartialDate, $to: PartialDate, $actors: [ID!], $limit: Int) {
      answer: actorNetwork(filter: { place: $place, from: $from, to: $to, actors: $actors }, limit: $limit) {
        nodes { ...ExportedNode } edges { ...ExportedEdge } truncated omitted { nodeId kind count }
      }
    }`,
};

export type ExportOperation = Readonly<{ document: string; variables: readonly VariableDefinitionNode[] }>;

export const exportOperations: Readonly<Record<string, ExportOperation>> = Object.fromEntries(
  Object.entries(operationSources).map(([field, source]) => {
    const document = source + fragments;
    const operation = parse(document).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    return [field, { document, variables: operation?.variableDefinitions ?? [] }];
  }),
);
