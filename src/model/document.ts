import { z } from 'zod';
import {
  actorKinds,
  attributionDecisions,
  attributionEdits,
  attributionKinds,
  bases,
  confirmationStrengths,
  reliabilityGrades,
  entityKinds,
  organisationKinds,
  placeKinds,
  relationshipTypes,
  verificationStatuses,
  type NodeKind,
} from './kinds.js';
import { kindOfId } from './ids.js';
import { externalIds } from './external-ids.js';
import { type KnownNode, relationshipProblems } from './relationship-rule.js';
import {
  aliases,
  languageTag,
  latitude,
  localizedNames,
  longText,
  longitude,
  nodeId,
  offset,
  partialDate,
  credibility,
  shortText,
  sourceText,
  sourceUrl,
  knownBy,
  relationshipSources,
} from './fields.js';

const localizedName = z
  .object({
    language: languageTag.describe('BCP 47 tag, e.g. "nl" or "ru"'),
    name: shortText.describe('The name in that language and its usual script'),
  })
  .strict();

const entity = z
  .object({
    id: nodeId.describe(
      'Its id. An id already in the graph names that node; an unknown one is first matched by name or alias, ' +
        'and only becomes a new node when nothing matches',
    ),
    kind: z.enum(entityKinds),
    name: shortText.describe('Canonical English name'),
    names: localizedNames(localizedName).default([]).describe('The name per language'),
    aliases: aliases.default([]).describe('Other spellings, short forms and former names'),
    externalIds: externalIds
      .optional()
      .describe(
        'For a Person or Organisation: its ids in registries (WIKIDATA, ISNI, VIAF, OPENSANCTIONS, URL). ' +
          'An entity whose id is not in the graph is matched by these before its names',
      ),
    description: shortText.optional().describe('One line on who or what this is'),
    organisationKind: z.enum(organisationKinds).optional().describe('Required for an Organisation'),
    placeKind: z.enum(placeKinds).optional().describe('Required for a Place'),
    latitude: latitude.optional().describe('WGS 84, for a Place'),
    longitude: longitude.optional().describe('WGS 84, for a Place'),
  })
  .strict()
  .describe('A person, organisation or place the source names');

const statement = z
  .object({
    id: nodeId,
    text: longText.describe('The statement as the source gives it, in its original language'),
    language: languageTag.describe('BCP 47 tag of the text'),
    translation: longText.optional().describe('English translation'),
    summary: shortText.optional().describe('One line in English'),
    date: partialDate.optional().describe('When it was said, only as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD'),
    verificationStatus: z.enum(verificationStatuses).default('UNVERIFIED'),
    verificationNote: shortText.optional().describe("The source's own words on verification"),
  })
  .strict()
  .describe('Something someone said, as the source reports it');

const source = z
  .object({
    id: nodeId,
    title: shortText,
    publisher: shortText.optional(),
    url: sourceUrl.optional(),
    published: partialDate.optional().describe('Publication date: YYYY, YYYY-MM or YYYY-MM-DD'),
    language: languageTag,
    text: sourceText.describe('The full text; the offsets of quotes point into it (UTF-16 code units)'),
    description: shortText.optional(),
    reliability: z.enum(reliabilityGrades).optional().describe('Admiralty reliability of the source, A (completely reliable) to F (cannot be judged)'),
    authors: z.array(shortText).max(50, 'must hold at most 50 authors').optional().describe('The bylines, as printed'),
    publishedBy: nodeId.optional().describe('The organisation, declared in this document, that published it: a news outlet'),
    accessed: partialDate.optional().describe('When it was read at url: YYYY, YYYY-MM or YYYY-MM-DD'),
    archiveUrl: sourceUrl.optional().describe('Where an archived copy can be read'),
  })
  .strict()
  .describe('The article or post the document holds');

const edge = z
  .object({
    type: z.enum(relationshipTypes),
    from: nodeId.describe('Id of a node declared in this document'),
    to: nodeId.describe('Id of a node declared in this document'),
    date: partialDate.optional(),
    medium: shortText.optional().describe('How it was said, e.g. "Telegram"'),
    quote: longText
      .optional()
      .describe('Words of the source text that show this relationship; for REPORTED_IN exactly the text between start and end'),
    strength: z.enum(confirmationStrengths).optional().describe('Required for CONFIRMS'),
    reason: shortText.optional().describe('Required for BLAMES: what the blamed is held responsible for'),
    statement: nodeId.optional().describe('Required for BLAMES: the statement in which the blame is laid'),
    start: offset.optional().describe('Required for REPORTED_IN: offset of the quote in the source text'),
    end: offset.optional().describe('Required for REPORTED_IN: offset just past the quote'),
    role: shortText.optional().describe('For LEADS and MEMBER_OF: the title the source gives'),
    since: partialDate.optional().describe('For LEADS, MEMBER_OF, PART_OF, LOCATED_IN and OPPOSES: since when it holds, YYYY, YYYY-MM or YYYY-MM-DD'),
    until: partialDate.optional().describe('For the same types: until when it held; left out while it holds'),
    basis: z
      .enum(bases)
      .optional()
      .describe('For CONFIRMS and DISPUTES: STATED by the actor (the default), or INFERRED by inferredBy; for a structural relationship: BACKGROUND knowledge of knownBy'),
    inferredBy: nodeId.optional().describe('For an INFERRED confirmation or dispute: the person or organisation, declared in this document, whose reasoning it is'),
    knownBy: knownBy.optional().describe('For BACKGROUND knowledge: whom it is known by, e.g. "the seed\'s modeller"'),
    sources: relationshipSources
      .optional()
      .describe(
        'For LEADS, MEMBER_OF, PART_OF, LOCATED_IN and OPPOSES: the sources that state it, this document\'s or one in the graph, each with its words',
      ),
    hedged: z.boolean().optional().describe('For CLAIMS: reported as conditional or second-hand ("zouden", "reportedly")'),
    credibility: credibility.optional().describe('For REPORTED_IN: the Admiralty credibility of what the source says there, 1 (confirmed) to 6 (cannot be judged)'),
  })
  .strict()
  .describe('A relationship between two nodes of this document');

