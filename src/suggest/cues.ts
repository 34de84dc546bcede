import type { Language } from './language.js';

export type AttributionKind = 'CLAIMS' | 'CONFIRMS' | 'DISPUTES' | 'BLAMES';

/**
 * How a cue finds its speaker: a speech verb has a subject before or after it; "volgens X" and
 * "according to X" name the source right after them, with the content around; "…, aldus X" names it
 * after the content.
 */
export type CueForm = 'verb' | 'sourceBefore' | 'sourceAfter';

export type Cue = Readonly<{
  kind: AttributionKind;
  form: CueForm;
  start: number;
  end: number;
  /** Where a split cue holds its speaker: "maakt Biletski zich sterk". */
  speakerRange: Readonly<{ start: number; end: number }> | null;
  target: Readonly<{ start: number; end: number }> | null;
  /** The blamed party comes before the verb, as in Dutch subordinate clauses. */
  targetFirst: boolean;
}>;

type CueDefinition = Readonly<{ kind: AttributionKind; form: CueForm; pattern: RegExp; targetFirst?: boolean }>;

const targetPhrase = '(?<target>[^,.;:\\uE000]{1,80}?)';

/**
 * A name before "met de vinger wijst": at most six capitalised words of at most 41 characters each. The pattern is
 * tried at every capital, so a name without bounds would read a whole run of capitalised words from each of them.
 */
const capitalisedName = '\\p{Lu}[^\\s,.;:]{0,40}(?:\\s+\\p{Lu}[^\\s,.;:]{0,40}){0,5}';

/** Cues match in any case, except those that find a name by its capital. */
function cue(kind: AttributionKind, form: CueForm, source: string, targetFirst = false): CueDefinition {
  return { kind, form, targetFirst, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, targetFirst ? 'dgu' : 'dgiu') };
}

const dutch: readonly CueDefinition[] = [
  cue('CLAIMS', 'sourceBefore', 'volgens'),
  cue('CLAIMS', 'sourceAfter', 'aldus'),
  cue('CLAIMS', 'verb', [
    'zeg(?:t|gen)', 'zei(?:den)?', 'stel(?:t|len|de|den)', 'meld(?:t|en|de|den)', 'claim(?:t|en|de|den)', 'schrijf(?:t)?', 'schrijven', 'schreef', 'schreven',
    'verklaar(?:t|de|den)', 'verklaren', 'benadruk(?:t|ken|te|ten)', 'waarschuw(?:t|en|de|den)', 'dreig(?:t|en|de|den)', 'beweer(?:t|de|den)', 'beweren',
    'meent', 'menen', 'meende(?:n)?', 'beschouw(?:t|en|de|den)', 'twee?t(?:te|ten)?', 'twitter(?:t|de|den)',
  ].join('|')),
  cue('CLAIMS', 'verb', `(?:laat|laten|liet|lieten)(?:\\s+(?<speaker>[^,.;:\\uE000]{1,40}?))?\\s+weten`),
  cue('CLAIMS', 'verb', `(?:maak(?:t|en)|maakte(?:n)?)(?:\\s+(?<speaker>[^,.;:\\uE000]{1,40}?))?\\s+zich\\s+sterk`),
  cue('CLAIMS', 'verb', '(?:is|zijn|was|waren)\\s+het\\s+(?:er\\s*over\\s+|daarover\\s+|met\\s+elkaar\\s+)?(?:over\\s+)?eens'),
  cue('CONFIRMS', 'verb', 'bevestig(?:t|en|de|den)|erken(?:t|nen|de|den)|(?:geeft|geven|gaf|gaven)\\s+toe'),
  cue('DISPUTES', 'verb', [
    'ontken(?:t|nen|de|den)', 'betwist(?:en|te|ten)?', 'verwerp(?:t|en)', 'verwierp(?:en)?', 'weerleg(?:t|gen|de|den)',
    '(?:spreekt|spreken|sprak|spraken)(?:\\s+(?:dat|dit|die|het))?\\s+tegen', '(?:gelooft|geloven|geloofde|geloofden)\\s+niet',
    '(?:ziet|zien|zag|zagen)\\s+(?:dat|dit|het)\\s+anders', '(?:is|zijn|was|waren)\\s+het\\s+(?:daar\\s+|er\\s+)?niet\\s+mee\\s+eens',
  ].join('|')),
  cue('BLAMES', 'verb', `beschuldig(?:t|en|de|den)\\s+${targetPhrase}(?=\\s+(?:ervan|van|dat|voor)(?![\\p{L}])|\\s*[,.;:]|$)`),
  cue('BLAMES', 'verb', `(?:geeft|geven|gaf|gaven)\\s+${targetPhrase}\\s+de\\s+schuld`),
  cue('BLAMES', 'verb', `(?:geeft|geven|gaf|gaven)\\s+de\\s+schuld\\s+aan\\s+${targetPhrase}(?=\\s+(?:van|voor|omdat)(?![\\p{L}])|\\s*[,.;:]|$)`),
  cue('BLAMES', 'verb', `(?:wijst|wijzen|wees|wezen)(?:\\s+(?:met\\s+)?de\\s+vinger)?\\s+naar\\s+${targetPhrase}(?=\\s+(?:voor|vanwege|omdat|als)(?![\\p{L}])|\\s*[,.;:]|$)`),
  cue('BLAMES', 'verb', `(?<target>(?:de|het|zijn|haar|hun)\\s+(?:[^\\s,.;:\\uE000]+\\s+){0,3}?[^\\s,.;:\\uE000]+|${capitalisedName})\\s+(?:opnieuw\\s+)?met\\s+de\\s+vinger\\s+(?:wijst|wijzen|wees|wezen)`, true),
  cue('BLAMES', 'verb', `(?:verwijt|verwijten|verweet|verweten)\\s+${targetPhrase}(?=\\s+(?:dat|het|de|een|gebrek|te)(?![\\p{L}])|\\s*[,.;:])`),
  cue('BLAMES', 'verb', `(?:houdt|houden|hield|hielden)\\s+${targetPhrase}\\s+verantwoordelijk`),
];

