export const nodeKinds = ['Person', 'Organisation', 'Place', 'Statement', 'Source'] as const;
export type NodeKind = (typeof nodeKinds)[number];

export const actorKinds = ['Person', 'Organisation'] as const satisfies readonly NodeKind[];
export type ActorKind = (typeof actorKinds)[number];
/** The kinds an admin may merge two of into one, whose retired ids keep answering as the node they became. */
export const mergeableKinds: readonly NodeKind[] = ['Statement', ...actorKinds];
export const entityKinds = ['Person', 'Organisation', 'Place'] as const satisfies readonly NodeKind[];
export type EntityKind = (typeof entityKinds)[number];

/** What an article may attribute to someone: the relationships from an actor that a reviewer settles. */
export const attributionKinds = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'BLAMES'] as const;
export type AttributionKind = (typeof attributionKinds)[number];

/**
 * What a reviewer made of a suggestion: kept as it was, kept with edits, or rejected; or an attribution the rules
 * missed, added by hand.
 */
export const attributionDecisions = ['ACCEPTED', 'EDITED', 'REJECTED', 'ADDED'] as const;
export type AttributionDecision = (typeof attributionDecisions)[number];

/** What a reviewer changed in a suggestion before keeping it. */
export const attributionEdits = ['SPEAKER', 'SPEAKER_KIND', 'KIND', 'TEXT', 'TARGET', 'HEDGED'] as const;
export type AttributionEdit = (typeof attributionEdits)[number];

/**
 * The kind of a new blamed party when the words do not say: an organisation, since what is blamed in the news is
 * mostly a body (a government, a council, an army, a company). The draft and the review page both read it.
 */
export const untypedBlamedKind = 'Organisation' satisfies (typeof actorKinds)[number];


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
  'CONTRADICTS',
  'SUPPORTS',
  'RESPONDS_TO',
  'OPPOSES',
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
  CONTRADICTS: { from: ['Statement'], to: ['Statement'] },
  SUPPORTS: { from: ['Statement'], to: ['Statement'] },
  RESPONDS_TO: { from: ['Statement'], to: ['Statement'] },
  OPPOSES: { from: ['Organisation'], to: ['Organisation'] },
};

/**
 * The statements a stored relationship rests on: the statement a blame was made in, the statement at a claim's,
 * confirmation's, mention's or appearance's end, both statements of two that answer each other; none for a
 * structural relationship (a membership, a part, a location, an opposition), which no one statement makes.
 */
export function statementsBehind(type: RelationshipType, from: string, to: string, statementId: string | null): string[] {
  if (type === 'BLAMES') return statementId === null ? [] : [statementId];
  const ends = relationshipEnds[type];
  const onlyStatements = (kinds: readonly NodeKind[]) => kinds.length === 1 && kinds[0] === 'Statement';
  return [...(onlyStatements(ends.from) ? [from] : []), ...(onlyStatements(ends.to) ? [to] : [])];
}

/**
 * The structural relationships (a lead, a membership, a part, a location, an opposition): they hold for a time, and may
 * say since and until when; no one statement makes them, so each may name the sources that state it or whose background
 * knowledge it is.
 */
export const structuralTypes = ['LEADS', 'MEMBER_OF', 'PART_OF', 'LOCATED_IN', 'OPPOSES'] as const satisfies readonly RelationshipType[];
export type StructuralType = (typeof structuralTypes)[number];
export const isStructuralType = (type: string): type is StructuralType => (structuralTypes as readonly string[]).includes(type);

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
/** The strength of a confirmation that records none. */
export const defaultConfirmationStrength: ConfirmationStrength = 'MODERATE';

/**
 * What a relationship rests on: a confirmation or dispute is the actor's own act (STATED) or someone's reading of it
 * (INFERRED); a structural relationship may be someone's background knowledge (BACKGROUND) rather than any source's words.
 */
export const bases = ['STATED', 'INFERRED', 'BACKGROUND'] as const;
export type Basis = (typeof bases)[number];
/** The basis of a confirmation or dispute that records none: the actor's own words. */
export const defaultBasis: Basis = 'STATED';
/**
 * The Admiralty grades analysts give: a source's reliability, A (completely reliable) to F (cannot be judged), and
 * a piece of information's credibility, 1 (confirmed by other sources) to 6 (truth cannot be judged).
 */
export const reliabilityGrades = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type ReliabilityGrade = (typeof reliabilityGrades)[number];
export const credibilityGrades = [1, 2, 3, 4, 5, 6] as const;

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

/** What a list of statements may be ordered by, besides its id. */
export const statementOrderFields = ['CONFIRMATIONS', 'DISPUTES', 'CLAIMANTS', 'SOURCES', 'DATE'] as const;
export type StatementOrderField = (typeof statementOrderFields)[number];

/** The registries whose ids join an entity with other datasets. */
export const externalIdSchemes = ['WIKIDATA', 'ISNI', 'VIAF', 'OPENSANCTIONS', 'URL'] as const;
export type ExternalIdScheme = (typeof externalIdSchemes)[number];