const suggestion = z
  .object({
    kind: z.enum(attributionKinds),
    start: offset.describe('Offset in the source text of what the rules read as asserted'),
    end: offset.describe('Offset just past it'),
    speakerName: shortText.describe('The speaker as the rules named them'),
    speakerKind: z.enum(actorKinds).optional().describe('Person or Organisation, when the rules could tell'),
    targetName: shortText.optional().describe('For BLAMES: who the rules read as blamed'),
    confidence: z.number().min(0).max(1).describe('How sure the rules were, 0 to 1'),
  })
  .strict()
  .describe('An attribution as the rules suggested it');

const decision = z
  .object({
    decision: z.enum(attributionDecisions).describe('ACCEPTED as suggested, EDITED then kept, REJECTED, or ADDED by hand (no suggestion)'),
    suggestion: suggestion.optional().describe('What the rules suggested; left out for ADDED'),
    edits: z.array(z.enum(attributionEdits)).max(attributionEdits.length).default([]).describe('For EDITED: what the reviewer changed'),
    kind: z.enum(attributionKinds).optional().describe('The kind kept; left out for REJECTED'),
    statement: nodeId.optional().describe('The statement, declared in this document, that the kept attribution is about'),
    speaker: nodeId.optional().describe('The speaker kept, declared in this document'),
    target: nodeId.optional().describe('For BLAMES: who is blamed, declared in this document'),
  })
  .strict();

const review = z
  .object({
    rulesVersion: shortText.describe('The version of the rules that made the suggestions'),
    decisions: z.array(decision).max(5_000),
  })
  .strict()
  .describe("What a reviewer decided about the rules' suggestions for this source: stored with who imported it, and scored by attributionQuality");

export const documentSchema = z
  .object({
    source,
    entities: z.array(entity).max(5_000).default([]),
    statements: z.array(statement).max(5_000).default([]),
    edges: z.array(edge).max(50_000).default([]),
    review: review.optional(),
  })
  .strict()
  .superRefine((document, context) => {
    for (const problem of documentProblems(document)) context.addIssue({ code: 'custom', ...problem });
  })
  .describe(
    'One source with its text, the entities it names, the statements it reports with their quotes, and every edge. ' +
      'Import with `npm run import -- files…` or the importDocument mutation.',
  );

export const documentJsonSchemaFile = new URL('../../schema/document.schema.json', import.meta.url);

