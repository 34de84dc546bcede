import type { ClaimgraphDocument, DocumentEdge, DocumentEntity } from '../model/document.js';
import { parsePartialDate } from '../model/dates.js';
import { relationshipId } from '../model/ids.js';
import { externalIdKey, uniqueExternalIds } from '../model/external-ids.js';
import type { ExternalId } from '../model/records.js';
import { byLanguage, entitySpellings, foldDiacritics, literalWordMark, literalWords, skeletonTokens } from '../model/names.js';
import { storedDate, storedLocalizedNames } from './properties.js';

/**
 * The properties that make an entity findable: for search, name skeletons and the marked literal words of its
 * spellings (one index answers a search, and a word being typed); folded spellings for literal match.
 */
export function entitySearchProperties(spellings: readonly string[]): Record<string, string> {
  const literal = spellings.flatMap(literalWords).map((word) => `${literalWordMark}${word}`);
  return {
    searchText: [...new Set([...spellings.flatMap(skeletonTokens), ...literal])].join(' '),
    foldedNames: spellings.map(foldDiacritics).join(' | '),
  };
}


export function storedEntityProperties(entity: DocumentEntity): Record<string, unknown> {
  const names = byLanguage(entity.names);
  return {
    name: entity.name,
    aliases: entity.aliases,
    externalIds: storedExternalIds(entity.externalIds ?? []),
    description: entity.description ?? null,
    organisationKind: entity.organisationKind ?? null,
    placeKind: entity.placeKind ?? null,
    latitude: entity.latitude ?? null,
    longitude: entity.longitude ?? null,
    ...storedLocalizedNames(names),
    ...entitySearchProperties(entitySpellings({ ...entity, names })),
  };
}

/** External ids as stored on their entity ("WIKIDATA:Q7747"); none is no property, as for an entity written before them. */
export function storedExternalIds(ids: readonly ExternalId[]): string[] | null {
  return ids.length === 0 ? null : uniqueExternalIds(ids).map(externalIdKey);
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
    reliability: source.reliability ?? null,
    authors: source.authors ?? [],
    publishedBy: source.publishedBy ?? null,
    archiveUrl: source.archiveUrl ?? null,
    ...storedDate('accessed', source.accessed ? parsePartialDate(source.accessed) : undefined),
    ...storedDate('published', source.published ? parsePartialDate(source.published) : undefined),
  };
}

export type StoredRelationship = Readonly<{ id: string; from: string; to: string; properties: Record<string, unknown> }>;

/** The properties of a relationship beyond what identifies it, which adding it again may change. */
export const updatableProperties = [
  'date',
  'medium',
  'quote',
  'strength',
  'reason',
  'end',
  'role',
  'since',
  'until',
  'basis',
  'inferredBy',
  'knownBy',
  'sources',
  'hedged',
  'credibility',
] as const;
export type UpdatableProperty = (typeof updatableProperties)[number];

/** A relationship as a write gives it: a property left out keeps what is stored, a null one clears it. */
export type RelationshipChange = Omit<DocumentEdge, UpdatableProperty> & { readonly [Key in UpdatableProperty]?: DocumentEdge[Key] | null };

/** A date a write gives: left out keeps what is stored, null clears it. */
const storedDateChange = (key: string, value: string | null | undefined) =>
  value === undefined ? {} : storedDate(key, value ? parsePartialDate(value) : undefined);

/**
 * A structural relationship's sources as parallel lists, since a relationship cannot hold a list of maps; where each quote stands
 * (`sourceStarts`, `sourceEnds`) is found after the write (see structural-sources.ts). Left out keeps them, null or none clears them.
 */
function storedStructuralSources(sources: DocumentEdge['sources'] | null | undefined) {
  if (sources === undefined) return {};
  const given = sources !== null && sources.length > 0 ? sources : null;
  return {
    sourceIds: given?.map((cited) => cited.source) ?? null,
    sourceQuotes: given?.map((cited) => cited.quote) ?? null,
    ...(given ? {} : { sourceStarts: null, sourceEnds: null }),
  };
}

/** The stored properties a relationship gives; those it leaves out are absent, so that writing it keeps what is stored. */
export function storedRelationship(edge: RelationshipChange): StoredRelationship {
  const properties = {
    medium: edge.medium,
    quote: edge.quote,
    strength: edge.strength,
    reason: edge.reason,
    statementId: edge.statement,
    start: edge.start,
    end: edge.end,
    role: edge.role,
    basis: edge.basis,
    inferredBy: edge.inferredBy,
    knownBy: edge.knownBy,
    ...storedStructuralSources(edge.sources),
    hedged: edge.hedged,
    credibility: edge.credibility,
    ...storedDateChange('date', edge.date),
    ...storedDateChange('since', edge.since),
    ...storedDateChange('until', edge.until),
  };
  return {
    id: relationshipId(edge),
    from: edge.from,
    to: edge.to,
    properties: Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined)),
  };
}
