import type { ClaimgraphDocument, DocumentEdge, DocumentEntity } from '../model/document.js';
import { foldDiacritics, skeletonTokens } from '../model/names.js';
import { parsePartialDate } from '../model/dates.js';
import type { LocalizedName } from '../model/kinds.js';
import { storedDate, storedLocalizedNames } from './properties.js';

/** Every spelling an entity is known by, canonical name first. */
export function entitySpellings(
  entity: Readonly<{ name: string; names: readonly LocalizedName[]; aliases: readonly string[] }>,
): string[] {
  return [...new Set([entity.name, ...entity.names.map(({ name }) => name), ...entity.aliases])];
}

/** The properties that make an entity findable: name skeletons for search, folded spellings for literal match. */
export function entitySearchProperties(spellings: readonly string[]): Record<string, string> {
  return {
    searchText: [...new Set(spellings.flatMap(skeletonTokens))].join(' '),
    foldedNames: spellings.map(foldDiacritics).join(' | '),
  };
}

/** Names ordered by language, as they read back, so that writing what was read changes nothing. */
export function byLanguage(names: readonly LocalizedName[]): LocalizedName[] {
  return [...names].sort((left, right) => left.language.localeCompare(right.language));
}

/**
 * A relationship's id says what makes it one: its type and ends, plus the statement of a blame
 * or the offset of a quote, since those may repeat between the same two nodes.
 */
export function relationshipId(edge: Pick<DocumentEdge, 'type' | 'from' | 'to' | 'statement' | 'start'>): string {
  const discriminator = edge.type === 'BLAMES' ? `#${edge.statement}` : edge.type === 'REPORTED_IN' ? `@${edge.start}` : '';
  return `${edge.type.toLowerCase()}:${edge.from}->${edge.to}${discriminator}`;
}

export function storedEntityProperties(entity: DocumentEntity): Record<string, unknown> {
  const names = byLanguage(entity.names);
  return {
    name: entity.name,
    aliases: entity.aliases,
    description: entity.description ?? null,
    organisationKind: entity.organisationKind ?? null,
    placeKind: entity.placeKind ?? null,
    latitude: entity.latitude ?? null,
    longitude: entity.longitude ?? null,
    ...storedLocalizedNames(names),
    ...entitySearchProperties(entitySpellings({ ...entity, names })),
  };
}

export function storedStatementProperties(statement: ClaimgraphDocument['statements'][number]): Record<string, unknown> {
  return {
    text: statement.text,
    language: statement.language,
    translation: statement.translation ?? null,
    summary: statement.summary ?? null,
    verificationStatus: statement.verificationStatus,
    verificationNote: statement.verificationNote ?? null,
    ...storedDate('date', statement.date ? parsePartialDate(statement.date) : undefined),
  };
}

export function storedSourceProperties(source: ClaimgraphDocument['source']): Record<string, unknown> {
  return {
    title: source.title,
    publisher: source.publisher ?? null,
    url: source.url ?? null,
    language: source.language,
    text: source.text,
    description: source.description ?? null,
    ...storedDate('published', source.published ? parsePartialDate(source.published) : undefined),
  };
}

export type StoredRelationship = Readonly<{ id: string; from: string; to: string; properties: Record<string, unknown> }>;

/** The properties of an edge beyond what identifies it, which adding it again may change. */
export const edgeProperties = ['date', 'medium', 'quote', 'strength', 'reason', 'end', 'role'] as const;
export type EdgeProperty = (typeof edgeProperties)[number];

/** An edge as a write gives it: a property left out keeps what is stored, a null one clears it. */
export type EdgeChange = Omit<DocumentEdge, EdgeProperty> & { readonly [Key in EdgeProperty]?: DocumentEdge[Key] | null };

/** The stored properties an edge gives; those it leaves out are absent, so that writing it keeps what is stored. */
export function storedRelationship(edge: EdgeChange): StoredRelationship {
  const properties = {
    medium: edge.medium,
    quote: edge.quote,
    strength: edge.strength,
    reason: edge.reason,
    statementId: edge.statement,
    start: edge.start,
    end: edge.end,
    role: edge.role,
    ...(edge.date === undefined ? {} : storedDate('date', edge.date ? parsePartialDate(edge.date) : undefined)),
  };
  return {
    id: relationshipId(edge),
    from: edge.from,
    to: edge.to,
    properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)),
  };
}
