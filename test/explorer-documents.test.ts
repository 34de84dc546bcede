import { readFile } from 'node:fs/promises';
import { buildSchema, type DocumentNode, type FragmentDefinitionNode, Kind, NoUnusedFragmentsRule, parse, specifiedRules, validate, visit } from 'graphql';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
const webFolder = new URL('../web/', import.meta.url).pathname;
const documentPaths = await glob('src/**/*.graphql', { cwd: webFolder });
const documents = new Map(await Promise.all(documentPaths.map(async (path) => [path, parse(await readFile(`${webFolder}${path}`, 'utf8'))] as const)));

/** A file of fragments only is sent after the documents that spread them (see drawn-edge.graphql). */
const isFragmentFile = (document: DocumentNode) => document.definitions.every((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
const sharedFragments = new Map(
  [...documents.values()].filter(isFragmentFile).flatMap((document) => (document.definitions as FragmentDefinitionNode[]).map((fragment) => [fragment.name.value, fragment] as const)),
);

const spreadNames = (node: DocumentNode | FragmentDefinitionNode) => {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
};

/** The document with the shared fragments it spreads, as the explorer sends it. */
function asSent(document: DocumentNode): DocumentNode {
  const defined = new Set(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [definition.name.value] : [])));
  const added: FragmentDefinitionNode[] = [];
  const pending = spreadNames(document);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const fragment = sharedFragments.get(name);
    if (defined.has(name) || !fragment) continue;
    defined.add(name);
    added.push(fragment);
    pending.push(...spreadNames(fragment));
  }
  return { ...document, definitions: [...document.definitions, ...added] };
}

describe("the explorer's GraphQL documents", () => {
  it('are there to check', () => {
    expect(documentPaths).toEqual(expect.arrayContaining(['src/graph.graphql', 'src/search.graphql', 'src/evidence.graphql', 'src/drawn-edge.graphql']));
  });

  it.each(documentPaths)('%s parses and validates against schema/schema.graphql, with the shared fragments it spreads', (path) => {
    const document = documents.get(path)!;
    const rules = isFragmentFile(document) ? specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule) : specifiedRules;
    expect(validate(schema, asSent(document), rules).map((error) => error.message)).toEqual([]);
  });

  it('spread every shared fragment somewhere', () => {
    const spread = new Set([...documents.values()].filter((document) => !isFragmentFile(document)).flatMap(spreadNames));
    expect([...sharedFragments.keys()].filter((name) => !spread.has(name))).toEqual([]);
  });

  it('spread the edge fragment in both graph.graphql and paths.graphql', () => {
    expect(spreadNames(documents.get('src/graph.graphql')!)).toContain('DrawnEdge');
    expect(spreadNames(documents.get('src/paths.graphql')!)).toContain('DrawnEdge');
  });
});
