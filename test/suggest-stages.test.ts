import { describe, expect, it } from 'vitest';
import { Discourse } from '../src/suggest/coreference.js';
import { findCues, phrasesPattern } from '../src/suggest/cues.js';
import { isRefusal } from '../src/suggest/hedges.js';
import { languages, lexiconOf } from '../src/suggest/lexicon/lexicon.js';
import { findMentions } from '../src/suggest/mentions.js';
import { datelineLength, isHeading } from '../src/suggest/sentences.js';
import { tokenize } from '../src/suggest/tokens.js';

const english = lexiconOf('en');
const dutch = lexiconOf('nl');

describe('the lexicons', () => {
  it('hold every class for each language, and a phrase notation the cue stage reads', () => {
    for (const language of languages) {
      const lexicon = lexiconOf(language);
      expect(lexicon.language).toBe(language);
      for (const kind of ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'BLAMES']) expect(lexicon.cues.some((cue) => cue.kind === kind)).toBe(true);
    }
    expect(phrasesPattern(['wilde … niet reageren'], dutch).test('Hij wilde dinsdag nog niet reageren.')).toBe(true);
    expect(phrasesPattern(['blame|blames {target} >for'], english).exec('They blame the board for it.')?.groups?.target).toBe('the board');
  });
});

describe('segment', () => {
  it('sets headings and datelines apart', () => {
    const text = 'Council says fees will rise\nThe council said fees would rise.';
    expect(isHeading(text, { start: 0, end: 27 })).toBe(true);
    expect(isHeading(text, { start: 28, end: text.length })).toBe(false);
    expect(datelineLength('LONDON (Reuters) - The council said')).toBe('LONDON (Reuters) - '.length);
    expect(datelineLength('The council said')).toBe(0);
  });
});

describe('quotations and cues', () => {
  it('finds cues by kind, with the blamed party, and refusals', () => {
    const frame = 'De wethouder legt de schuld bij de aannemer.';
    expect(findCues(frame, 0, frame.length, 'nl').map((cue) => [cue.kind, cue.target && frame.slice(cue.target.start, cue.target.end)])).toEqual([['BLAMES', 'de aannemer']]);
    expect(isRefusal('The ministry declined to comment.', 'en')).toBe(true);
    expect(isRefusal('The ministry said it would comment later.', 'en')).toBe(false);
  });
});

describe('mentions', () => {
  it('reads names, titles, organisations and unnamed sources', () => {
    const text = 'A spokeswoman for the ministry and Senator Mary Lane';
    const mentions = findMentions(english, text, tokenize(text, 0, text.length), new Set([0]));
    expect(mentions.map((mention) => [mention.name, mention.kind, mention.unnamed, mention.kindCertain])).toEqual([
      ['ministry', 'Organisation', true, true],
      ['Mary Lane', 'Person', false, true],
    ]);
  });
});

describe('coreference', () => {
  it('resolves pronouns by gender and number', () => {
    const discourse = new Discourse(english);
    const text = 'Mr Ed Moss and Mrs Joan Hale';
    const [moss, hale] = findMentions(english, text, tokenize(text, 0, text.length), new Set([0])).map((mention) => discourse.entityFor(mention));
    discourse.remember(moss!);
    discourse.remember(hale!);
    expect(discourse.resolvePronoun('he', false)?.name).toBe('Ed Moss');
    expect(discourse.resolvePronoun('she', false)?.name).toBe('Joan Hale');
    discourse.rememberPair(moss!, hale!);
    expect(discourse.resolvePronoun('they', false)?.members?.map((member) => member.name)).toEqual(['Ed Moss', 'Joan Hale']);
  });
});
