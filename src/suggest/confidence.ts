import type { Evidence } from './content.js';
import type { AttributionKind } from './lexicon/lexicon.js';

/*
 * Confidence: how likely a suggestion is to be right, from what the rules saw when they made it. Each piece of evidence
 * adds to or takes from the log-odds of a base, and the sum becomes a probability. The weights were fitted on the
 * tuned-on articles (eval/articles/) and rounded; never on the held-out set.
 */

/** How the speaker was found: named where the cue is, by a description ("the company"), or by a pronoun. */
export type SpeakerReach = 'name' | 'description' | 'pronoun';

/** What the rules saw when they made a suggestion, each a general property of the sentence, not of one article. */
export type ConfidenceSignals = Readonly<{
  kind: AttributionKind;
  /** A quote next to its tag, a reported clause, a source phrase ("according to"), or carried from the sentence before. */
  evidence: Evidence;
  speakerReach: SpeakerReach;
  /** A spokesperson or anonymous source: the speaker is an organisation or group, not a named person. */
  unnamed: boolean;
  /** One of two or more speakers the cue has ("X and Y said", "they" for two people). */
  shared: boolean;
  /** Nothing in the words says whether the speaker is a person or an organisation. */
  speakerKindUncertain: boolean;
  /** The speaker's name occurs elsewhere in the article too: a one-off capitalised word is often no name at all. */
  speakerRecurs: boolean;
  /** A blame whose blamed party was found. */
  targetFound: boolean;
  hedged: boolean;
  /** Read off another suggestion: a claim's endorsement of earlier reports, or the quote after a blame's colon. */
  derived: boolean;
  /** The content is a short phrase rather than a clause ("denied the threat" gives the whole sentence instead). */
  shortContent: boolean;
}>;

/** Log-odds of the base case: a named speaker's reported clause, by a speech verb. */
const base = 2.4;

const evidenceWeight: Readonly<Record<Evidence, number>> = { quote: 1.2, reported: 0, source: -0.4, carried: -1.4 };
const reachWeight: Readonly<Record<SpeakerReach, number>> = { name: 0, description: -0.6, pronoun: -0.8 };
const kindWeight: Readonly<Record<AttributionKind, number>> = { CLAIMS: 0, CONFIRMS: -0.2, DISPUTES: -0.2, BLAMES: -0.2 };

/**
 * The signs and order follow the fit of `npm run eval:calibrate` on eval/articles/ (a quote beats a reported clause,
 * which beats a source phrase; a name beats a description, which beats a pronoun); the sizes are rounded and widened
 * where that set has too few wrong suggestions to tell them.
 */
export const confidenceWeights = {
  base, evidence: evidenceWeight, reach: reachWeight, kind: kindWeight,
  unnamed: -0.3, shared: -0.7, speakerKindUncertain: -0.3, speakerRecurs: 0.3, targetFound: 0.2, hedged: -0.3, derived: -0.9, shortContent: -0.3,
} as const;

export function confidenceOf(signals: ConfidenceSignals): number {
  const weights = confidenceWeights;
  const logOdds = weights.base + weights.evidence[signals.evidence] + weights.reach[signals.speakerReach] + weights.kind[signals.kind]
    + (signals.unnamed ? weights.unnamed : 0)
    + (signals.shared ? weights.shared : 0)
    + (signals.speakerKindUncertain ? weights.speakerKindUncertain : 0)
    + (signals.speakerRecurs ? weights.speakerRecurs : 0)
    + (signals.kind === 'BLAMES' && signals.targetFound ? weights.targetFound : 0)
    + (signals.hedged ? weights.hedged : 0)
    + (signals.derived ? weights.derived : 0)
    + (signals.shortContent ? weights.shortContent : 0);
  return Math.round(100 / (1 + Math.exp(-logOdds))) / 100;
}

/** What the confidence is made of, for the API's descriptions. */
export const confidenceDescription =
  'Scored from the evidence the rules saw: a direct quote next to its speaker tag counts most, then a reported clause, ' +
  'then a source phrase ("according to"), then a sentence carried over from the speaker before; a speaker named where the ' +
  'cue is counts more than one found by a description ("the company") or a pronoun; less for an unnamed source, a cue ' +
  'shared by two speakers, a speaker of uncertain kind, a hedge, a bare phrase read as its whole sentence, a suggestion ' +
  'read off another, a blame without its blamed party; more for a speaker the article names again. Calibrated on the ' +
  'tuned-on articles; eval/RESULTS.md gives precision and recall at each threshold.';
