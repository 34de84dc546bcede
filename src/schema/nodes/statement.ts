import { actorKinds, entityKinds, verificationStatuses } from '../../model/kinds.js';
import { type EntityRecord, type StatementRecord } from '../../model/records.js';
import { type StatementFilter, statementSelection } from '../../data/statements.js';
import { credibility, dateRangeInOrder, languageTag, longText, nodeIdOf, partialDate, shortText } from '../../model/fields.js';
import { BlameRef } from '../relationships/blame.js';
import { builder } from '../builder.js';
import { credibilityScale, ReliabilityEnum } from './reliability.js';
import { ContradictionRef } from '../relationships/contradiction.js';
import { ResponseRef } from '../relationships/response.js';
import { SupportRef } from '../relationships/support.js';
import { ClaimRef } from '../relationships/claim.js';
import { ConfirmationRef } from '../relationships/confirmation.js';
import { DatePrecisionEnum } from './date.js';
import { defineDeleteMutation } from '../lib/delete-mutation.js';
import { DisputeRef } from '../relationships/dispute.js';
import { EntityRef } from './entity.js';
import { MentionRef } from '../relationships/mention.js';
import { blamesOfStatements, loadNodesOfKind, nodeOfKindById, neighboursOf, relationshipsOf } from '../lib/loading.js';
import { storedKeys } from '../lib/look-ahead.js';
import { nestedConnection, resolveOrderedSelectionPage, resolveSelectionPage } from '../lib/pagination.js';
import { SourceQuoteRef } from '../relationships/source-quote.js';
import { defineRelationshipMutations } from '../lib/relationship-mutations.js';
import { writeAs } from '../lib/write-as.js';
import { mergeStatements } from '../../writes/merge.js';
import { createStatement, updateStatement } from '../../writes/statements.js';
import { StatementOrderInput } from './statement-order.js';
import { statementOrderKeys } from '../../data/statement-counts.js';

export const VerificationStatusEnum = builder.enumType('VerificationStatus', {
  description: 'How far a statement has been checked; `verificationNote` gives the source\'s own words.',
  values: {
    UNVERIFIED: { description: 'Not independently checked.' },
    PLAUSIBLE: { description: 'Not checked, but supported by circumstances or by the other side.' },
    CONFIRMED: { description: 'Independently confirmed.' },
    DISPUTED: { description: 'Contradicted by someone.' },
    FALSE: { description: 'Shown to be false.' },
  } satisfies Record<(typeof verificationStatuses)[number], unknown>,
});

export const StatementRef = builder.loadableNodeRef<StatementRecord>('Statement', {
  id: { resolve: (statement) => statement.id },
  load: loadNodesOfKind('Statement'),
});

/** A page of statements, for the lists of a node that can grow without bound. */
export const StatementConnectionRef = nestedConnection(StatementRef, 'StatementConnection');

