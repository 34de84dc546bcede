import {
  descriptorEndings, determiners, frontedAdverbialStarts, groupNouns, nameParticles, numerals, organisationHeads, personPronouns, allPronouns,
  personTitles, phraseConnectors, phraseStops, possessives, spokespersonTitles, titleModifiers,
} from './lexicon.js';
import type { Token } from './tokens.js';

export type SpeakerKind = 'Person' | 'Organisation' | null;

/** A phrase that may name a speaker: a name, a pronoun, an organisation or a group, or a description that points back. */
export type Mention = Readonly<{
  start: number;
  end: number;
  /** The name as written, titles and articles left out; for a pronoun, the pronoun. */
  name: string;
  nameStart: number;
  nameEnd: number;
  kind: SpeakerKind;
  pronoun: string | null;
  /** "het bedrijf", "de minister": a definite description that refers to an entity named before. */
  description: Readonly<{ head: string; isTitle: boolean }> | null;
  /** Words that describe the speaker ("minister", "spokesman"), for later descriptions to find them. */
  titles: readonly string[];
  isGroup: boolean;
  /** A lone nationality adjective, which only names a speaker together with a group noun after "en"/"and". */
  isAdjective: boolean;
}>;

const adjectiveEnding = /(?:sche|se|ese|ian|ish|ean|ic)$/u;

function isTitleWord(lower: string): boolean {
  if (personTitles.has(lower) || lower.startsWith('oud-') || lower.startsWith('ex-')) return true;
  return lower.startsWith('voormalig-') && personTitles.has(lower.slice('voormalig-'.length));
}

function isDescriptorCompound(lower: string): boolean {
  return descriptorEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

function isAdjective(token: Token): boolean {
  return adjectiveEnding.test(token.lower) && !organisationHeads.has(token.lower) && !groupNouns.has(token.lower);
}

function isHead(token: Token): boolean {
  return token.isCapitalised || isTitleWord(token.lower) || organisationHeads.has(token.lower) || groupNouns.has(token.lower);
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text) || /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Ll}]*$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && text.length <= 12 && !/\s/u.test(text) && /^\p{Lu}\p{Lu}/u.test(text);
}

function connectorLeadsToName(tokens: readonly Token[], index: number): boolean {
  for (let look = index + 1; look < Math.min(tokens.length, index + 5); look += 1) {
    const token = tokens[look]!;
    if (!token.isWord) return false;
    if (token.isCapitalised || organisationHeads.has(token.lower)) return true;
    if (!determiners.has(token.lower) && !isAdjective(token) && !/^\p{Ll}+(?:e|se)$/u.test(token.text)) return false;
  }
  return false;
}

function particlesLeadToName(tokens: readonly Token[], index: number): boolean {
  for (let look = index + 1; look < Math.min(tokens.length, index + 3); look += 1) {
    if (tokens[look]!.isCapitalised) return true;
    if (!nameParticles.has(tokens[look]!.lower)) return false;
  }
  return false;
}

/**
 * Reads the speaker phrase that starts at tokens[index], or returns null. `atSentenceStart` tells that a
 * capital there may only mark the start of the sentence.
 */
