import type { Basis, ExternalIdScheme, ConfirmationStrength, ReliabilityGrade, DatePrecision, NodeKind, OrganisationKind, PlaceKind, RelationshipType, VerificationStatus } from './kinds.js';

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

/** People and organisations may carry their ids in registries such as Wikidata. */
type ActorFields = Readonly<{ externalIds: readonly ExternalId[] }>;

export type PersonRecord = NodeFields<'Person'> & EntityFields & ActorFields;
export type OrganisationRecord = NodeFields<'Organisation'> &
  EntityFields &
  ActorFields &
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
    /** How many times it is disputed, as the statement keeps count (data/statement-counts.ts). */
    disputeCount: number;
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
    /** Its Admiralty reliability grade, A (best) to F; null when nobody graded it. */
    reliability: ReliabilityGrade | null;
    /** The bylines, as printed. */
    authors: readonly string[];
    /** The organisation (a news outlet) that published it: its id. */
    publishedBy: string | null;
    /** When it was read at `url`, and where an archived copy is. */
    accessed: PartialDate | null;
    archiveUrl: string | null;
  }>;

export type EntityRecord = PersonRecord | OrganisationRecord | PlaceRecord;
export type ActorRecord = PersonRecord | OrganisationRecord;
export type NodeRecord = EntityRecord | StatementRecord | SourceRecord;
/** The record of a node of this kind: RecordOfKind<'Person'> is a PersonRecord. */
export type RecordOfKind<Kind extends NodeKind> = Extract<NodeRecord, { kind: Kind }>;

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
  /** For a relationship that holds for a time (a membership, a part, a location, an opposition): since when, until when. */
  since: PartialDate | null;
  until: PartialDate | null;
  /** For CONFIRMS and DISPUTES: stated by the actor, or inferred by someone else (`inferredBy`, an actor's id). */
  basis: Basis | null;
  inferredBy: string | null;
  /** For a structural relationship resting on BACKGROUND knowledge: whose. */
  knownBy: string | null;
  /** For a structural relationship: the sources that state it, with their words and where those stand. */
  sources: readonly RelationshipSource[];
  /** For CLAIMS: reported as conditional or second-hand ("zouden", "reportedly"). */
  hedged: boolean | null;
  /** For REPORTED_IN: the Admiralty credibility of what the source says there, 1 (best) to 6. */
  credibility: number | null;
  /** For CLAIMS, CONFIRMS and DISPUTES with a quote: where a source reporting the statement has those words. */
  quoteLocation: QuoteLocation | null;
}>;

/** A source's words stating a structural relationship, and where they stand in its text (UTF-16 offsets). */
export type RelationshipSource = Readonly<{ sourceId: string; quote: string; start: number; end: number }>;

/** Where a quote stands in a source's text, in UTF-16 offsets. */
export type QuoteLocation = Readonly<{ sourceId: string; start: number; end: number }>;

export type RelationshipRecord = RelationshipProperties &
  Readonly<{
    type: RelationshipType;
    from: NodeRecord;
    to: NodeRecord;
  }>;

/** An entity's id in a registry, e.g. WIKIDATA Q7747 (Vladimir Putin). */
export type ExternalId = Readonly<{ scheme: ExternalIdScheme; value: string }>;