StatementRef.implement({
  description: 'Something someone said, as a source reports it: who claims it, who backs it up, who disputes it.',
  isTypeOf: (node) => (node as StatementRecord).kind === 'Statement',
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The statement as the source gives it, in the original language.',
      extensions: storedKeys('text'),
    }),
    language: t.exposeString('language', { description: 'BCP 47 tag of `text`, e.g. "nl".', extensions: storedKeys('language') }),
    translation: t.exposeString('translation', {
      nullable: true,
      description: 'English translation of `text`.',
      extensions: storedKeys('translation'),
    }),
    summary: t.exposeString('summary', { nullable: true, description: 'One line in English.', extensions: storedKeys('summary') }),
    date: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'When it was said, only as precisely as known: "2023-05" is May 2023, not the first of May.',
      extensions: storedKeys('date'),
      resolve: (statement) => statement.date?.value ?? null,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `date` is known to the year, month or day.',
      extensions: storedKeys('date'),
      resolve: (statement) => statement.date?.precision ?? null,
    }),
    verificationStatus: t.field({
      type: VerificationStatusEnum,
      description: 'How far it has been checked.',
      extensions: storedKeys('verificationStatus'),
      resolve: (statement) => statement.verificationStatus,
    }),
    verificationNote: t.exposeString('verificationNote', {
      nullable: true,
      description: 'The source\'s own words on verification, e.g. "het nieuws kon nog niet onafhankelijk geverifieerd worden".',
      extensions: storedKeys('verificationNote'),
    }),
    claims: t.loadableList({ type: ClaimRef, description: 'Who asserts it.', ...relationshipsOf(['CLAIMS'], 'INCOMING') }),
    confirmations: t.loadableList({
      type: ConfirmationRef,
      description: 'Who backs it up, and how strongly.',
      ...relationshipsOf(['CONFIRMS'], 'INCOMING'),
    }),
    disputes: t.loadableList({ type: DisputeRef, description: 'Who contradicts it.', ...relationshipsOf(['DISPUTES'], 'INCOMING') }),
    disputeCount: t.exposeInt('disputeCount', {
      description: 'How many times it is disputed: the length of `disputes`, kept on the statement, so a drawing of many statements reads no list.',
      extensions: storedKeys('disputeCount'),
    }),
    blames: t.loadableList({ type: BlameRef, description: 'Blames laid in this statement.', ...blamesOfStatements }),
    contradicts: t.loadableList({
      type: ContradictionRef,
      description: 'The statements this one contradicts.',
      ...relationshipsOf(['CONTRADICTS'], 'OUTGOING'),
    }),
    contradictedBy: t.loadableList({
      type: ContradictionRef,
      description: 'The statements that contradict this one.',
      ...relationshipsOf(['CONTRADICTS'], 'INCOMING'),
    }),
    supports: t.loadableList({ type: SupportRef, description: 'The statements this one supports.', ...relationshipsOf(['SUPPORTS'], 'OUTGOING') }),
    supportedBy: t.loadableList({
      type: SupportRef,
      description: 'The statements that support this one: the reasons given for it.',
      ...relationshipsOf(['SUPPORTS'], 'INCOMING'),
    }),
    respondsTo: t.loadableList({ type: ResponseRef, description: 'The statements this one answers.', ...relationshipsOf(['RESPONDS_TO'], 'OUTGOING') }),
    responses: t.loadableList({ type: ResponseRef, description: 'The statements that answer this one.', ...relationshipsOf(['RESPONDS_TO'], 'INCOMING') }),
    mentions: t.loadableList({
      type: EntityRef,
      description: 'People, organisations and places it mentions.',
      ...neighboursOf<EntityRecord>(['MENTIONS'], 'OUTGOING'),
    }),
    sources: t.loadableList({
      type: SourceQuoteRef,
      description: 'Where it is reported, with the exact quote and its offsets in each source.',
      ...relationshipsOf(['REPORTED_IN'], 'OUTGOING'),
    }),
  }),
});

export const StatementFilterInput = builder.inputType('StatementFilter', {
  description:
    'Narrows a list of statements. All given conditions must hold; a filter that could never match (an id of the wrong kind, ' +
    'a date range that ends before it starts) is BAD_USER_INPUT.',
  validate: dateRangeInOrder,
  fields: (t) => ({
    actor: t.id({ description: 'Only statements this person or organisation claims, confirms or disputes.', validate: nodeIdOf(actorKinds) }),
    mentions: t.id({ description: 'Only statements that mention this entity.', validate: nodeIdOf(entityKinds) }),
    place: t.id({
      description: 'Only statements that mention this place or a place inside it (following LOCATED_IN), e.g. "place:donbas" finds Bakhmut\'s.',
      validate: nodeIdOf(['Place']),
    }),
    source: t.id({ description: 'Only statements reported in this source.', validate: nodeIdOf(['Source']) }),
    from: t.field({
      type: 'PartialDate',
      description: 'Only statements whose date overlaps the period starting at this date (a "2023-05" date overlaps "2023-05-20").',
    }),
    to: t.field({ type: 'PartialDate', description: 'Only statements whose date overlaps the period ending with this date.' }),
    status: t.field({ type: [VerificationStatusEnum], description: 'Only statements with one of these statuses.' }),
    language: t.string({ description: 'Only statements in this language (BCP 47, e.g. "nl").', validate: languageTag }),
    minimumReliability: t.field({
      type: ReliabilityEnum,
      description: 'Only statements reported in a source graded at least this reliable (A is best; ungraded sources never qualify).',
    }),
    minimumCredibility: t.int({
      description: `Only statements reported, in one source, with at least this credibility (${credibilityScale}).`,
      validate: credibility,
    }),
  }),
});

