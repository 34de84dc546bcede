import { parsePartialDate } from '../model/dates.js';
import type {
  Basis,
  ReliabilityGrade,
  ConfirmationStrength,
  NodeKind,
  OrganisationKind,
  PlaceKind,
  RelationshipType,
  VerificationStatus,
} from '../model/kinds.js';
import type {
  LocalizedName,
  NodeRecord,
  PartialDate,
  Provenance,
  QuoteLocation,
  RelationshipProperties,
  RelationshipRecord,
  RelationshipSource,
} from '../model/records.js';
import { nodeKinds } from '../model/kinds.js';
import { externalIdOfKey } from '../model/external-ids.js';

/** Node and relationship properties as Neo4j stores them. */
export type StoredProperties = Readonly<Record<string, unknown>>;

export const localizedNamePrefix = 'name_';

export function storedLocalizedNames(names: readonly LocalizedName[]): Record<string, string> {
  return Object.fromEntries(names.map(({ language, name }) => [`${localizedNamePrefix}${language}`, name]));
}

function readLocalizedNames(properties: StoredProperties): LocalizedName[] {
  const names: LocalizedName[] = [];
  for (const key in properties) {
    const value = properties[key];
    if (key.startsWith(localizedNamePrefix) && typeof value === 'string') names.push({ language: key.slice(localizedNamePrefix.length), name: value });
  }
  return names.length > 1 ? names.sort((left, right) => left.language.localeCompare(right.language)) : names;
}

/** A partial date is stored as its text plus the first and last day it covers, so ranges compare as strings. */
export function storedDate(key: string, date: PartialDate | undefined): Record<string, string | null> {
  return {
    [key]: date?.value ?? null,
    [`${key}Precision`]: date?.precision ?? null,
    [`${key}Start`]: date?.start ?? null,
    [`${key}End`]: date?.end ?? null,
  };
}

function readDate(properties: StoredProperties, key: string): PartialDate | null {
  const value = properties[key];
  return typeof value === 'string' ? (parsePartialDate(value) ?? null) : null;
}

function text(properties: StoredProperties, key: string): string | null {
  const value = properties[key];
  return typeof value === 'string' ? value : null;
}

function number(properties: StoredProperties, key: string): number | null {
  const value = properties[key];
  return typeof value === 'number' ? value : null;
}