const english: readonly CueDefinition[] = [
  cue('CLAIMS', 'sourceBefore', 'according\\s+to'),
  cue('CLAIMS', 'verb', [
    'says?', 'said', 'stat(?:e|es|ed)', 'claim(?:s|ed)?', 'wrote', 'writes?', 'told', 'tells?', 'announc(?:e|es|ed)', 'add(?:s|ed)',
    'warn(?:s|ed)?', 'insist(?:s|ed)?', 'argu(?:e|es|ed)', 'maintain(?:s|ed)', 'threaten(?:s|ed)?', 'believ(?:e|es|ed)', 'tweeted', 'posted\\s+on', 'saying', 'adding', 'claiming', 'insisting', 'arguing', 'warning',
  ].join('|')),
  cue('CONFIRMS', 'verb', 'confirm(?:s|ed)?|acknowledg(?:e|es|ed)|admit(?:s|ted)?|verified'),
  cue('DISPUTES', 'verb', 'den(?:y|ies|ied)|dismiss(?:es|ed)?|disput(?:e|es|ed)|reject(?:s|ed)?|refut(?:e|es|ed)|rebut(?:s|ted)?|contest(?:s|ed)|disagree(?:s|d)?|(?:sees?|saw)\\s+it\\s+differently'),
  cue('BLAMES', 'verb', `blam(?:e|es|ed)\\s+${targetPhrase}\\s+(?:for|over)(?![\\p{L}])`),
  cue('BLAMES', 'verb', `accus(?:e|es|ed)\\s+${targetPhrase}\\s+of(?=\\s+\\p{Ll})`),
  cue('BLAMES', 'verb', `(?:hold|holds|held)\\s+${targetPhrase}\\s+responsible`),
  cue('BLAMES', 'verb', `point(?:s|ed)?\\s+the\\s+finger\\s+at\\s+${targetPhrase}(?=\\s+(?:for|over)(?![\\p{L}])|\\s*[,.;:]|$)`),
];

const definitions: Readonly<Record<Language, readonly CueDefinition[]>> = { nl: dutch, en: english };

/** Cues in [start, end) of a frame whose direct quotations are masked; a longer cue wins over one inside it. */
export function findCues(frame: string, start: number, end: number, language: Language): Cue[] {
  const stretch = frame.slice(start, end);
  const found: Cue[] = [];
  for (const definition of definitions[language]) {
    for (const match of stretch.matchAll(definition.pattern)) {
      const target = groupRange(frame, match, 'target', start);
      const speaker = groupRange(frame, match, 'speaker', start);
      found.push({
        kind: definition.kind, form: definition.form,
        start: start + match.index, end: start + match.index + match[0].length,
        speakerRange: speaker, target, targetFirst: definition.targetFirst ?? false,
      });
    }
  }
  found.sort((first, second) => first.start - second.start || second.end - first.end);
  // In this order a longer cue around another comes before it: one pass that keeps the furthest end seen, and the
  // first start that reached it, tells whether any cue before is longer and holds this one.
  let furthestEnd = -1;
  let furthestStart = -1;
  return found.filter((candidate) => {
    const inside = candidate.end < furthestEnd || (candidate.end === furthestEnd && furthestStart < candidate.start);
    if (candidate.end > furthestEnd) {
      furthestEnd = candidate.end;
      furthestStart = candidate.start;
    }
    return !inside;
  });
}

function groupRange(frame: string, match: RegExpMatchArray, name: string, offset: number): { start: number; end: number } | null {
  const indices = match.indices?.groups?.[name];
  if (!indices) return null;
  let from = offset + indices[0];
  let to = offset + indices[1];
  while (from < to && /\s/u.test(frame[from]!)) from += 1;
  while (to > from && /\s/u.test(frame[to - 1]!)) to -= 1;
  return to > from ? { start: from, end: to } : null;
}
