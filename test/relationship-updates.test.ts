import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedRelationship } from '../src/data/document-properties.js';
import { upsertRelationships } from '../src/data/relationship-writes.js';
import { expectError, expectUnchanged, type GraphQLResponse, openTestApi, resetToSeed, testTokens } from './support.js';
import { housen, prigozhin, symbolic, ammunition, seedSource as source } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const addClaim = `mutation ($input: AddClaimInput!) {
  addClaim(input: $input) { created updatedProperties claim { medium date quote updatedAt } }
}`;

describe('adding a relationship that exists updates only the properties given', () => {
  it('a claim re-added with another medium keeps its date and quote', async () => {
    const first = await editor(addClaim, {
      input: { actor: housen, statement: symbolic, medium: 'TV', date: '2023-05-20', quote: 'vooral een symbolische strijd' },
    });
    expect(first.data.addClaim).toMatchObject({ created: true, updatedProperties: [] });

    const { data, errors } = await editor(addClaim, { input: { actor: housen, statement: symbolic, medium: 'Radio' } });
    expect(errors).toBeUndefined();
    expect(data.addClaim).toMatchObject({
      created: false,
      updatedProperties: ['medium'],
      claim: { medium: 'Radio', date: '2023-05-20', quote: 'vooral een symbolische strijd' },
    });
    const stored = await api.query(`{ statement(id: "${symbolic}") { claims { actor { id } medium date datePrecision quote } } }`);
    expect(stored.data.statement.claims).toContainEqual({
      actor: { id: housen },
      medium: 'Radio',
      date: '2023-05-20',
      datePrecision: 'DAY',
      quote: 'vooral een symbolische strijd',
    });
  });

  it('an explicit null clears a property and keeps the others', async () => {
    const { data } = await editor(addClaim, { input: { actor: housen, statement: symbolic, quote: null } });
    expect(data.addClaim).toMatchObject({ created: false, updatedProperties: ['quote'], claim: { medium: 'Radio', date: '2023-05-20', quote: null } });
  });

  it('re-adding with what is stored, or with nothing, changes nothing, provenance included', async () => {
    const before = await api.query(`{ statement(id: "${symbolic}") { claims { actor { id } updatedAt } } }`);
    for (const input of [
      { actor: housen, statement: symbolic },
      { actor: housen, statement: symbolic, medium: 'Radio', date: '2023-05-20', quote: null },
    ]) {
      const { data } = await expectUnchanged(api.database, () => editor(addClaim, { input }));
      expect(data.addClaim).toMatchObject({ created: false, updatedProperties: [] });
    }
    const after = await api.query(`{ statement(id: "${symbolic}") { claims { actor { id } updatedAt } } }`);
    expect(after.data).toEqual(before.data);
  });

  it.each([
    [
      'a confirmation keeps its quote when its strength changes',
      `mutation { addConfirmation(input: { confirmer: "${housen}", statement: "${ammunition}", strength: WEAK, quote: "aannemelijk" }) { created } }`,
      `mutation { addConfirmation(input: { confirmer: "${housen}", statement: "${ammunition}", strength: STRONG }) {
        created updatedProperties confirmation { strength quote } } }`,
      { strength: 'STRONG', quote: 'aannemelijk' },
      ['strength'],
    ],
    [
      'a dispute keeps its medium when a quote is added',
      `mutation { addDispute(input: { disputer: "${housen}", statement: "${ammunition}", medium: "VRT" }) { created } }`,
      `mutation { addDispute(input: { disputer: "${housen}", statement: "${ammunition}", quote: "(nog) niet ingelost" }) {
        created updatedProperties dispute { medium quote } } }`,
      { medium: 'VRT', quote: '(nog) niet ingelost' },
      ['quote'],
    ],
    [
      'a blame keeps its date when its reason changes',
      `mutation { addBlame(input: { blamer: "${prigozhin}", blamed: "person:vladimir-putin", statement: "${ammunition}", reason: "ammunition", date: "2023-05" }) { created } }`,
      `mutation { addBlame(input: { blamer: "${prigozhin}", blamed: "person:vladimir-putin", statement: "${ammunition}", reason: "the ammunition that never came" }) {
        created updatedProperties blame { reason date } } }`,
      { reason: 'the ammunition that never came', date: '2023-05' },
      ['reason'],
    ],
    [
      'a membership loses its role only to an explicit null',
      `mutation { addMembership(input: { member: "${housen}", organisation: "organisation:ukrainian-and-western-analysts", kind: MEMBER_OF, role: "ex-colonel" }) { created } }`,
      `mutation { addMembership(input: { member: "${housen}", organisation: "organisation:ukrainian-and-western-analysts", kind: MEMBER_OF, role: null }) {
        created updatedProperties membership { role } } }`,
      { role: null },
      ['role'],
    ],
  ])('%s', async (_case, add, readd, expected, updatedProperties) => {
    expect((await editor(add)).errors).toBeUndefined();
    const { data, errors } = await editor(readd);
    expect(errors).toBeUndefined();
    const [payload] = Object.values(data) as any[];
    const [relationship] = Object.values(payload).filter((value) => typeof value === 'object' && !Array.isArray(value));
    expect(payload).toMatchObject({ created: false, updatedProperties });
    expect(relationship).toEqual(expected);
  });

  it('a source quote re-added at its start takes the new end and quote', async () => {
    const { data: read } = await api.query(`{ source(id: "${source}") { text } }`);
    const start = read.source.text.indexOf('De slag om de Oost-Oekraïense stad');
    const add = `mutation ($input: AddSourceQuoteInput!) { addSourceQuote(input: $input) { created updatedProperties sourceQuote { quote end } } }`;
    const quote = (length: number) => ({ statement: symbolic, source, start, end: start + length, quote: read.source.text.slice(start, start + length) });
    expect((await editor(add, { input: quote(7) })).data.addSourceQuote.created).toBe(true);
    const { data } = await editor(add, { input: quote(12) });
    expect(data.addSourceQuote).toEqual({ created: false, updatedProperties: ['quote', 'end'], sourceQuote: { quote: 'De slag om d', end: start + 12 } });
  });

  it('mentions, part-of and located-in have nothing to update: re-added, they change nothing', async () => {
    const add = `mutation {
      addMention(input: { statement: "${symbolic}", entity: "place:bakhmut" }) { created updatedProperties }
      addPartOf(input: { organisation: "organisation:wagner-group", partOf: "organisation:russian-federation" }) { created updatedProperties }
      addLocatedIn(input: { place: "place:bakhmut", locatedIn: "place:donetsk-oblast" }) { created updatedProperties }
    }`;
    const { data } = await expectUnchanged(api.database, () => editor(add));
    for (const payload of Object.values(data)) expect(payload).toEqual({ created: false, updatedProperties: [] });
  });
});

