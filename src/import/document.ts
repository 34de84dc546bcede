import { z } from 'zod';
import {
  confirmationStrengths,
  entityKinds,
  kindOfId,
  organisationKinds,
  placeKinds,
  relationshipEnds,
  relationshipTypes,
  verificationStatuses,
} from '../data/model.js';
import { languageTag, latitude, longText, longitude, nodeId, offset, partialDate, quoteProblem, shortText } from './fields.js';

const localizedName = z.object({ language: languageTag, name: shortText }).strict();

const entity = z
  .object({
    id: nodeId,
    kind: z.enum(entityKinds),
    name: shortText.describe('Canonical English name'),
    names: z.array(localizedName).max(50).default([]),
    aliases: z.array(shortText).max(100).default([]),
    description: shortText.optional(),
    organisationKind: z.enum(organisationKinds).optional(),
    placeKind: z.enum(placeKinds).optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
  })
  .strict();

const statement = z
  .object({
    id: nodeId,
    text: longText.describe('The statement as the source gives it, in its original language'),
    language: languageTag,
    translation: longText.optional(),
    summary: shortText.optional(),
    date: partialDate.optional(),
    verificationStatus: z.enum(verificationStatuses).default('UNVERIFIED'),
    verificationNote: shortText.optional(),
  })
  .strict();

const source = z
  .object({
    id: nodeId,
    title: shortText,
    publisher: shortText.optional(),
    url: z.url().max(2000).optional(),
    published: partialDate.optional(),
    language: languageTag,
    text: z.string().min(1).max(1_000_000),
    description: shortText.optional(),
  })
  .strict();

const edge = z
  .object({
    type: z.enum(relationshipTypes),
    from: nodeId,
    to: nodeId,
    date: partialDate.optional(),
    medium: shortText.optional(),
    quote: longText.optional(),
    strength: z.enum(confirmationStrengths).optional(),
    reason: shortText.optional(),
    statement: nodeId.optional(),
    start: offset.optional(),
    end: offset.optional(),
    role: shortText.optional(),
  })
  .strict();

export const documentSchema = z
  .object({
    source,
    entities: z.array(entity).max(5_000).default([]),
    statements: z.array(statement).max(5_000).default([]),
    edges: z.array(edge).max(50_000).default([]),
  })
  .strict()
  .superRefine((document, context) => {
    for (const problem of documentProblems(document)) context.addIssue({ code: 'custom', ...problem });
  });

export type ClaimgraphDocument = z.output<typeof documentSchema>;
export type DocumentEntity = ClaimgraphDocument['entities'][number];
export type DocumentEdge = ClaimgraphDocument['edges'][number];

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
  });
  document.statements.forEach((item, index) => declare(item.id, 'Statement', ['statements', index, 'id']));

  document.edges.forEach((item, index) => {
    const path = ['edges', index];
    const ends = relationshipEnds[item.type];
    for (const [end, allowed] of [['from', ends.from], ['to', ends.to]] as const) {
      const kind = kindById.get(item[end]);
      if (!kind) problems.push({ path: [...path, end], message: `"${item[end]}" is not declared in this document` });
      else if (!(allowed as readonly string[]).includes(kind)) {
        problems.push({ path: [...path, end], message: `a ${item.type} edge's ${end} must be ${allowed.join(' or ')}, not ${kind}` });
      }
    }
    if (item.type === 'CONFIRMS' && !item.strength) problems.push({ path: [...path, 'strength'], message: 'a confirmation needs its strength' });
    if (item.type === 'BLAMES') {
      if (!item.reason) problems.push({ path: [...path, 'reason'], message: 'a blame needs its reason' });
      if (!item.statement || kindById.get(item.statement) !== 'Statement') {
        problems.push({ path: [...path, 'statement'], message: 'a blame names the statement, declared in this document, in which it was made' });
      }
    }
    if (item.type === 'REPORTED_IN') problems.push(...quoteProblems(item, document.source, path));
    else if (item.quote !== undefined && !document.source.text.includes(item.quote)) {
      problems.push({ path: [...path, 'quote'], message: 'the quote does not occur in the source text' });
    }
  });
  return problems;
}

function quoteProblems(
  item: z.output<typeof edge>,
  documentSource: z.output<typeof source>,
  path: (string | number)[],
): Problem[] {
  if (item.to !== documentSource.id) return [{ path: [...path, 'to'], message: 'a quote must come from this document\'s source' }];
  if (item.quote === undefined || item.start === undefined || item.end === undefined) {
    return [{ path, message: 'a source quote needs quote, start and end' }];
  }
  const problem = quoteProblem(documentSource.text, { quote: item.quote, start: item.start, end: item.end });
  return problem ? [{ path: [...path, problem.field], message: problem.message }] : [];
}

const documentSchemaShape = z.object({
  source,
  entities: z.array(entity),
  statements: z.array(statement),
  edges: z.array(edge),
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
