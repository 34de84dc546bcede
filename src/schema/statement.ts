import { z } from 'zod';
import { type EntityRecord, type StatementRecord, verificationStatuses } from '../data/model.js';
import { statementSelection } from '../data/statements.js';
import { BlameRef } from './blame.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.js';
import { ConfirmationRef } from './confirmation.js';
import { DatePrecisionEnum } from './date.js';
import { DisputeRef } from './dispute.js';
import { EntityRef } from './entity.js';
import { blamesOfStatements, loadNodesOfKind, neighboursOf, relationshipsOf } from './loading.js';
import { resolveSelectionPage } from './pagination.js';
import { SourceQuoteRef } from './source-quote.js';

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
  sort: (statement) => statement.id,
});

StatementRef.implement({
  description: 'Something someone said, as a source reports it: who claims it, who backs it up, who disputes it.',
  isTypeOf: (node) => (node as StatementRecord).kind === 'Statement',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement as the source gives it, in the original language.' }),
    language: t.exposeString('language', { description: 'BCP 47 tag of `text`, e.g. "nl".' }),
    translation: t.exposeString('translation', { nullable: true, description: 'English translation of `text`.' }),
    summary: t.exposeString('summary', { nullable: true, description: 'One line in English.' }),
    date: t.field({
      type: 'PartialDate',
      nullable: true,
      description: 'When it was said, only as precisely as known: "2023-05" is May 2023, not the first of May.',
      resolve: (statement) => statement.date?.value ?? null,
    }),
    datePrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether `date` is known to the year, month or day.',
      resolve: (statement) => statement.date?.precision ?? null,
    }),
    verificationStatus: t.field({
      type: VerificationStatusEnum,
      description: 'How far it has been checked.',
      resolve: (statement) => statement.verificationStatus,
    }),
    verificationNote: t.exposeString('verificationNote', {
      nullable: true,
      description: 'The source\'s own words on verification, e.g. "het nieuws kon nog niet onafhankelijk geverifieerd worden".',
    }),
    claims: t.loadableList({ type: ClaimRef, description: 'Who asserts it.', ...relationshipsOf(['CLAIMS'], 'INCOMING') }),
    confirmations: t.loadableList({
      type: ConfirmationRef,
      description: 'Who backs it up, and how strongly.',
      ...relationshipsOf(['CONFIRMS'], 'INCOMING'),
    }),
    disputes: t.loadableList({ type: DisputeRef, description: 'Who contradicts it.', ...relationshipsOf(['DISPUTES'], 'INCOMING') }),
    blames: t.loadableList({ type: BlameRef, description: 'Blames laid in this statement.', ...blamesOfStatements }),
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

const StatementFilterInput = builder.inputType('StatementFilter', {
  description: 'Narrows a list of statements. All given conditions must hold.',
  fields: (t) => ({
    actor: t.id({ description: 'Only statements this person or organisation claims, confirms or disputes.' }),
    mentions: t.id({ description: 'Only statements that mention this entity.' }),
    source: t.id({ description: 'Only statements reported in this source.' }),
    from: t.field({
      type: 'PartialDate',
      description: 'Only statements whose date overlaps the period starting at this date (a "2023-05" date overlaps "2023-05-20").',
    }),
    to: t.field({ type: 'PartialDate', description: 'Only statements whose date overlaps the period ending with this date.' }),
    status: t.field({ type: [VerificationStatusEnum], description: 'Only statements with one of these statuses.' }),
    language: t.string({ description: 'Only statements in this language (BCP 47, e.g. "nl").', validate: z.string().min(2).max(35) }),
  }),
});

builder.queryFields((t) => ({
  statement: t.field({
    type: StatementRef,
    description: 'The statement with this id, e.g. "statement:azov-advance-2-6-km".',
    args: { id: t.arg.id({ required: true, description: 'Its id.' }) },
    resolve: (_root, { id }) => id,
  }),
  statements: t.connection({
    type: StatementRef,
    description: 'Statements, ordered by id, filtered by actor, mentioned entity, source, date range, status or language.',
    args: { filter: t.arg({ type: StatementFilterInput, description: 'Only statements matching all of this.' }) },
    resolve: (_root, { filter, ...args }, context) =>
      resolveSelectionPage<StatementRecord>(args, context, statementSelection(filter ?? {})),
  }),
}));
