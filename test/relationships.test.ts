import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, resetToSeed } from './support.js';

const api = openTestApi();
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

const names = (items: { name: string }[]) => items.map((item) => item.name).sort();
const nodes = (connection: { edges: { node: any }[] }) => connection.edges.map(({ node }) => node);

describe('relationships, read both ways', () => {
  it('Prigozhin blames the Russian military command for the ammunition that never came', async () => {
    const { data, errors } = await api.query(`{
      person(id: "person:yevgeny-prigozhin") {
        blames(first: 100) { totalCount edges { node { blamer { name } blamed { id name } reason quote statement { id } } } }
      }
      organisation(id: "organisation:russian-military-command") {
        blamedBy(first: 100) { totalCount edges { node { blamer { id } reason statement { id } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const blame = nodes(data.person.blames).find((item: any) => item.blamed.id === 'organisation:russian-military-command');
    expect(blame).toMatchObject({
      blamer: { name: 'Yevgeny Prigozhin' },
      statement: { id: 'statement:promised-ammunition-not-arrived' },
    });
    expect(blame.reason).toMatch(/ammunition/i);
    expect(blame.quote).toContain('met de vinger wijst');
    expect(data.organisation.blamedBy.totalCount).toBe(1);
    expect(nodes(data.organisation.blamedBy)).toEqual([
      expect.objectContaining({ blamer: { id: 'person:yevgeny-prigozhin' }, statement: { id: 'statement:promised-ammunition-not-arrived' } }),
    ]);
  });

  it('the blame is also listed on the statement it was made in', async () => {
    const { data } = await api.query(`{
      statement(id: "statement:promised-ammunition-not-arrived") { blames { blamer { name } blamed { name } } }
    }`);
    expect(data.statement.blames).toEqual([{ blamer: { name: 'Yevgeny Prigozhin' }, blamed: { name: 'Russian military command' } }]);
  });

  it('Biletsky claims the 2.6 km advance; Prigozhin confirms it strongly, Housen weakly', async () => {
    const { data } = await api.query(`{
      statement(id: "statement:azov-advance-2-6-km") {
        claims { actor { name } medium statement { id } }
        confirmations { confirmer { name } strength quote }
      }
      person(id: "person:andriy-biletsky") { claims(first: 100) { edges { node { statement { id } } } } }
    }`);
    expect(data.statement.claims).toEqual([
      { actor: { name: 'Andriy Biletsky' }, medium: 'Telegram', statement: { id: 'statement:azov-advance-2-6-km' } },
    ]);
    const strengths = Object.fromEntries(data.statement.confirmations.map((item: any) => [item.confirmer.name, item.strength]));
    expect(strengths).toEqual({ 'Yevgeny Prigozhin': 'STRONG', 'Roger Housen': 'WEAK' });
    expect(data.statement.confirmations.find((item: any) => item.confirmer.name === 'Roger Housen').quote).toContain('aannemelijk');
    expect(nodes(data.person.claims).map((claim: any) => claim.statement.id)).toContain('statement:azov-advance-2-6-km');
  });

  it('confirmations read from the confirmer too', async () => {
    const { data } = await api.query(`{ person(id: "person:roger-housen") { confirmations(first: 100) { edges { node { strength statement { id } } } } } }`);
    expect(nodes(data.person.confirmations)).toContainEqual({ strength: 'WEAK', statement: { id: 'statement:azov-advance-2-6-km' } });
  });

  it('analysts and Putin\'s command dispute each other on what Bakhmut is worth', async () => {
    const { data } = await api.query(`{
      symbolic: statement(id: "statement:bakhmut-mostly-symbolic-battle") { claims { actor { name } } disputes { disputer { name } } }
      springboard: statement(id: "statement:bakhmut-springboard-to-surrounding-cities") { claims { actor { name } } disputes { disputer { name } } }
      organisation(id: "organisation:ukrainian-and-western-analysts") { disputes(first: 100) { totalCount edges { node { statement { id } } } } }
    }`);
    expect(data.symbolic.claims.map((claim: any) => claim.actor.name)).toEqual(['Ukrainian and Western analysts']);
    expect(data.symbolic.disputes.map((dispute: any) => dispute.disputer.name).sort()).toEqual(['Russian military command', 'Vladimir Putin']);
    expect(data.springboard.claims.map((claim: any) => claim.actor.name).sort()).toEqual(['Russian military command', 'Vladimir Putin']);
    expect(data.springboard.disputes.map((dispute: any) => dispute.disputer.name)).toEqual(['Ukrainian and Western analysts']);
    expect(data.organisation.disputes.totalCount).toBe(1);
    expect(nodes(data.organisation.disputes)).toEqual([{ statement: { id: 'statement:bakhmut-springboard-to-surrounding-cities' } }]);
  });

  it('statements mention places, and places list the statements that mention them', async () => {
    const { data } = await api.query(`{
      statement(id: "statement:azov-advance-2-6-km") { mentions { id name } }
      place(id: "place:bakhmut") { mentionedIn(first: 100) { edges { node { id } } } }
    }`);
    expect(data.statement.mentions.map((entity: any) => entity.id)).toContain('place:bakhmut');
    expect(nodes(data.place.mentionedIn).map((statement: any) => statement.id)).toContain('statement:azov-advance-2-6-km');
  });

  it('leadership and structure: Prigozhin leads Wagner, Wagner fights for Russia, Bakhmut lies in Donetsk Oblast', async () => {
    const { data } = await api.query(`{
      person(id: "person:yevgeny-prigozhin") { memberships { kind role organisation { name } } }
      organisation(id: "organisation:wagner-group") { members(first: 100) { totalCount edges { node { kind member { name } } } } partOf { name } }
      russia: organisation(id: "organisation:russian-federation") { parts(first: 100) { edges { node { name } } } }
      place(id: "place:bakhmut") { locatedIn { name locatedIn { name } } }
      ukraine: place(id: "place:ukraine") { contains(first: 100) { edges { node { name } } } }
    }`);
    expect(data.person.memberships).toEqual([{ kind: 'LEADS', role: 'leader', organisation: { name: 'Wagner Group' } }]);
    expect(data.organisation.members.totalCount).toBe(1);
    expect(nodes(data.organisation.members)).toEqual([{ kind: 'LEADS', member: { name: 'Yevgeny Prigozhin' } }]);
    expect(names(data.organisation.partOf)).toEqual(['Russian Federation']);
    expect(names(nodes(data.russia.parts))).toContain('Wagner Group');
    expect(data.place.locatedIn).toEqual([
      { name: 'Donbas', locatedIn: [{ name: 'Ukraine' }] },
      { name: 'Donetsk Oblast', locatedIn: [{ name: 'Ukraine' }] },
    ]);
    expect(names(nodes(data.ukraine.contains))).toContain('Donetsk Oblast');
  });

  it('sources list their statements and statements their sources, with the same quotes', async () => {
    const { data } = await api.query(`{
      statement(id: "statement:wagner-lost-500-soldiers-and-3-km2") { sources { quote source { id statements(first: 100) { edges { node { statement { id } } } } } } }
    }`);
    const [quote] = data.statement.sources;
    expect(quote.quote).toMatch(/vijfhonderd soldaten/);
    expect(nodes(quote.source.statements).map((item: any) => item.statement.id)).toContain('statement:wagner-lost-500-soldiers-and-3-km2');
  });

  it('names come in several languages and scripts', async () => {
    const { data } = await api.query(`{ person(id: "person:yevgeny-prigozhin") { name names { language name } aliases } }`);
    expect(data.person.name).toBe('Yevgeny Prigozhin');
    expect(data.person.names).toContainEqual({ language: 'nl', name: 'Jevgeni Prigozjin' });
    expect(data.person.names.some((entry: any) => entry.name.includes('Пригожин'))).toBe(true);
  });

  it('node and nodes find any kind by id', async () => {
    const { data } = await api.query(`{
      node(id: "place:bakhmut") { id ... on Place { name } }
      nodes(ids: ["person:roger-housen", "statement:azov-advance-2-6-km"]) { id __typename }
    }`);
    expect(data.node).toEqual({ id: 'place:bakhmut', name: 'Bakhmut' });
    expect(data.nodes).toEqual([
      { id: 'person:roger-housen', __typename: 'Person' },
      { id: 'statement:azov-advance-2-6-km', __typename: 'Statement' },
    ]);
  });
});
