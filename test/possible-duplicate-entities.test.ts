import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const admin = api.as(testTokens.admin);
const editor = api.as(testTokens.editor);
const prigozhin = 'person:yevgeny-prigozhin';
const housen = 'person:roger-housen';

const duplicates = `query ($first: Int, $after: String, $kinds: [ActorKind!], $minimumSimilarity: Float) {
  possibleDuplicateEntities(first: $first, after: $after, kinds: $kinds, minimumSimilarity: $minimumSimilarity) {
    pairs { entity { id } other { id } similarity closestSpellings sharedSpellings sharedNeighbours }
    endCursor hasNextPage
  }
}`;

async function pairsOf(variables: Record<string, unknown> = {}) {
  const { data, errors, extensions } = await api.query(duplicates, variables);
  expect(errors).toBeUndefined();
  return { ...data.possibleDuplicateEntities, roundTrips: extensions?.cypherRoundTrips };
}

const idsOf = (pairs: { entity: { id: string }; other: { id: string } }[]) => pairs.map(({ entity, other }) => [entity.id, other.id]);

beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

describe('possible duplicate people and organisations', () => {
  let prigozhine = '';
  let hausen = '';

  it('finds none among the seed, whose people and organisations are all different, though some share words', async () => {
    const page = await pairsOf();
    expect(page.pairs).toEqual([]);
    expect(page.hasNextPage).toBe(false);
  });

  it('pairs a second Prigozhin, made by an upsert of another spelling, with the first, saying why', async () => {
    const upserted = await editor(`mutation { upsertPerson(input: { name: "Prigozhine" }) { created person { id } } }`);
    expect(upserted.data.upsertPerson.created).toBe(true);
    prigozhine = upserted.data.upsertPerson.person.id;
    const claimed = (await api.query(`{ person(id: "${prigozhin}") { claims(first: 1) { edges { node { statement { id } } } } } }`)).data.person;
    const statement = claimed.claims.edges[0].node.statement.id;
    const added = await editor(`mutation ($actor: ID!, $statement: ID!) { addClaim(input: { actor: $actor, statement: $statement }) { created } }`, {
      actor: prigozhine,
      statement,
    });
    expect(added.errors).toBeUndefined();

    const page = await pairsOf();
    expect(idsOf(page.pairs)).toEqual([[prigozhine, prigozhin]]);
    const [pair] = page.pairs;
    expect(pair.closestSpellings).toEqual(['Prigozhine', 'Prigozhin']);
    expect(pair.similarity).toBeGreaterThanOrEqual(0.85);
    expect(pair.similarity).toBeLessThan(1);
    expect(pair.sharedSpellings).toEqual([]);
    expect(pair.sharedNeighbours).toBe(1);
    // The people and organisations read, then the neighbours of the pairs found: two round trips.
    expect(page.roundTrips).toBe(2);
  });

  it('asks names to be alike: a lower minimum lists more, and people are never paired with organisations', async () => {
    const strict = await pairsOf({ minimumSimilarity: 1 });
    expect(strict.pairs).toEqual([]);
    const loose = await pairsOf({ minimumSimilarity: 0.5, first: 100 });
    expect(loose.pairs.length).toBeGreaterThan(1);
    for (const { entity, other } of loose.pairs) expect(entity.id.split(':')[0]).toBe(other.id.split(':')[0]);
    expect(await pairsOf({ kinds: ['Organisation'] })).toMatchObject({ pairs: [] });
  });

  it('pages with a cursor, each pair once', async () => {
    const created = await editor(`mutation { createPerson(input: { name: "Roger Hausen" }) { person { id } } }`);
    expect(created.errors).toBeUndefined();
    hausen = created.data.createPerson.person.id;

    const all = await pairsOf();
    expect(idsOf(all.pairs)).toEqual([
      [prigozhine, prigozhin],
      [hausen, housen],
    ]);
    const first = await pairsOf({ first: 1 });
    expect(idsOf(first.pairs)).toEqual([[prigozhine, prigozhin]]);
    expect(first.hasNextPage).toBe(true);
    const second = await pairsOf({ first: 1, after: first.endCursor });
    expect(idsOf(second.pairs)).toEqual([[hausen, housen]]);
    const third = await pairsOf({ first: 1, after: second.endCursor });
    expect(third.pairs).toEqual([]);
    expect(third.hasNextPage).toBe(false);

    // Page by page, one pair each, the same pairs as on one page, also where one entity has several.
    const loose = { minimumSimilarity: 0.5, kinds: ['Organisation'] };
    const onOnePage = await pairsOf({ ...loose, first: 100 });
    const paged: unknown[] = [];
    for (let page = await pairsOf({ ...loose, first: 1 }); ; page = await pairsOf({ ...loose, first: 1, after: page.endCursor })) {
      paged.push(...page.pairs);
      if (!page.hasNextPage) break;
    }
    expect(new Set(onOnePage.pairs.map(({ entity }: any) => entity.id)).size).toBeLessThan(onOnePage.pairs.length);
    expect(paged).toEqual(onOnePage.pairs);
    // Every person is read, to the last by id, though the last has no pair.
    expect((await pairsOf({ kinds: ['Person'] })).endCursor).toBe(`${prigozhin}|`);
  });

  it('refuses a cursor it did not give and a minimum out of bounds, naming the argument', async () => {
    expectError(await api.query(duplicates, { after: 'statement:azov-advance-2-6-km|' }), 'BAD_USER_INPUT', 'after');
    expectError(await api.query(duplicates, { after: 'nonsense' }), 'BAD_USER_INPUT', 'after');
    expectError(await api.query(duplicates, { minimumSimilarity: 0.1 }), 'BAD_USER_INPUT', 'minimumSimilarity');
    expectError(await api.query(duplicates, { first: 101 }), 'BAD_USER_INPUT', 'first');
  });

  it('no longer lists two that were merged', async () => {
    const merged = await admin(`mutation ($keep: ID!, $retire: ID!) { mergeEntities(input: { keep: $keep, retire: $retire }) { retiredId } }`, {
      keep: prigozhin,
      retire: prigozhine,
    });
    expect(merged.errors).toBeUndefined();
    expect(idsOf((await pairsOf()).pairs)).toEqual([[hausen, housen]]);
  });
});