export function readMention(text: string, tokens: readonly Token[], index: number, atSentenceStart: boolean): Readonly<{ mention: Mention; next: number }> | null {
  const first = tokens[index];
  if (!first || !first.isWord) return null;
  const second = tokens[index + 1];
  const possessiveSpokesperson = possessives.has(first.lower) && second !== undefined && spokespersonTitles.has(second.lower);
  if (allPronouns.has(first.lower) && !possessiveSpokesperson) {
    return { mention: pronounMention(first, first), next: index + 1 };
  }
  let position = index;
  let determiner: string | null = null;
  let possessive: string | null = null;
  if (determiners.has(first.lower) || numerals.has(first.lower) || possessives.has(first.lower)) {
    if (possessives.has(first.lower)) possessive = first.lower;
    else if (determiners.has(first.lower)) determiner = first.lower;
    position += 1;
  }
  const phraseStart = position;
  let connectorAt = -1;
  let seenCapital = false;
  let lastHead = -1;
  for (; position < tokens.length && position - phraseStart < 10; position += 1) {
    const token = tokens[position]!;
    if (!token.isWord) break;
    const startsSentence = atSentenceStart && position === index;
    if (startsSentence && (phraseStops.has(token.lower) || allPronouns.has(token.lower) || frontedAdverbialStarts.has(token.lower))) return null;
    if (token.isCapitalised) {
      seenCapital = true;
      lastHead = position;
      continue;
    }
    const previous = tokens[position - 1]!;
    if (nameParticles.has(token.lower) && (previous.isCapitalised || nameParticles.has(previous.lower)) && seenCapital && particlesLeadToName(tokens, position)) continue;
    if (titleModifiers.has(token.lower) && !token.isCapitalised) continue;
    if (phraseConnectors.has(token.lower) && lastHead >= 0 && connectorLeadsToName(tokens, position)) {
      if (connectorAt < 0) connectorAt = position;
      continue;
    }
    if (phraseStops.has(token.lower) || phraseConnectors.has(token.lower)) break;
    if (determiners.has(token.lower) && !(connectorAt >= 0 && connectorAt === position - 1)) break;
    if (isHead(token)) { lastHead = position; continue; }
    const modifierAllowed = !seenCapital && (determiner !== null || possessive !== null || isAdjective(token) || position > phraseStart);
    if (seenCapital && connectorAt < 0) break;
    if (!modifierAllowed && connectorAt < 0) break;
  }
  if (lastHead < 0) return null;
  const phraseTokens = tokens.slice(phraseStart, lastHead + 1);
  const mention = classify(text, tokens[index]!, phraseTokens, connectorAt >= 0 ? connectorAt - phraseStart : -1, determiner, possessive, atSentenceStart && phraseStart === index);
  return mention ? { mention, next: lastHead + 1 } : null;
}

function pronounMention(token: Token, end: Token): Mention {
  return {
    start: token.start, end: end.end, name: token.text, nameStart: token.start, nameEnd: token.end,
    kind: personPronouns.has(token.lower) ? 'Person' : null, pronoun: token.lower, description: null, titles: [], isGroup: false, isAdjective: false,
  };
}

