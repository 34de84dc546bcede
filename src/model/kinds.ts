import { foldDiacritics, transliterateCyrillic } from './names.js';

/** The most items any list in a request may hold: ids, kinds, types, actors (src/http/list-bounds.ts). */
export const maxListLength = 100;

export const nodeKinds = ['Person', 'Organisation', 'Place', 'Statement', 'Source'] as const;
export type NodeKind = (typeof nodeKinds)[number];

export const actorKinds = ['Person', 'Organisation'] as const satisfies readonly NodeKind[];
export const entityKinds = ['Person', 'Organisation', 'Place'] as const satisfies readonly NodeKind[];
export type EntityKind = (typeof entityKinds)[number];

/** Ids read "person:yevgeny-prigozhin": the prefix names the kind, so an id alone finds its node. */
const idPrefixes: Record<NodeKind, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Place: 'place',
  Statement: 'statement',
  Source: 'source',
};

/** A readable id made from a name or text: "Jevgeni Prigozjin" as a Person → "person:jevgeni-prigozjin". */
export function idFromText(kind: NodeKind, text: string): string {
  const slug = foldDiacritics(transliterateCyrillic(text))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${idPrefixes[kind]}:${slug || 'unnamed'}`;
}

export function kindOfId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return nodeKinds.find((kind) => idPrefixes[kind] === prefix);
}

export const relationshipTypes = [
  'CLAIMS',
  'CONFIRMS',
  'DISPUTES',
  'BLAMES',
  'MENTIONS',
  'REPORTED_IN',
  'LEADS',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** Which kinds each relationship joins; the importer and the mutations check edges against it. */
export const relationshipEnds: Record<RelationshipType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  CLAIMS: { from: actorKinds, to: ['Statement'] },
  CONFIRMS: { from: actorKinds, to: ['Statement'] },
  DISPUTES: { from: actorKinds, to: ['Statement'] },
  BLAMES: { from: actorKinds, to: actorKinds },
  MENTIONS: { from: ['Statement'], to: entityKinds },
  REPORTED_IN: { from: ['Statement'], to: ['Source'] },
  LEADS: { from: ['Person'], to: ['Organisation'] },
  MEMBER_OF: { from: ['Person'], to: ['Organisation'] },
  PART_OF: { from: ['Organisation'], to: ['Organisation'] },
  LOCATED_IN: { from: ['Place'], to: ['Place'] },
};

export type Direction = 'OUTGOING' | 'INCOMING';

/** The kinds a relationship of this type may reach from a node it leaves (OUTGOING) or enters (INCOMING). */
export const farKindsOf = (type: RelationshipType, direction: Direction): readonly NodeKind[] =>
  direction === 'OUTGOING' ? relationshipEnds[type].to : relationshipEnds[type].from;

export const datePrecisions = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

export const verificationStatuses = ['UNVERIFIED', 'PLAUSIBLE', 'CONFIRMED', 'DISPUTED', 'FALSE'] as const;
export type VerificationStatus = (typeof verificationStatuses)[number];

export const confirmationStrengths = ['STRONG', 'MODERATE', 'WEAK'] as const;
export type ConfirmationStrength = (typeof confirmationStrengths)[number];

export const organisationKinds = [
  'MILITARY_UNIT',
  'MERCENARY_GROUP',
  'ARMED_FORCES',
  'MILITARY_COMMAND',
  'GOVERNMENT',
  'STATE',
  'PLATFORM',
  'ANALYSTS',
  'MEDIA',
  'OTHER',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const placeKinds = ['CITY', 'REGION', 'COUNTRY', 'OTHER'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export type LocalizedName = Readonly<{ language: string; name: string }>;

/** A date known to a year, a month or a day, and the first and last day it may mean. */
export type PartialDate = Readonly<{ value: string; precision: DatePrecision; start: string; end: string }>;

/**
 * Who wrote a node or relationship through claimgraph and when (ISO 8601, UTC); all null where it was
 * written by other means.
 */
export type Provenance = Readonly<{
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}>;

/** The author and moment of one write, recorded as provenance on what it creates or changes. */
export type WriteStamp = Readonly<{ author: string; at: string }>;

type NodeFields<Kind extends NodeKind> = Readonly<{ kind: Kind; id: string; provenance: Provenance }>;

type EntityFields = Readonly<{
  name: string;
  names: readonly LocalizedName[];
  aliases: readonly string[];
  description: string | null;
}>;

export type PersonRecord = NodeFields<'Person'> & EntityFields;
export type OrganisationRecord = NodeFields<'Organisation'> &
  EntityFields &
  Readonly<{ organisationKind: OrganisationKind }>;
export type PlaceRecord = NodeFields<'Place'> &
  EntityFields &
  Readonly<{ placeKind: PlaceKind; latitude: number | null; longitude: number | null }>;
export type StatementRecord = NodeFields<'Statement'> &
  Readonly<{
    text: string;
    language: string;
    translation: string | null;
    summary: string | null;
    date: PartialDate | null;
    verificationStatus: VerificationStatus;
    verificationNote: string | null;
  }>;
export type SourceRecord = NodeFields<'Source'> &
  Readonly<{
    title: string;
    publisher: string | null;
    url: string | null;
    published: PartialDate | null;
    language: string;
    text: string;
    description: string | null;
  }>;

export type EntityRecord = PersonRecord | OrganisationRecord | PlaceRecord;
export type ActorRecord = PersonRecord | OrganisationRecord;
export type NodeRecord = EntityRecord | StatementRecord | SourceRecord;

/** What a relationship says beyond its type and ends. */
export type RelationshipProperties = Readonly<{
  id: string;
  provenance: Provenance;
  date: PartialDate | null;
  medium: string | null;
  quote: string | null;
  strength: ConfirmationStrength | null;
  reason: string | null;
  statementId: string | null;
  start: number | null;
  end: number | null;
  role: string | null;
}>;

export type RelationshipRecord = RelationshipProperties &
  Readonly<{
    type: RelationshipType;
    from: NodeRecord;
    to: NodeRecord;
  }>;
