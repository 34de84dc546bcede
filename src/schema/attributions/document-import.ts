import { type ClaimgraphDocument, documentSchema } from '../../model/document.js';
import { type ImportedDocument, importDocuments, type WriteCounts } from '../../writes/import.js';
import type { Resolution } from '../../writes/resolution.js';
import { codedError } from '../lib/coded-error.js';
import { expensiveField } from '../lib/expensive-field.js';
import { builder } from '../builder.js';
import { NodeKindEnum } from '../views/search.js';
import { SourceRef } from '../nodes/source.js';
import { nextWrite } from '../lib/write-as.js';

/* The report of an import: what became of each entity, and how many nodes and relationships changed. */

const ResolutionOutcomeEnum = builder.enumType('ResolutionOutcome', {
  description: 'What became of an entity of an imported document.',
  values: {
    CREATED: { description: 'Nothing in the graph matched it, so it was added.' },
    MATCHED_BY_ID: { description: 'Its id is in the graph: it is that node (or, for the id of an entity merged into another, that other).' },
    MATCHED_BY_EXTERNAL_ID: { description: 'Its id is not in the graph, but an entity of its kind carries one of its external ids (a Wikidata QID …): it is that one.' },
    MATCHED_BY_NAME: { description: 'Its id is not in the graph, but one of its spellings names exactly one entity of its kind: it is that one.' },
  },
});

const EntityResolutionRef = builder.objectRef<Resolution>('EntityResolution').implement({
  description: 'One entity of an imported document, and the node it became.',
  fields: (t) => ({
    givenId: t.exposeID('givenId', { description: 'The id the document gave it.' }),
    id: t.exposeID('id', { description: 'The node it is in the graph: its own id, or that of the entity it matched.' }),
    kind: t.field({ type: NodeKindEnum, description: 'Person, Organisation or Place.', resolve: (resolution) => resolution.kind }),
    outcome: t.field({ type: ResolutionOutcomeEnum, description: 'Created, or matched by id, by external id or by name.', resolve: (resolution) => resolution.outcome }),
    matchedSpelling: t.exposeString('matchedSpelling', {
      nullable: true,
      description: 'For MATCHED_BY_NAME, the spelling that matched, e.g. "Jevgeni Prigozjin".',
    }),
    updated: t.exposeBoolean('updated', { description: 'Whether the matched entity gained spellings or details from the document.' }),
  }),
});

const WriteCountsRef = builder.objectRef<WriteCounts>('WriteCounts').implement({
  description: 'How many of a document\'s nodes or relationships a write created, changed or found as they were.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'Added to the graph.' }),
    updated: t.exposeInt('updated', { description: 'In the graph already, and changed.' }),
    unchanged: t.exposeInt('unchanged', { description: 'In the graph already, exactly as given: not touched.' }),
  }),
});

type ImportReport = ImportedDocument & Readonly<{ dryRun: boolean }>;

builder.relayMutationField(
  'importDocument',
  {
    description: 'A document to import, and whether to only try it.',
    inputFields: (t) => ({
      document: t.field({
        type: 'JSON',
        required: true,
        description: 'A document in the format of schema/document.schema.json: one source with its text, entities, statements and the relationships among them (its `edges`).',
        validate: documentSchema,
      }),
      dryRun: t.boolean({ defaultValue: false, description: 'Report what the import would do, and write nothing.' }),
    }),
  },
  {
    description:
      'Imports a whole article in one transaction: it lands whole or not at all, and importing it again changes nothing. ' +
      'Entities whose id is unknown are matched by name or alias in any spelling before anything is created. ' +
      "A document's `review` (made by attributionDocument) is stored in the same transaction, as decided by this token.",
    // Every entity is resolved by its spellings and every relationship merged, in one transaction.
    complexity: 5_000,
    extensions: expensiveField,
    resolve: async (_root, { input }, context): Promise<ImportReport> => {
      // The validation plugin has replaced the JSON by the parsed document.
      const document = input.document as ClaimgraphDocument;
      const dryRun = input.dryRun ?? false;
      // Through the request's write, so that a retry with the same Idempotency-Key gets the first answer.
      const write = nextWrite(context);
      const reviewer = { name: write.stamp.author, role: context.viewer?.role ?? null };
      const { imported, failed } = await importDocuments(write, [document], { author: write.stamp.author, dryRun, reviewer });
      const failure = failed[0]?.error;
      if (failure !== undefined || !imported[0]) throw codedError(failure, 'input.document.') ?? failure;
      return { ...imported[0], dryRun };
    },
  },
  {
    description: 'What the import did, or would do in a dry run.',
    outputFields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was written.' }),
      source: t.field({
        type: SourceRef,
        nullable: true,
        description: 'The imported source; null in a dry run.',
        resolve: (report) => (report.dryRun ? null : report.sourceId),
      }),
      sourceId: t.exposeID('sourceId', { description: 'The id of the document\'s source.' }),
      entities: t.field({
        type: [EntityResolutionRef],
        description: 'Each entity of the document, in order: created, or matched by id or name, and to which node.',
        resolve: (report) => report.entities,
      }),
      nodes: t.field({ type: WriteCountsRef, description: 'The source, entities and statements.', resolve: (report) => report.nodes }),
      relationships: t.field({ type: WriteCountsRef, description: 'The relationships (the document\'s edges).', resolve: (report) => report.relationships }),
    }),
  },
);