function classify(text: string, startToken: Token, phrase: readonly Token[], connectorIndex: number, determiner: string | null, possessive: string | null, firstIsSentenceStart: boolean): Mention | null {
  const main = connectorIndex >= 0 ? phrase.slice(0, connectorIndex) : phrase;
  const affiliation = connectorIndex >= 0 ? phrase.slice(connectorIndex + 1) : [];
  const titles = main.filter((token, position) => isTitleWord(token.lower) || (position === 0 && firstIsSentenceStart && isDescriptorCompound(token.lower))).map((token) => token.lower);
  const isSpokesperson = main.some((token) => spokespersonTitles.has(token.lower));
  const organisationHead = phrase.find((token) => organisationHeads.has(token.lower));
  const groupHead = main.find((token) => groupNouns.has(token.lower));
  const name = nameTokens(main, firstIsSentenceStart);
  const end = phrase.at(-1)!.end;
  const base = { start: startToken.start, end, titles, pronoun: null, description: null, isGroup: false, isAdjective: false } as const;

  if (possessive && isSpokesperson && name.length === 0) {
    return { ...base, name: startToken.text, nameStart: startToken.start, nameEnd: startToken.end, kind: 'Person', pronoun: possessive };
  }
  if (name.length > 0) {
    const nameStart = name[0]!.start;
    const nameEnd = name.at(-1)!.end;
    const nameText = text.slice(nameStart, nameEnd);
    const nameFollowsTitle = titles.length > 0 && main.indexOf(name[0]!) > main.findIndex((token) => titles.includes(token.lower));
    let kind: SpeakerKind = null;
    if (isSpokesperson && !nameFollowsTitle) kind = 'Organisation';
    else if (organisationHead && (main.includes(organisationHead) || connectorIndex < 0)) kind = 'Organisation';
    else if (isAcronym(nameText)) kind = 'Organisation';
    else if (titles.length > 0 && nameFollowsTitle) kind = 'Person';
    else if (name.length >= 2) kind = 'Person';
    else if (determiner) kind = 'Organisation';
    if (name.length === 1 && main.length === 1 && isAdjective(name[0]!)) {
      return { ...base, name: nameText, nameStart, nameEnd, kind: null, isAdjective: true };
    }
    if (name.length === 1 && isAdjective(name[0]!) && organisationHead) {
      // "het Russische ministerie van Defensie": the adjective is no name; the whole phrase is.
      return { ...base, name: text.slice(phrase[0]!.start, end), nameStart: phrase[0]!.start, nameEnd: end, kind: 'Organisation' };
    }
    return { ...base, name: nameText, nameStart, nameEnd, kind };
  }
  if (isSpokesperson && affiliation.length > 0) {
    const affiliationName = nameTokens(affiliation.filter((token) => !determiners.has(token.lower)), false);
    const named = affiliationName.length > 0 ? affiliationName : affiliation.filter((token) => !determiners.has(token.lower));
    const nameStart = named[0]!.start;
    const nameEnd = named.at(-1)!.end;
    const head = affiliation.find((token) => organisationHeads.has(token.lower));
    const isDescription = affiliationName.length === 0 && head !== undefined;
    return {
      ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation',
      description: isDescription ? { head: head.lower, isTitle: false } : null,
    };
  }
  const contentTokens = phrase;
  const nameStart = contentTokens[0]!.start;
  const nameEnd = contentTokens.at(-1)!.end;
  if (groupHead) {
    return { ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation', isGroup: true };
  }
  const isDefinite = determiner === 'de' || determiner === 'het' || determiner === 'the' || possessive !== null;
  if (organisationHead) {
    const bare = main.length === 1;
    return {
      ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation',
      description: bare && isDefinite && !possessive ? { head: organisationHead.lower, isTitle: false } : null,
    };
  }
  if (titles.length > 0 && isDefinite && main.length === 1) {
    return { ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Person', description: { head: titles.at(-1)!, isTitle: true } };
  }
  return null;
}

/** The tokens of the proper name in a phrase: the last run of capitals, after any titles and nationality adjectives. */
function nameTokens(tokens: readonly Token[], firstIsSentenceStart: boolean): Token[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let portfolioToSkip = 0;
  tokens.forEach((token, position) => {
    const sentenceStartDescriptor = position === 0 && firstIsSentenceStart && (isDescriptorCompound(token.lower) || isTitleWord(token.lower));
    const isNamePart = token.isCapitalised && !isTitleWord(token.lower) && !sentenceStartDescriptor && !spokespersonTitles.has(token.lower);
    const isParticle = nameParticles.has(token.lower) && run.length > 0;
    if (isNamePart || isParticle) {
      run.push(token);
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
      if (token.isCapitalised && isTitleWord(token.lower) && tokens[position + 1] && phraseConnectors.has(tokens[position + 1]!.lower)) {
        // "Minister van Mobiliteit Els Dewitte": the portfolio after the title is not part of the name.
        const rest = tokens.slice(position + 2).filter((next) => next.isCapitalised).length;
        portfolioToSkip = Math.max(0, rest - 2) + 1;
      }
    }
    if (portfolioToSkip > 0 && isNamePart) {
      portfolioToSkip -= 1;
      run = [];
    } else if (portfolioToSkip > 0 && phraseConnectors.has(token.lower)) {
      portfolioToSkip -= 1;
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  const meaningful = runs
    .map((candidate) => trimParticles(dropLeadingAdjectives(candidate)))
    .filter((candidate) => candidate.length > 0);
  const last = meaningful.at(-1) ?? [];
  if (last.length === 0) {
    const lone = runs.at(-1);
    return lone && lone.length === 1 ? lone : [];
  }
  return last;
}

function dropLeadingAdjectives(run: Token[]): Token[] {
  let from = 0;
  while (from < run.length - 1 && isAdjective(run[from]!)) from += 1;
  return run.slice(from);
}

function trimParticles(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && !run[end - 1]!.isCapitalised) end -= 1;
  let start = 0;
  while (start < end && !run[start]!.isCapitalised) start += 1;
  return run.slice(start, end);
}

/** All speaker phrases in a stretch of tokens, left to right. */
export function findMentions(text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const read = readMention(text, tokens, index, sentenceStarts.has(tokens[index]!.start));
    if (read) {
      mentions.push(read.mention);
      index = Math.max(read.next, index + 1);
    } else {
      index += 1;
    }
  }
  return mentions;
}