/** The ids a statement filter names: an empty answer asks whether each names a node, so that a mistyped one is NOT_FOUND. */
export const idsOfStatementFilter = (filter: StatementFilter | null | undefined) => [filter?.actor, filter?.mentions, filter?.place, filter?.source];

builder.queryFields((t) => ({
  statement: t.field({
    type: StatementRef,
    nullable: true,
    description: 'The statement with this id, e.g. "statement:azov-advance-2-6-km"; null, with a NOT_FOUND error, when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: nodeOfKindById('Statement'),
  }),
  statements: t.connection({
    type: StatementRef,
    description:
      'Statements, filtered by actor, mentioned entity, source, date range, status or language; ordered by id, or by `orderBy`: ' +
      '`{ field: CONFIRMATIONS }` lists the most confirmed first.',
    args: {
      filter: t.arg({ type: StatementFilterInput, description: 'Only statements matching all of this.' }),
      orderBy: t.arg({ type: StatementOrderInput, description: 'The order; by id when omitted.' }),
    },
    resolve: (_root, { filter, orderBy, ...args }, context, info) => {
      const selection = statementSelection(filter ?? {});
      const filterIds = idsOfStatementFilter(filter);
      if (!orderBy) return resolveSelectionPage<StatementRecord>(args, context, selection, info, filterIds);
      const order = { ...statementOrderKeys[orderBy.field], descending: orderBy.direction === 'DESC' };
      return resolveOrderedSelectionPage<StatementRecord>(args, context, selection, order, info, filterIds);
    },
  }),
}));

const statementIdInput = nodeIdOf(['Statement']);

builder.relayMutationField(
  'createStatement',
  {
    description: 'A new statement, as a source gives it.',
    inputFields: (t) => ({
      id: t.id({ description: 'Its id, "statement:<slug>"; made from the summary (or text) when left out.', validate: statementIdInput }),
      text: t.string({ required: true, description: 'The statement as the source gives it, in the original language.', validate: longText }),
      language: t.string({ required: true, description: 'BCP 47 tag of `text`, e.g. "nl".', validate: languageTag }),
      translation: t.string({ description: 'English translation of `text`.', validate: longText }),
      summary: t.string({ description: 'One line in English.', validate: shortText }),
      date: t.string({ description: 'When it was said, ISO 8601 to the year, month or day: "2023", "2023-05", "2023-05-17".', validate: partialDate }),
      verificationStatus: t.field({ type: VerificationStatusEnum, defaultValue: 'UNVERIFIED', description: 'How far it has been checked.' }),
      verificationNote: t.string({ description: "The source's own words on verification.", validate: shortText }),
    }),
  },
  {
    description: 'Adds a statement. Link it with addClaim, addSourceQuote, addMention and the like.',
    resolve: (_root, { input }, context) =>
      writeAs(context, async (transaction, stamp) => ({
        statement: await createStatement(transaction, stamp, {
          ...input,
          id: input.id ?? undefined,
          translation: input.translation ?? undefined,
          summary: input.summary ?? undefined,
          date: input.date ?? undefined,
          verificationStatus: input.verificationStatus ?? 'UNVERIFIED',
          verificationNote: input.verificationNote ?? undefined,
        }),
      })),
  },
  {
    description: 'The statement created.',
    outputFields: (t) => ({ statement: t.field({ type: StatementRef, description: 'The new statement.', resolve: ({ statement }) => statement }) }),
  },
);

