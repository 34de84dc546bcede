import type { ConfirmationStrength } from '../model/kinds.js';
import type { EntityRecord, StatementRecord } from '../model/records.js';
import type { AttributionKind } from '../suggest/suggest.js';

/** Who said or is blamed: an entity of the graph, or one to create under this name. */
export type DraftEntity = EntityRecord | Readonly<{ kind: 'Person' | 'Organisation'; name: string }>;

/** One attribution as a reviewer keeps it (or as the rules suggest it, before review). */
export type ReviewedAttribution = Readonly<{
  kind: AttributionKind;
  speaker: DraftEntity;
  /** Offsets into the article's text of what is asserted. */
  content: Readonly<{ start: number; end: number }>;
  target: DraftEntity | null;
  hedged: boolean;
  strength?: ConfirmationStrength | null;
  /** An existing statement this is another report of (for a dispute: the statement disputed): the article becomes one more source of it. */
  sameAs: StatementRecord | null;
  /** The people, organisations and places the content names. */
  mentions: readonly DraftEntity[];
}>;
