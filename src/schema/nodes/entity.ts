import { entityByExternalId } from '../../data/external-ids.js';
import { externalId } from '../../model/external-ids.js';
import type { ActorRecord, EntityRecord, LocalizedName, StatementRecord } from '../../model/records.js';
import { BlameConnectionRef } from '../relationships/blame.js';
import { builder } from '../builder.js';
import { ClaimConnectionRef } from '../relationships/claim.js';
import { ConfirmationConnectionRef } from '../relationships/confirmation.js';
import { DisputeConnectionRef } from '../relationships/dispute.js';
import { pagedNeighboursOf, pagedRelationshipsOf } from '../lib/loading.js';
import { pageArguments } from '../lib/pagination.js';
import { storedKeys } from '../lib/look-ahead.js';
import { StatementConnectionRef } from './statement.js';
import { ExternalIdRef, ExternalIdSchemeEnum } from './external-id.js';

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
    mentionedIn: t.loadable({
      type: StatementConnectionRef,
      args: pageArguments(t.arg),
      description: 'Statements that mention this entity, a page at a time.',
      ...pagedNeighboursOf<StatementRecord>(['MENTIONS'], 'INCOMING'),
    }),
  }),
});

export const ActorRef = builder.interfaceRef<ActorRecord>('Actor');

ActorRef.implement({
  description: 'A person or organisation: someone who can claim, confirm, dispute or blame.',
  interfaces: [builder.nodeInterfaceRef(), EntityRef],
  resolveType: (actor) => actor.kind,
  fields: (t) => ({
    externalIds: t.field({
      type: [ExternalIdRef],
      description: 'Its ids in registries such as Wikidata, which join it with other datasets.',
      extensions: storedKeys('externalIds'),
      resolve: (actor) => actor.externalIds,
    }),
    claims: t.loadable({
      type: ClaimConnectionRef,
      args: pageArguments(t.arg),
      description: 'Statements this actor asserts, a page at a time.',
      ...pagedRelationshipsOf(['CLAIMS'], 'OUTGOING'),
    }),
    confirmations: t.loadable({
      type: ConfirmationConnectionRef,
      args: pageArguments(t.arg),
      description: 'Statements this actor backs up, and how strongly, a page at a time.',
      ...pagedRelationshipsOf(['CONFIRMS'], 'OUTGOING'),
    }),
    disputes: t.loadable({
      type: DisputeConnectionRef,
      args: pageArguments(t.arg),
      description: 'Statements this actor contradicts, a page at a time.',
      ...pagedRelationshipsOf(['DISPUTES'], 'OUTGOING'),
    }),
    blames: t.loadable({
      type: BlameConnectionRef,
      args: pageArguments(t.arg),
      description: 'Whom this actor blames, for what, and in which statement, a page at a time.',
      ...pagedRelationshipsOf(['BLAMES'], 'OUTGOING'),
    }),
    blamedBy: t.loadable({
      type: BlameConnectionRef,
      args: pageArguments(t.arg),
      description: 'Who blames this actor, for what, and in which statement, a page at a time.',
      ...pagedRelationshipsOf(['BLAMES'], 'INCOMING'),
    }),
  }),
});

builder.queryFields((t) => ({
  entityByExternalId: t.field({
    type: ActorRef,
    nullable: true,
    description: 'The person or organisation that carries this external id, e.g. WIKIDATA "Q7747"; null when none does.',
    args: t.validate(
      {
        scheme: t.arg({ type: ExternalIdSchemeEnum, required: true, description: 'The registry.' }),
        value: t.arg.string({ required: true, description: 'The id there; checked and written as the scheme writes it ("q7747" is Q7747).' }),
      },
      externalId,
    ),
    resolve: async (_root, args, context) => ((await entityByExternalId(context.runner, args)) as ActorRecord | undefined) ?? null,
  }),
}));