describe('part-of and located-in refuse self-loops and cycles', () => {
  const addPartOf = (organisation: string, partOf: string) =>
    editor(`mutation ($organisation: ID!, $partOf: ID!) { addPartOf(input: { organisation: $organisation, partOf: $partOf }) { created } }`, {
      organisation,
      partOf,
    });

  it.each([
    [
      'an organisation part of itself',
      () => addPartOf('organisation:wagner-group', 'organisation:wagner-group'),
      'input.partOf',
      'organisation:wagner-group → organisation:wagner-group',
    ],
    [
      'a country part of a group that is part of it',
      () => addPartOf('organisation:russian-federation', 'organisation:wagner-group'),
      'input.partOf',
      'organisation:russian-federation → organisation:wagner-group → organisation:russian-federation',
    ],
    [
      'a command part of what it heads, two steps round',
      () => addPartOf('organisation:russian-federation', 'organisation:russian-military-command'),
      'input.partOf',
      'organisation:russian-federation → organisation:russian-military-command → organisation:russian-armed-forces → organisation:russian-federation',
    ],
    [
      'a country located in its own city',
      () => editor(`mutation { addLocatedIn(input: { place: "place:ukraine", locatedIn: "place:bakhmut" }) { created } }`),
      'input.locatedIn',
      'place:ukraine → place:bakhmut → place:donbas → place:ukraine',
    ],
  ])('refuses %s, naming the cycle, and writes nothing', async (_case, add, field, cycle) => {
    const error = expectError(await expectUnchanged(api.database, add), 'BAD_USER_INPUT', field);
    expect(error.message).toContain(cycle);
  });

  it('camps still resolve after the refused writes', async () => {
    const { data } = await api.query(`{ person(id: "${prigozhin}") { camp { id } } }`);
    expect(data.person.camp).toEqual({ id: 'organisation:russian-federation' });
  });

  it('a writer cannot close a cycle with one still writing its other half, even through relationships neither touches', async () => {
    // western-countries → telegram → analysts → government-of-ukraine → western-countries, its two ends written at once.
    await addPartOf('organisation:telegram', 'organisation:ukrainian-and-western-analysts');
    await addPartOf('organisation:government-of-ukraine', 'organisation:western-countries');
    let second: Promise<GraphQLResponse> | undefined;
    await api.database.runner().write(async (transaction) => {
      const first = storedRelationship({ type: 'PART_OF', from: 'organisation:western-countries', to: 'organisation:telegram' });
      await upsertRelationships(transaction, 'PART_OF', [first], { author: 'test', at: new Date().toISOString() });
      second ??= addPartOf('organisation:ukrainian-and-western-analysts', 'organisation:government-of-ukraine');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    });
    const refused = expectError(await second!, 'BAD_USER_INPUT', 'input.partOf');
    expect(refused.message).toContain(
      'organisation:ukrainian-and-western-analysts → organisation:government-of-ukraine → organisation:western-countries → ' +
        'organisation:telegram → organisation:ukrainian-and-western-analysts',
    );
  });
});