/** The document format as JSON Schema, for editors and other tools; the cross-field rules are checked on import. */
export function documentJsonSchema(): string {
  const jsonSchema = z.toJSONSchema(documentSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $schema: jsonSchema.$schema, title: 'claimgraph document', ...jsonSchema }, null, 2)}\n`;
}

export type ClaimgraphDocument = z.output<typeof documentSchema>;
export type DocumentEntity = ClaimgraphDocument['entities'][number];
export type DocumentEdge = ClaimgraphDocument['edges'][number];
export type DocumentReview = NonNullable<ClaimgraphDocument['review']>;
export type DocumentDecision = DocumentReview['decisions'][number];

type Problem = { path: (string | number)[]; message: string };

/** What a document must satisfy beyond each field's shape: ids, edge ends and quotes that agree. */
function documentProblems(document: z.output<typeof documentSchemaShape>): Problem[] {
  const problems: Problem[] = [];
  const kindById = new Map<string, string>();
  const declare = (id: string, kind: string, path: (string | number)[]) => {
    if (kindOfId(id) !== kind) problems.push({ path, message: `id "${id}" must start with "${kind.toLowerCase()}:"` });
    if (kindById.has(id)) problems.push({ path, message: `id "${id}" is declared twice` });
    kindById.set(id, kind);
  };
  declare(document.source.id, 'Source', ['source', 'id']);
  document.entities.forEach((item, index) => {
    declare(item.id, item.kind, ['entities', index, 'id']);
    if (item.kind === 'Organisation' && !item.organisationKind) {
      problems.push({ path: ['entities', index, 'organisationKind'], message: 'an organisation needs its kind' });
    }
    if (item.kind === 'Place' && !item.placeKind) {
      problems.push({ path: ['entities', index, 'placeKind'], message: 'a place needs its kind' });
    }
    if (item.kind === 'Place' && item.externalIds?.length) {
      problems.push({ path: ['entities', index, 'externalIds'], message: 'only people and organisations have external ids' });
    }
  });
  document.statements.forEach((item, index) => declare(item.id, 'Statement', ['statements', index, 'id']));
  if (document.source.publishedBy && kindById.get(document.source.publishedBy) !== 'Organisation') {
    problems.push({ path: ['source', 'publishedBy'], message: `"${document.source.publishedBy}" is no organisation declared in this document` });
  }

  // Each distinct quote is searched for once: many edges quote the same words, and the text may be long.
  const quoteOccurs = new Map<string, boolean>();
  const occursInSource = (quote: string) => {
    if (!quoteOccurs.has(quote)) quoteOccurs.set(quote, document.source.text.includes(quote));
    return quoteOccurs.get(quote);
  };

  // The document's nodes as the relationship rule sees them: the kinds it declares, and its source's text.
  const nodeOf = (id: string): KnownNode | undefined => {
    const kind = kindById.get(id) as NodeKind | undefined;
    return kind === undefined ? undefined : { kind, ...(id === document.source.id ? { text: document.source.text } : {}) };
  };
  document.edges.forEach((item, index) => {
    const path = ['edges', index];
    for (const field of ['from', 'to', 'statement', 'inferredBy'] as const) {
      const id = item[field];
      if (id !== undefined && !kindById.has(id)) problems.push({ path: [...path, field], message: `"${id}" is not declared in this document` });
    }
    problems.push(...relationshipProblems(item, nodeOf).map((problem) => ({ path: [...path, problem.field], message: problem.message })));
    item.sources?.forEach((cited, position) => {
      if (cited.source === document.source.id && !occursInSource(cited.quote)) {
        problems.push({ path: [...path, 'sources', position, 'quote'], message: 'the quote does not occur in the source text' });
      }
    });
    if (item.type !== 'REPORTED_IN' && item.quote !== undefined && !occursInSource(item.quote)) {
      problems.push({ path: [...path, 'quote'], message: 'the quote does not occur in the source text' });
    }
  });
  document.review?.decisions.forEach((item, index) => problems.push(...decisionProblems(item, kindById, document.source.text.length, ['review', 'decisions', index])));
  return problems;
}

/** A decision agrees with itself and points at what this document declares. */
function decisionProblems(item: z.output<typeof decision>, kindById: ReadonlyMap<string, string>, textLength: number, path: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  const kept = item.decision !== 'REJECTED';
  if ((item.decision === 'ADDED') === Boolean(item.suggestion)) {
    problems.push({ path: [...path, 'suggestion'], message: item.suggestion ? 'an attribution added by hand has no suggestion' : 'a decision on a suggestion names it' });
  }
  if ((item.decision === 'EDITED') !== item.edits.length > 0) {
    problems.push({ path: [...path, 'edits'], message: item.decision === 'EDITED' ? 'an edited suggestion says what was edited' : 'only an edited suggestion has edits' });
  }
  if (kept !== Boolean(item.kind)) problems.push({ path: [...path, 'kind'], message: kept ? 'a kept attribution has its kind' : 'a rejected suggestion keeps no kind' });
  const declared = (field: 'statement' | 'speaker' | 'target', kinds: readonly string[], needed: boolean) => {
    const id = item[field];
    if (id === undefined) {
      if (needed) problems.push({ path: [...path, field], message: `a kept attribution names its ${field}` });
    } else if (!kept) problems.push({ path: [...path, field], message: `a rejected suggestion has no ${field}` });
    else if (!kinds.includes(kindById.get(id) ?? '')) problems.push({ path: [...path, field], message: `"${id}" is no ${kinds.join(' or ')} declared in this document` });
  };
  declared('statement', ['Statement'], kept);
  declared('speaker', actorKinds, kept);
  declared('target', actorKinds, kept && item.kind === 'BLAMES');
  if (item.suggestion && !(item.suggestion.start < item.suggestion.end && item.suggestion.end <= textLength)) {
    problems.push({ path: [...path, 'suggestion', 'end'], message: `offsets must satisfy start < end <= ${textLength}, the text's length` });
  }
  return problems;
}

const documentSchemaShape = z.object({
  source,
  entities: z.array(entity),
  statements: z.array(statement),
  edges: z.array(edge),
  review: review.optional(),
});

export class InvalidDocumentError extends Error {
  constructor(readonly problems: readonly { path: string; message: string }[]) {
    super(`The document is invalid: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`);
  }
}

export function parseDocument(input: unknown): ClaimgraphDocument {
  const result = documentSchema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidDocumentError(
    result.error.issues.map((issue) => ({ path: issue.path.join('.') || '(document)', message: issue.message })),
  );
}