function texts(properties: StoredProperties, key: string): string[] {
  const value = properties[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function kindOfLabels(labels: readonly string[]): NodeKind {
  const kind = nodeKinds.find((candidate) => labels.includes(candidate));
  if (!kind) throw new Error(`A node carries none of the known labels: ${labels.join(', ')}`);
  return kind;
}

function readProvenance(properties: StoredProperties): Provenance {
  return {
    createdAt: text(properties, 'createdAt'),
    createdBy: text(properties, 'createdBy'),
    updatedAt: text(properties, 'updatedAt'),
    updatedBy: text(properties, 'updatedBy'),
  };
}

/**
 * Cypher projection of node `n` that `toNodeRecord` reads: every property, or only these stored keys
 * (with the id and labels), when the caller knows that nothing else of the record will be read. Without the labels
 * when the caller knows the node's kind.
 */
export const nodeProjection = (variable: string, keys: readonly string[] | null = null, withLabels = true) =>
  `${variable} {${keys === null ? everyPropertyButSearchText : keyProjection(keys)}${withLabels ? `, labels: labels(${variable})` : ''}}`;

/** An entity's search text and folded names (entitySearchProperties) are for the indexes: no record reads them back. */
const everyPropertyButSearchText = '.*, searchText: null, foldedNames: null';

/** Cypher projection of a relationship's properties: all, or only these keys (the id among them when it is read). */
export const propertiesProjection = (variable: string, keys: readonly string[] | null = null) =>
  `${variable} {${keys === null ? '.*' : keys.map((key) => `.${key}`).join(', ')}}`;

const keyProjection = (keys: readonly string[]) => [...new Set(['id', ...keys])].map((key) => `.${key}`).join(', ');

export function toNodeRecord(stored: StoredProperties): NodeRecord {
  return toNodeRecordOfKind(stored, kindOfLabels(texts(stored, 'labels')));
}

/** The record of a node of a kind the caller knows, read without its labels. */
export function toNodeRecordOfKind(stored: StoredProperties, kind: NodeKind): NodeRecord {
  const id = text(stored, 'id') ?? '';
  const provenance = readProvenance(stored);
  switch (kind) {
    case 'Person':
    case 'Organisation':
    case 'Place': {
      const entity = {
        id,
        provenance,
        name: text(stored, 'name') ?? id,
        names: readLocalizedNames(stored),
        aliases: texts(stored, 'aliases'),
        description: text(stored, 'description'),
      };
      const externalIds = texts(stored, 'externalIds').flatMap((key) => externalIdOfKey(key) ?? []);
      if (kind === 'Person') return { kind, ...entity, externalIds };
      if (kind === 'Organisation') {
        return { kind, ...entity, externalIds, organisationKind: (text(stored, 'organisationKind') ?? 'OTHER') as OrganisationKind };
      }
      return {
        kind,
        ...entity,
        placeKind: (text(stored, 'placeKind') ?? 'OTHER') as PlaceKind,
        latitude: number(stored, 'latitude'),
        longitude: number(stored, 'longitude'),
      };
    }
    case 'Statement':
      return {
        kind,
        id,
        provenance,
        text: text(stored, 'text') ?? '',
        language: text(stored, 'language') ?? 'und',
        translation: text(stored, 'translation'),
        summary: text(stored, 'summary'),
        date: readDate(stored, 'date'),
        verificationStatus: (text(stored, 'verificationStatus') ?? 'UNVERIFIED') as VerificationStatus,
        verificationNote: text(stored, 'verificationNote'),
        disputeCount: number(stored, 'disputeCount') ?? 0,
      };
    case 'Source':
      return {
        kind,
        id,
        provenance,
        title: text(stored, 'title') ?? id,
        publisher: text(stored, 'publisher'),
        url: text(stored, 'url'),
        published: readDate(stored, 'published'),
        language: text(stored, 'language') ?? 'und',
        text: text(stored, 'text') ?? '',
        description: text(stored, 'description'),
        reliability: text(stored, 'reliability') as ReliabilityGrade | null,
        authors: Array.isArray(stored['authors']) ? (stored['authors'] as string[]) : [],
        publishedBy: text(stored, 'publishedBy'),
        accessed: readDate(stored, 'accessed'),
        archiveUrl: text(stored, 'archiveUrl'),
      };
  }
}

export function toRelationshipProperties(stored: StoredProperties): RelationshipProperties {
  return {
    id: text(stored, 'id') ?? '',
    provenance: readProvenance(stored),
    date: readDate(stored, 'date'),
    medium: text(stored, 'medium'),
    quote: text(stored, 'quote'),
    strength: text(stored, 'strength') as ConfirmationStrength | null,
    reason: text(stored, 'reason'),
    statementId: text(stored, 'statementId'),
    start: number(stored, 'start'),
    end: number(stored, 'end'),
    role: text(stored, 'role'),
    since: readDate(stored, 'since'),
    until: readDate(stored, 'until'),
    basis: text(stored, 'basis') as Basis | null,
    inferredBy: text(stored, 'inferredBy'),
    knownBy: text(stored, 'knownBy'),
    sources: readRelationshipSources(stored),
    hedged: typeof stored['hedged'] === 'boolean' ? stored['hedged'] : null,
    credibility: number(stored, 'credibility'),
    quoteLocation: readQuoteLocation(stored),
  };
}

function readRelationshipSources(stored: StoredProperties): RelationshipSource[] {
  if (!Array.isArray(stored['sourceIds'])) return [];
  const [ids, quotes, starts, ends] = ['sourceIds', 'sourceQuotes', 'sourceStarts', 'sourceEnds'].map((key) =>
    Array.isArray(stored[key]) ? (stored[key] as unknown[]) : [],
  );
  return ids!.flatMap((sourceId, index) => {
    const [quote, start, end] = [quotes![index], starts![index], ends![index]];
    return typeof sourceId === 'string' && typeof quote === 'string' && typeof start === 'number' && typeof end === 'number'
      ? [{ sourceId, quote, start, end }]
      : [];
  });
}

function readQuoteLocation(stored: StoredProperties): QuoteLocation | null {
  const [sourceId, start, end] = [text(stored, 'quoteSourceId'), number(stored, 'quoteStart'), number(stored, 'quoteEnd')];
  return sourceId === null || start === null || end === null ? null : { sourceId, start, end };
}

export function toRelationshipRecord(
  type: RelationshipType,
  stored: StoredProperties,
  from: NodeRecord,
  to: NodeRecord,
): RelationshipRecord {
  return { ...toRelationshipProperties(stored), type, from, to };
}

/**
 * Cypher: whether a relationship holds at some time in the period from `start` to `end` (either may be null, open):
 * one without since or until holds always, as far as anyone said.
 */
// The period's bounds come first, so that without one no relationship's properties need be read.
export const holdsDuring = (relationship: string, start: string, end: string) =>
  `((${end} IS NULL OR ${relationship}.sinceStart IS NULL OR ${relationship}.sinceStart <= ${end}) AND ` +
  `(${start} IS NULL OR ${relationship}.untilEnd IS NULL OR ${relationship}.untilEnd >= ${start}))`;
