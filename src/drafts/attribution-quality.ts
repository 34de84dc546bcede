import type { DecisionTally } from '../data/attribution-decisions.js';
import { attributionEdits, attributionKinds, type AttributionEdit, type AttributionKind } from '../model/kinds.js';

/** How many suggestions reviewers accepted as they were, edited, rejected, and how many attributions they added. */
export type DecisionCounts = Readonly<{ accepted: number; edited: number; rejected: number; added: number }>;

export type KindQuality = DecisionCounts & Readonly<{ kind: AttributionKind }>;

/** The rules as reviewers found them, for one language. */
export type AttributionQuality = DecisionCounts &
  Readonly<{
    language: string;
    rulesVersions: readonly string[];
    kinds: readonly KindQuality[];
    /** How often each edit was made to a suggestion kept, in the order of `attributionEdits`; edits never made are left out. */
    edits: ReadonlyArray<Readonly<{ edit: AttributionEdit; count: number }>>;
  }>;

/** Suggestions decided on: accepted, edited or rejected (not the attributions added by hand). */
export const decidedOf = (counts: DecisionCounts): number => counts.accepted + counts.edited + counts.rejected;

/** Accepted unedited, of the suggestions decided on; null before any decision. */
export const precisionOf = (counts: DecisionCounts): number | null => share(counts.accepted, decidedOf(counts));

/** Kept (as they were or edited), of the suggestions decided on. */
export const keptShareOf = (counts: DecisionCounts): number | null => share(counts.accepted + counts.edited, decidedOf(counts));

/** Of the attributions reviewers kept, the share the rules had suggested: the others they had to add by hand. */
export const recallProxyOf = (counts: DecisionCounts): number | null => {
  const kept = counts.accepted + counts.edited;
  return share(kept, kept + counts.added);
};

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** The tallies of the stored decisions, summed per language (in the order of their names) and per kind suggested. */
export function attributionQuality(tallies: readonly DecisionTally[]): AttributionQuality[] {
  const languages = [...new Set(tallies.map((tally) => tally.language))].sort();
  return languages.map((language) => {
    const ofLanguage = tallies.filter((tally) => tally.language === language);
    const edits = attributionEdits
      .map((edit) => ({ edit, count: sum(ofLanguage.filter((tally) => tally.edits.includes(edit))) }))
      .filter(({ count }) => count > 0);
    return {
      language,
      rulesVersions: [...new Set(ofLanguage.map((tally) => tally.rulesVersion))].sort(),
      ...countsOf(ofLanguage),
      kinds: attributionKinds.map((kind) => ({ kind, ...countsOf(ofLanguage.filter((tally) => tally.kind === kind)) })).filter((kind) => decidedOf(kind) + kind.added > 0),
      edits,
    };
  });
}

function countsOf(tallies: readonly DecisionTally[]): DecisionCounts {
  const of = (decision: DecisionTally['decision']) => sum(tallies.filter((tally) => tally.decision === decision));
  return { accepted: of('ACCEPTED'), edited: of('EDITED'), rejected: of('REJECTED'), added: of('ADDED') };
}

const sum = (tallies: readonly DecisionTally[]): number => tallies.reduce((total, tally) => total + tally.count, 0);
