import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Parameters as BenchParameters, queries } from '../bench/queries.js';
import { openTestApi, resetToSeed, testAccessPolicy, testTokens } from './support.js';

/** How many documents graphql-jit compiled: the compiled app must really run compiled. */
const compilations = vi.hoisted(() => ({ count: 0 }));
vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return {
    ...original,
    compileQuery: (...args: Parameters<typeof original.compileQuery>) => {
      compilations.count += 1;
      return original.compileQuery(...args);
    },
  };
});

const policy = testAccessPolicy(true);
const compiled = openTestApi(policy);
const interpreted = openTestApi(policy, { compiledQueries: false });
beforeAll(() => resetToSeed(compiled.database));
afterAll(async () => {
  await compiled.close();
  await interpreted.close();
});

type Operation = Readonly<{ name: string; document: string; variables?: Record<string, unknown>; token?: string | undefined }>;

const benchParameters: BenchParameters = {
  person: 'person:yevgeny-prigozhin',
  hub: 'person:yevgeny-prigozhin',
  deepAfterId: 'statement:wagner-lost-500-soldiers-and-3-km2',
  deepAfterOffset: 0,
  searchText: 'Prigozjin',
  pathTo: 'organisation:wagner-group',
};

const reader = testTokens.reader;

const benchOperations: Operation[] = queries.flatMap((query) => {
  const request = query.requests(benchParameters).ours;
  return request?.path === '/graphql'
    ? [{ name: query.id, document: request.body['query'] as string, variables: request.body['variables'] as Record<string, unknown>, token: reader }]
    : [];
});

const operations: Operation[] = [
  ...benchOperations,
  {
    name: 'aliases, fragments, inline fragments and __typename',
    document: `query Who($id: ID!) { __typename
      first: person(id: $id) { ...Named __typename claims(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { __typename statement { id } } } } }
      again: node(id: $id) { __typename ... on Person { id alias: name } ... on Statement { summary } } }
      fragment Named on Entity { id name aliases }`,
    variables: { id: 'person:yevgeny-prigozhin' },
    token: reader,
  },
  {
    name: 'an input default inside a variable (StatementOrder.direction)',
    document: `query ($order: StatementOrder) { statements(first: 5, orderBy: $order) { edges { node { id summary } } } }`,
    variables: { order: { field: 'CONFIRMATIONS' } },
    token: reader,
  },
  {
    name: 'a variable default and @skip / @include',
    document: `query ($first: Int = 2, $more: Boolean = false) { statements(first: $first) { edges { node { id date @include(if: $more) summary @skip(if: $more) } } } }`,
    token: reader,
  },
  {
    name: 'search hits with and without their matched names, nodes read in part and whole',
    document: `{ named: search(query: "Bakh", first: 5) { score matchedName node { __typename id ... on Place { name names { language name } } } }
      bare: search(query: "Prigoz", kinds: [Person, Organisation]) { node { id ... on Actor { name } } } }`,
    token: reader,
  },
  {
    name: 'lists of one type and of several, to far ends of one kind and of several',
    document: `query ($id: ID!) { person(id: $id) { memberships { __typename id ... on Membership { organisation { id name } } }
      claims(first: 3) { edges { node { statement { id confirmations { confirmer { __typename id name } strength } mentions { __typename ... on Place { id } } } } } } } }`,
    variables: { id: 'person:yevgeny-prigozhin' },
    token: reader,
  },
  { name: 'a read without a token, where reads need one', document: `{ person(id: "person:yevgeny-prigozhin") { id } statements(first: 1) { edges { node { id } } } }` },
  { name: 'an unknown id (NOT_FOUND at its path)', document: `{ person(id: "person:nobody-at-all") { id name } }`, token: reader },
  {
    name: 'a page too large below a non-null field: the error bubbles to the nearest nullable',
    document: `{ person(id: "person:yevgeny-prigozhin") { id claims(first: 5000) { edges { node { statement { id } } } } } }`,
    token: reader,
  },
  { name: 'a missing required variable', document: `query ($id: ID!) { person(id: $id) { id } }`, variables: {}, token: reader },
  {
    name: 'a variable of the wrong type inside an input',
    document: `query ($order: StatementOrder) { statements(first: 1, orderBy: $order) { edges { node { id } } } }`,
    variables: { order: { direction: 'UP' } },
    token: reader,
  },
];

describe('compiled queries answer exactly as the interpreting executor does', () => {
  it.each(operations)('$name', async ({ document, variables, token }) => {
    const [fast, reference] = await Promise.all(
      [compiled, interpreted].map((api) => (token ? api.as(token) : api.query)(document, variables)),
    );
    expect(fast).toEqual(reference);
    expect(reference!.data ?? reference!.errors).toBeTruthy();
  });

  it('compiled each of those queries once, and ran each again from its compilation', async () => {
    const before = compilations.count;
    for (const { document, variables, token } of benchOperations) await compiled.as(token!)(document, variables);
    expect(compilations.count).toBe(before);
    expect(before).toBeGreaterThanOrEqual(benchOperations.length);
  });
});
