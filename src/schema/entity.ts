import type { ActorRecord, EntityRecord, LocalizedName, StatementRecord } from '../model/records.js';
import { BlameRef } from './blame.js';
import { builder } from './builder.js';
import { ClaimRef } from './claim.js';
import { ConfirmationRef } from './confirmation.js';
import { DisputeRef } from './dispute.js';
import { neighboursOf, relationshipsOf } from './lib/loading.js';
import { storedKeys } from './lib/look-ahead.js';
import { StatementRef } from './statement.js';

export const LocalizedNameRef = builder.objectRef<LocalizedName>('LocalizedName');

LocalizedNameRef.implement({
  description: 'A name as one language writes it.',
  fields: (t) => ({
    language: t.exposeString('language', { description: 'BCP 47 language tag, e.g. "nl", "ru", "uk".' }),
    name: t.exposeString('name', { description: 'The name in that language and its usual script, e.g. "Пригожин".' }),
  }),
});

export const EntityRef = builder.interfaceRef<EntityRecord>('Entity');

EntityRef.implement({
  description: 'A person, organisation or place that statements can mention.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.kind,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical English name, e.g. "Yevgeny Prigozhin".', extensions: storedKeys('name') }),
    names: t.field({
      type: [LocalizedNameRef],
      description: 'The name per language, e.g. Dutch "Jevgeni Prigozjin", Russian "Евгений Пригожин".',
      resolve: (entity) => entity.names,
    }),
    aliases: t.exposeStringList('aliases', { description: 'Other spellings, short forms and former names.', extensions: storedKeys('aliases') }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'One line on who or what this is.',
      extensions: storedKeys('description'),
    }),
    mentionedIn: t.loadableList({
      type: StatementRef,
      description: 'Statements that mention this entity.',
      ...neighboursOf<StatementRecord>(['MENTIONS'], 'INCOMING'),
    }),
  }),
});

export const ActorRef = builder.interfaceRef<ActorRecord>('Actor');

ActorRef.implement({
  description: 'A person or organisation: someone who can claim, confirm, dispute or blame.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: (actor) => actor.kind,
  fields: (t) => ({
    claims: t.loadableList({
      type: ClaimRef,
      description: 'Statements this actor asserts.',
      ...relationshipsOf(['CLAIMS'], 'OUTGOING'),
    }),
    confirmations: t.loadableList({
      type: ConfirmationRef,
      description: 'Statements this actor backs up, and how strongly.',
      ...relationshipsOf(['CONFIRMS'], 'OUTGOING'),
    }),
    disputes: t.loadableList({
      type: DisputeRef,
      description: 'Statements this actor contradicts.',
      ...relationshipsOf(['DISPUTES'], 'OUTGOING'),
    }),
    blames: t.loadableList({
      type: BlameRef,
      description: 'Whom this actor blames, for what, and in which statement.',
      ...relationshipsOf(['BLAMES'], 'OUTGOING'),
    }),
    blamedBy: t.loadableList({
      type: BlameRef,
      description: 'Who blames this actor, for what, and in which statement.',
      ...relationshipsOf(['BLAMES'], 'INCOMING'),
    }),
  }),
});
