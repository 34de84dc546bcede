import { describe, expect, it } from 'vitest';
import { editsOf, keptDecision, type SuggestionFacts } from '../src/drafts/attribution-decisions.js';
import type { ReviewedAttribution } from '../src/drafts/draft-document.js';
import type { EntityRecord } from '../src/model/records.js';

/** An entity of the graph, with only what the comparison reads. */
const stored = (entity: Pick<EntityRecord, 'kind' | 'id' | 'name' | 'names' | 'aliases'>) => entity as EntityRecord;

const suggestion: SuggestionFacts = {
  kind: 'BLAMES',
  start: 10,
  end: 40,
  speakerName: 'Jevgeni Prigozjin',
  speakerKind: 'Person',
  speakerCandidates: [],
  targetName: 'de legertop',
  targetCandidates: ['organisation:russian-military-command'],
  hedged: false,
  confidence: 0.8,
};
const asSuggested: ReviewedAttribution = {
  kind: 'BLAMES',
  speaker: { kind: 'Person', name: 'Jevgeni Prigozjin' },
  content: { start: 10, end: 40 },
  target: stored({ kind: 'Organisation', id: 'organisation:russian-military-command', name: 'Russian military command', names: [], aliases: [] }),
  hedged: false,
  sameAs: null,
  mentions: [],
};
const prigozhin = stored({
  kind: 'Person',
  id: 'person:yevgeny-prigozhin',
  name: 'Yevgeny Prigozhin',
  names: [{ language: 'nl', name: 'Jevgeni Prigozjin' }],
  aliases: ['Prigozhin'],
});

describe('what a reviewer changed in a suggestion before keeping it', () => {
  it('is nothing when the attribution is kept as suggested, which is then ACCEPTED', () => {
    expect(editsOf(suggestion, asSuggested)).toEqual([]);
    expect(keptDecision(suggestion, asSuggested)).toEqual({ decision: 'ACCEPTED', suggestion, edits: [] });
  });

  it('does not count a speaker of the graph that has the suggested name among its spellings, in any case or accent', () => {
    expect(editsOf(suggestion, { ...asSuggested, speaker: prigozhin })).toEqual([]);
    expect(editsOf({ ...suggestion, speakerName: 'JEVGENI PRIGOZJIN' }, asSuggested)).toEqual([]);
  });

  it('counts another speaker, another kind of speaker, kind, words, blamed party and hedge, in that order, and the decision is EDITED', () => {
    const edited: ReviewedAttribution = {
      ...asSuggested,
      kind: 'CLAIMS',
      speaker: { kind: 'Organisation', name: 'Wagner' },
      content: { start: 10, end: 41 },
      hedged: true,
    };
    expect(editsOf(suggestion, edited)).toEqual(['SPEAKER', 'SPEAKER_KIND', 'KIND', 'TEXT', 'HEDGED']);
    expect(editsOf(suggestion, { ...asSuggested, target: { kind: 'Organisation', name: 'Kremlin' } })).toEqual(['TARGET']);
    expect(keptDecision(suggestion, edited).decision).toBe('EDITED');
  });

  it('counts the same name kept as an organisation as a change of kind only', () => {
    expect(editsOf(suggestion, { ...asSuggested, speaker: { kind: 'Organisation', name: 'Jevgeni Prigozjin' } })).toEqual(['SPEAKER_KIND']);
  });

  it('counts no change of kind where the rules could not tell, and a blamed party where none was suggested', () => {
    expect(editsOf({ ...suggestion, speakerKind: null }, { ...asSuggested, speaker: { kind: 'Organisation', name: 'Jevgeni Prigozjin' } })).toEqual([]);
    expect(editsOf({ ...suggestion, kind: 'CLAIMS', targetName: null, targetCandidates: [] }, asSuggested)).toEqual(['KIND', 'TARGET']);
  });

  it('makes an attribution with no suggestion ADDED', () => {
    expect(keptDecision(null, asSuggested)).toEqual({ decision: 'ADDED', suggestion: null, edits: [] });
  });
});
