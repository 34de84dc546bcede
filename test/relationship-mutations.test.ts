import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RelationshipChange } from '../src/data/document-properties.js';
import { InvalidInput } from '../src/model/failures.js';
import { addRelationship, type EndFields } from '../src/writes/relationships.js';
import { countGraph, expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';
import { housen, prigozhin, advance, symbolic, ammunition, seedSource as source } from './seed-ids.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const addClaim = `mutation ($input: AddClaimInput!) {
  addClaim(input: $input) { created claim { id medium date quote actor { id } statement { id } createdBy createdAt updatedBy } }
}`;
const removeClaim = `mutation ($input: RemoveClaimInput!) { removeClaim(input: $input) { claim { id actor { id } statement { id } } } }`;

async function sourceText(): Promise<string> {
  const { data } = await api.query(`{ source(id: "${source}") { text } }`);
  return data.source.text;
}

describe('claims', () => {
  it('addClaim records who asserts what, with provenance, and the statement lists it', async () => {
    const { data, errors } = await editor(addClaim, { input: { actor: housen, statement: symbolic, medium: 'VRT NWS', date: '2023-05' } });
    expect(errors).toBeUndefined();
    expect(data.addClaim).toMatchObject({
      created: true,
      claim: { id: `claims:${housen}->${symbolic}`, medium: 'VRT NWS', date: '2023-05', actor: { id: housen }, statement: { id: symbolic }, createdBy: 'editor' },
    });
    const statement = await api.query(`{ statement(id: "${symbolic}") { claims { actor { id } } } }`);
    expect(statement.data.statement.claims).toContainEqual({ actor: { id: housen } });
  });

  it('adding the same claim again merges it instead of doubling it; the same properties change nothing at all', async () => {
    const before = await countGraph(api.database);
    const changed = await editor(addClaim, { input: { actor: housen, statement: symbolic, medium: 'VRT NWS radio', date: '2023-05' } });
    expect(changed.data.addClaim).toMatchObject({ created: false, claim: { medium: 'VRT NWS radio', updatedBy: 'editor' } });
    expect(await countGraph(api.database)).toEqual(before);
    const same = await expectUnchanged(api.database, () =>
      editor(addClaim, { input: { actor: housen, statement: symbolic, medium: 'VRT NWS radio', date: '2023-05' } }),
    );
    expect(same.data.addClaim.created).toBe(false);
  });

  it.each([
    [{ actor: 'place:bakhmut', statement: symbolic }, 'BAD_USER_INPUT', 'input.actor'],
    [{ actor: housen, statement: 'organisation:wagner-group' }, 'BAD_USER_INPUT', 'input.statement'],
    [{ actor: housen, statement: symbolic, date: '2023-5' }, 'BAD_USER_INPUT', 'input.date'],
    [{ actor: housen, statement: symbolic, medium: 'm'.repeat(501) }, 'BAD_USER_INPUT', 'input.medium'],
    [{ actor: housen, statement: symbolic, quote: 'q'.repeat(20_001) }, 'BAD_USER_INPUT', 'input.quote'],
    [{ actor: housen }, 'BAD_USER_INPUT', 'input.statement'],
    [{ actor: 'person:nobody', statement: symbolic }, 'NOT_FOUND', undefined],
    [{ actor: housen, statement: 'statement:never-said' }, 'NOT_FOUND', undefined],
  ])('addClaim refuses %j (%s %s) and writes nothing', async (input, code, field) => {
    expectError(await expectUnchanged(api.database, () => editor(addClaim, { input })), code, field);
  });

  it('removeClaim removes it and returns it as it was; removing it again is NOT_FOUND', async () => {
    const { data } = await editor(removeClaim, { input: { actor: housen, statement: symbolic } });
    expect(data.removeClaim.claim).toEqual({ id: `claims:${housen}->${symbolic}`, actor: { id: housen }, statement: { id: symbolic } });
    expectError(await expectUnchanged(api.database, () => editor(removeClaim, { input: { actor: housen, statement: symbolic } })), 'NOT_FOUND');
  });
});

describe('confirmations, disputes and blames', () => {
  it('addConfirmation records its strength; adding it again with another strength updates the one edge', async () => {
    const add = `mutation ($input: AddConfirmationInput!) { addConfirmation(input: $input) { created confirmation { strength confirmer { id } } } }`;
    const first = await editor(add, { input: { confirmer: housen, statement: symbolic, strength: 'WEAK' } });
    expect(first.data.addConfirmation).toEqual({ created: true, confirmation: { strength: 'WEAK', confirmer: { id: housen } } });
    const second = await editor(add, { input: { confirmer: housen, statement: symbolic, strength: 'STRONG' } });
    expect(second.data.addConfirmation).toEqual({ created: false, confirmation: { strength: 'STRONG', confirmer: { id: housen } } });
    const { data } = await api.query(`{ statement(id: "${symbolic}") { confirmations { strength confirmer { id } } } }`);
    expect(data.statement.confirmations.filter((item: any) => item.confirmer.id === housen)).toEqual([{ strength: 'STRONG', confirmer: { id: housen } }]);

    expectError(
      await expectUnchanged(api.database, () => editor(add, { input: { confirmer: housen, statement: symbolic } })),
      'BAD_USER_INPUT',
      'input.strength',
    );
    expectError(
      await expectUnchanged(api.database, () => editor(add, { input: { confirmer: housen, statement: symbolic, strength: 'CERTAIN' } })),
      'BAD_USER_INPUT',
      'input.strength',
    );
    const removed = await editor(`mutation { removeConfirmation(input: { confirmer: "${housen}", statement: "${symbolic}" }) { confirmation { strength } } }`);
    expect(removed.data.removeConfirmation.confirmation.strength).toBe('STRONG');
  });

  it('addDispute and removeDispute', async () => {
    const { data } = await editor(`mutation {
      addDispute(input: { disputer: "${housen}", statement: "${ammunition}", quote: "(nog) niet ingelost" }) {
        created dispute { disputer { id } statement { id } quote }
      }
    }`);
    expect(data.addDispute).toEqual({ created: true, dispute: { disputer: { id: housen }, statement: { id: ammunition }, quote: '(nog) niet ingelost' } });
    const removed = await editor(`mutation { removeDispute(input: { disputer: "${housen}", statement: "${ammunition}" }) { dispute { disputer { id } } } }`);
    expect(removed.data.removeDispute.dispute.disputer.id).toBe(housen);
  });

  it('addBlame needs an actor to blame and a statement to lay it in; removeBlame takes it back', async () => {
    const add = `mutation ($input: AddBlameInput!) { addBlame(input: $input) { created blame { blamer { id } blamed { id } reason statement { id } } } }`;
    expectError(
      await expectUnchanged(api.database, () =>
        editor(add, { input: { blamer: prigozhin, blamed: 'place:bakhmut', statement: ammunition, reason: 'the weather' } }),
      ),
      'BAD_USER_INPUT',
      'input.blamed',
    );
    expectError(
      await expectUnchanged(api.database, () =>
        editor(add, { input: { blamer: prigozhin, blamed: 'person:vladimir-putin', statement: ammunition, reason: '' } }),
      ),
      'BAD_USER_INPUT',
      'input.reason',
    );
    const { data } = await editor(add, {
      input: { blamer: prigozhin, blamed: 'person:vladimir-putin', statement: ammunition, reason: 'the ammunition that never came' },
    });
    expect(data.addBlame).toEqual({
      created: true,
      blame: { blamer: { id: prigozhin }, blamed: { id: 'person:vladimir-putin' }, reason: 'the ammunition that never came', statement: { id: ammunition } },
    });
    const removed = await editor(`mutation {
      removeBlame(input: { blamer: "${prigozhin}", blamed: "person:vladimir-putin", statement: "${ammunition}" }) { blame { reason } }
    }`);
    expect(removed.data.removeBlame.blame.reason).toBe('the ammunition that never came');
  });
});

describe('quotes of claims, confirmations and disputes must stand in a source of the statement', () => {
  const located = `{ statement(id: "${advance}") { claims { actor { id } quote quoteLocation { source { id text } start end } } } }`;

  it('locates every seed claim\'s quote in the article, offsets included', async () => {
    const { data } = await api.query(located);
    const quoted = data.statement.claims.filter((claim: { quote: string | null }) => claim.quote !== null);
    expect(quoted.length).toBeGreaterThan(0);
    for (const { quote, quoteLocation } of quoted) {
      expect(quoteLocation.source.id).toBe(source);
      expect(quoteLocation.source.text.slice(quoteLocation.start, quoteLocation.end)).toBe(quote);
    }
  });

  it('refuses a quote no source of the statement holds, naming the field, and writes nothing', async () => {
    for (const mutation of [
      `mutation { addClaim(input: { actor: "${housen}", statement: "${advance}", quote: "this text is not in the source" }) { created } }`,
      `mutation { addConfirmation(input: { confirmer: "${housen}", statement: "${advance}", strength: WEAK, quote: "Bakhmut fell in 1990" }) { created } }`,
      `mutation { addDispute(input: { disputer: "${prigozhin}", statement: "${advance}", quote: "nonsense" }) { created } }`,
    ]) {
      expectError(await expectUnchanged(api.database, () => editor(mutation)), 'BAD_USER_INPUT', 'input.quote');
    }
  });

  it('keeps quotes standing when a source\'s text or a statement\'s appearance changes, and finds them again where they moved', async () => {
    const text = 'Housen said it was plausible. Later he doubted it.';
    const made = await editor(
      `mutation ($text: String!) {
        createSource(input: { id: "source:quote-moves", title: "Quote moves", language: "en", text: $text }) { source { id } }
        createStatement(input: { id: "statement:quote-moves", text: "It was plausible.", language: "en" }) { statement { id } }
        addSourceQuote(input: { statement: "statement:quote-moves", source: "source:quote-moves", start: 0, end: 29, quote: "Housen said it was plausible." }) { created }
        addClaim(input: { actor: "${housen}", statement: "statement:quote-moves", quote: "Later he doubted it" }) { claim { quoteLocation { start end } } }
      }`,
      { text },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data.addClaim.claim.quoteLocation).toEqual({ start: 30, end: 49 });
    const updateText = `mutation ($text: String!) { updateSource(input: { id: "source:quote-moves", text: $text }) { source { id } } }`;
    const lost = await expectUnchanged(api.database, () => editor(updateText, { text: 'Housen said it was plausible. Nothing more.' }));
    expectError(lost, 'BAD_USER_INPUT', 'input.text');
    expect((await editor(updateText, { text: 'Housen said it was plausible. Then, Later he doubted it.' })).errors).toBeUndefined();
    const moved = await api.query(`{ statement(id: "statement:quote-moves") { claims { quoteLocation { start end } } } }`);
    expect(moved.data.statement.claims).toEqual([{ quoteLocation: { start: 36, end: 55 } }]);
    const removeOnly = `mutation { removeSourceQuote(input: { statement: "statement:quote-moves", source: "source:quote-moves", start: 0 }) { sourceQuote { quote } } }`;
    expectError(await expectUnchanged(api.database, () => editor(removeOnly)), 'BAD_USER_INPUT', 'input.source');
  });

  it('the import checks the same, for the edge that holds the quote', async () => {
    const document = JSON.parse(JSON.stringify((await import('../seed/bakhmut-2023-05.json', { with: { type: 'json' } })).default));
    document.edges.push({ type: 'CLAIMS', from: housen, to: advance, quote: 'Housen said so on the radio' });
    const importDocument = `mutation ($document: JSON!, $dryRun: Boolean) { importDocument(input: { document: $document, dryRun: $dryRun }) { dryRun } }`;
    for (const dryRun of [true, false]) {
      const imported = await expectUnchanged(api.database, () => editor(importDocument, { document, dryRun }));
      expectError(imported, 'BAD_USER_INPUT', `input.document.edges.${document.edges.length - 1}.quote`);
    }
  });
});

describe('source quotes: the quote must be the source text between its offsets', () => {
  const add = `mutation ($input: AddSourceQuoteInput!) {
    addSourceQuote(input: $input) { created sourceQuote { quote start end source { id } statement { id } } }
  }`;

  it.each([
    ['a quote that is not the text there', (text: string) => ({ start: 0, end: 7, quote: 'Volgens niets' }), 'input.quote'],
    ['an end past the text', (text: string) => ({ start: 0, end: text.length + 1, quote: 'x' }), 'input.end'],
    ['an end before the start', () => ({ start: 10, end: 5, quote: 'x' }), 'input.end'],
    ['a negative start', () => ({ start: -1, end: 5, quote: 'x' }), 'input.start'],
  ])('refuses %s', async (_case, offsets, field) => {
    const input = { statement: symbolic, source, ...offsets(await sourceText()) };
    expectError(await expectUnchanged(api.database, () => editor(add, { input })), 'BAD_USER_INPUT', field);
  });

  it('takes an exact quote, merges it when added again, and removes it', async () => {
    const text = await sourceText();
    const quote = 'De slag om de Oost-Oekraïense stad';
    const start = text.indexOf(quote);
    const input = { statement: symbolic, source, start, end: start + quote.length, quote };
    const first = await editor(add, { input });
    expect(first.data.addSourceQuote).toEqual({
      created: true,
      sourceQuote: { quote, start, end: start + quote.length, source: { id: source }, statement: { id: symbolic } },
    });
    expect((await expectUnchanged(api.database, () => editor(add, { input }))).data.addSourceQuote.created).toBe(false);
    const removed = await editor(`mutation ($input: RemoveSourceQuoteInput!) { removeSourceQuote(input: $input) { sourceQuote { quote } } }`, {
      input: { statement: symbolic, source, start },
    });
    expect(removed.data.removeSourceQuote.sourceQuote.quote).toBe(quote);
  });
});

describe('mentions, memberships and structure', () => {
  it('addMention and removeMention, for entities only', async () => {
    expectError(
      await expectUnchanged(api.database, () => editor(`mutation { addMention(input: { statement: "${symbolic}", entity: "${advance}" }) { created } }`)),
      'BAD_USER_INPUT',
      'input.entity',
    );
    const { data } = await editor(`mutation {
      addMention(input: { statement: "${symbolic}", entity: "place:donbas" }) { created statement { id } entity { id name } }
    }`);
    expect(data.addMention).toEqual({ created: true, statement: { id: symbolic }, entity: { id: 'place:donbas', name: 'Donbas' } });
    const removed = await editor(`mutation { removeMention(input: { statement: "${symbolic}", entity: "place:donbas" }) { entity { id } } }`);
    expect(removed.data.removeMention.entity.id).toBe('place:donbas');
  });

  it('addMembership records leading or belonging, with the role; removeMembership takes it back', async () => {
    expectError(
      await expectUnchanged(api.database, () =>
        editor(`mutation { addMembership(input: { member: "organisation:kremlin", organisation: "organisation:wagner-group", kind: MEMBER_OF }) { created } }`),
      ),
      'BAD_USER_INPUT',
      'input.member',
    );
    const { data } = await editor(`mutation {
      addMembership(input: { member: "${housen}", organisation: "organisation:armed-forces-of-ukraine", kind: MEMBER_OF, role: "analyst" }) {
        created membership { kind role member { id } organisation { id } }
      }
    }`);
    expect(data.addMembership).toEqual({
      created: true,
      membership: { kind: 'MEMBER_OF', role: 'analyst', member: { id: housen }, organisation: { id: 'organisation:armed-forces-of-ukraine' } },
    });
    const removed = await editor(`mutation {
      removeMembership(input: { member: "${housen}", organisation: "organisation:armed-forces-of-ukraine", kind: MEMBER_OF }) { membership { role } }
    }`);
    expect(removed.data.removeMembership.membership.role).toBe('analyst');
  });

  it('addPartOf and addLocatedIn join organisations and places; repeated, they change nothing; removed, they are gone', async () => {
    expectError(
      await expectUnchanged(api.database, () =>
        editor(`mutation { addPartOf(input: { organisation: "organisation:kremlin", partOf: "place:ukraine" }) { created } }`),
      ),
      'BAD_USER_INPUT',
      'input.partOf',
    );
    const add = `mutation {
      addPartOf(input: { organisation: "organisation:telegram", partOf: "organisation:russian-federation" }) { created organisation { id } partOf { id } }
      addLocatedIn(input: { place: "place:donetsk-oblast", locatedIn: "place:donbas" }) { created place { id } locatedIn { id } }
    }`;
    const { data } = await editor(add);
    expect(data).toEqual({
      addPartOf: { created: true, organisation: { id: 'organisation:telegram' }, partOf: { id: 'organisation:russian-federation' } },
      addLocatedIn: { created: true, place: { id: 'place:donetsk-oblast' }, locatedIn: { id: 'place:donbas' } },
    });
    const again = await expectUnchanged(api.database, () => editor(add));
    expect([again.data.addPartOf.created, again.data.addLocatedIn.created]).toEqual([false, false]);
    const removed = await editor(`mutation {
      removePartOf(input: { organisation: "organisation:telegram", partOf: "organisation:russian-federation" }) { partOf { id } }
      removeLocatedIn(input: { place: "place:donetsk-oblast", locatedIn: "place:donbas" }) { locatedIn { id } }
    }`);
    expect(removed.errors).toBeUndefined();
    const { data: after } = await api.query(`{ place(id: "place:donetsk-oblast") { locatedIn { id } } }`);
    expect(after.place.locatedIn).toEqual([{ id: 'place:ukraine' }]);
  });
});

describe('addRelationship, below the mutations, checks what their input validation already does', () => {
  // Every caller's input is validated first, so these guard the write path itself against a caller that is not.
  const stamp = { author: 'test', at: new Date().toISOString() };
  const refusal = async (edge: RelationshipChange, fields: EndFields) => {
    const write = () => api.database.runner().write((transaction) => addRelationship(transaction, stamp, edge, fields));
    const error = await expectUnchanged(api.database, () => write().then(() => undefined, (thrown: unknown) => thrown));
    expect(error).toBeInstanceOf(InvalidInput);
    return (error as InvalidInput).field;
  };

  it('refuses an end of a kind its type does not join, naming the field that holds it', async () => {
    expect(await refusal({ type: 'CLAIMS', from: 'place:bakhmut', to: symbolic }, { from: 'actor', to: 'statement' })).toBe('actor');
    expect(await refusal({ type: 'PART_OF', from: 'organisation:kremlin', to: 'place:ukraine' }, { from: 'organisation', to: 'partOf' })).toBe(
      'partOf',
    );
  });

  it('refuses a source quote without its words or offsets instead of writing it unchecked', async () => {
    const fields = { from: 'statement', to: 'source' };
    expect(await refusal({ type: 'REPORTED_IN', from: symbolic, to: source, start: 0, end: 7 }, fields)).toBe('quote');
    expect(await refusal({ type: 'REPORTED_IN', from: symbolic, to: source, start: 0, quote: 'Volgens' }, fields)).toBe('end');
  });
});