builder.relayMutationField(
  'updateStatement',
  {
    description: 'Changes to a statement: a field left out stays as it is, null removes an optional one.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: "The statement's id.", validate: statementIdInput }),
      text: t.string({ description: 'The statement as the source gives it.', validate: longText }),
      language: t.string({ description: 'BCP 47 tag of `text`.', validate: languageTag }),
      translation: t.string({ description: 'English translation.', validate: longText }),
      summary: t.string({ description: 'One line in English.', validate: shortText }),
      date: t.string({ description: 'When it was said: "2023", "2023-05" or "2023-05-17".', validate: partialDate }),
      verificationStatus: t.field({ type: VerificationStatusEnum, description: 'How far it has been checked.' }),
      verificationNote: t.string({ description: "The source's own words on verification.", validate: shortText }),
    }),
  },
  {
    description: 'Changes a statement.',
    resolve: (_root, { input }, context) =>
      writeAs(context, async (transaction, stamp) => ({ statement: await updateStatement(transaction, stamp, input) })),
  },
  {
    description: 'The statement as changed.',
    outputFields: (t) => ({ statement: t.field({ type: StatementRef, description: 'The statement.', resolve: ({ statement }) => statement }) }),
  },
);

defineDeleteMutation('deleteStatement', 'Statement');

builder.relayMutationField(
  'mergeStatements',
  {
    description: 'Two statements found to be one claim: the one to keep, and the one to merge into it.',
    inputFields: (t) => ({
      keep: t.id({ required: true, description: 'The statement that stays.', validate: statementIdInput }),
      retire: t.id({ required: true, description: 'The statement merged into it; its id keeps answering as the kept one.', validate: statementIdInput }),
    }),
  },
  {
    description:
      'Merges one statement into another (admin only): every claim, confirmation, dispute, blame, mention, source appearance and ' +
      'relation to other statements moves to the kept statement, which keeps its own properties where both had one. ' +
      'The merge is in both histories, and statement(id:) with the retired id answers with the kept statement.',
    authScopes: { merge: true },
    resolve: (_root, { input }, context) => writeAs(context, (transaction, stamp) => mergeStatements(transaction, stamp, input.keep, input.retire)),
  },
  {
    description: 'The statement as merged.',
    outputFields: (t) => ({
      statement: t.field({ type: StatementRef, description: 'The kept statement, with all it gained.', resolve: (merge) => merge.statement }),
      retiredId: t.exposeID('retiredId', { description: 'The id that now answers as the kept statement.' }),
      movedRelationships: t.exposeInt('movedRelationships', { description: 'How many relationships moved to the kept statement.' }),
    }),
  },
);

defineRelationshipMutations({
  ends: (t) => ({
    statement: t.id({ required: true, description: 'The statement.', validate: statementIdInput }),
    entity: t.id({ required: true, description: 'The person, organisation or place it mentions.', validate: nodeIdOf(entityKinds) }),
  }),
  from: 'statement',
  to: 'entity',
  relationship: (input) => ({ type: 'MENTIONS', from: input.statement, to: input.entity }),
  payload: () => ({
    statement: { type: StatementRef, of: 'from', added: 'The statement.', removed: 'The statement.' },
    entity: { type: EntityRef, of: 'to', added: 'The entity mentioned.', removed: 'The entity no longer mentioned.' },
    mention: {
      type: MentionRef,
      of: 'relationship',
      added: 'The mention itself, with who recorded it and its history.',
      removed: 'The mention as it was.',
    },
  }),
  add: {
    name: 'addMention',
    input: 'A statement and an entity it mentions.',
    description: 'Records that a statement mentions a person, organisation or place (MENTIONS). Adding it again changes nothing.',
    payload: 'The statement and the entity it now mentions.',
    created: 'False when the statement already mentioned it.',
  },
  remove: {
    name: 'removeMention',
    input: 'A statement and an entity it mentions.',
    description: 'Removes that a statement mentions an entity.',
    payload: 'The statement and the entity it no longer mentions.',
  },
});
