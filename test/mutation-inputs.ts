import { readFileSync } from 'node:fs';
import { schema } from '../src/schema/index.js';
import { housen as person, wagner as organisation, advance as statement, seedSource as source } from './seed-ids.js';

const ends = {
  claim: { actor: person, statement },
  confirmation: { confirmer: person, statement },
  dispute: { disputer: person, statement },
  blame: { blamer: person, blamed: organisation, statement },
  mention: { statement, entity: 'place:bakhmut' },
  sourceQuote: { statement, source, start: 0 },
  membership: { member: person, organisation, kind: 'MEMBER_OF' },
  partOf: { organisation: 'organisation:kremlin', partOf: 'organisation:russian-federation' },
  locatedIn: { place: 'place:kyiv', locatedIn: 'place:ukraine' },
  statementRelation: { statement, other: 'statement:two-russian-companies-eliminated' },
  opposition: { organisation, opposes: 'organisation:ukraine' },
};

/** For every mutation, an input an editor could write: refusing it can only be for want of the right token. */
const validInputs: Record<string, Record<string, unknown>> = {
  createPerson: { name: 'Valery Gerasimov' },
  upsertPerson: { name: 'Valery Gerasimov' },
  updatePerson: { id: person, description: 'Retired colonel' },
  deletePerson: { id: person, cascade: false },
  createOrganisation: { name: 'Rosgvardia', kind: 'ARMED_FORCES' },
  upsertOrganisation: { name: 'Rosgvardia', kind: 'ARMED_FORCES' },
  updateOrganisation: { id: organisation, description: 'Private military company' },
  deleteOrganisation: { id: organisation },
  createPlace: { name: 'Soledar', kind: 'CITY' },
  upsertPlace: { name: 'Soledar', kind: 'CITY' },
  updatePlace: { id: 'place:bakhmut', latitude: 48.6 },
  deletePlace: { id: 'place:bakhmut' },
  createStatement: { text: 'Bachmoet is gevallen.', language: 'nl' },
  updateStatement: { id: statement, verificationStatus: 'CONFIRMED' },
  deleteStatement: { id: statement },
  mergeStatements: { keep: statement, retire: 'statement:two-russian-companies-eliminated' },
  mergeEntities: { keep: 'person:yevgeny-prigozhin', retire: person },
  assessStatement: { statement, status: 'PLAUSIBLE' },
  createSource: { title: 'Bericht', language: 'nl', text: 'Bachmoet is gevallen.' },
  updateSource: { id: source, publisher: 'VRT NWS' },
  deleteSource: { id: source },
  addClaim: ends.claim,
  removeClaim: ends.claim,
  addConfirmation: { ...ends.confirmation, strength: 'WEAK' },
  removeConfirmation: ends.confirmation,
  addDispute: ends.dispute,
  removeDispute: ends.dispute,
  addBlame: { ...ends.blame, reason: 'everything' },
  removeBlame: ends.blame,
  addMention: ends.mention,
  removeMention: ends.mention,
  addSourceQuote: { ...ends.sourceQuote, end: 7, quote: 'Volgens' },
  removeSourceQuote: ends.sourceQuote,
  addMembership: ends.membership,
  removeMembership: ends.membership,
  addPartOf: ends.partOf,
  removePartOf: ends.partOf,
  addLocatedIn: ends.locatedIn,
  removeLocatedIn: ends.locatedIn,
  addContradiction: ends.statementRelation,
  removeContradiction: ends.statementRelation,
  addSupport: ends.statementRelation,
  removeSupport: ends.statementRelation,
  addResponse: ends.statementRelation,
  removeResponse: ends.statementRelation,
  addOpposition: { ...ends.opposition, since: '2023' },
  removeOpposition: ends.opposition,
  importDocument: { document: JSON.parse(readFileSync(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8')) },
};

export type MutationCall = Readonly<{ name: string; document: string; input: Record<string, unknown> | undefined }>;

/** Every mutation of the schema, as a document taking its input as `$input`, with a valid input. */
export const everyMutation: readonly MutationCall[] = Object.values(schema.getMutationType()!.getFields()).map((field) => ({
  name: field.name,
  document: `mutation ($input: ${field.name[0]!.toUpperCase()}${field.name.slice(1)}Input!) { ${field.name}(input: $input) { __typename } }`,
  input: validInputs[field.name],
}));
