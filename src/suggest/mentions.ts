import type { Gender, Lexicon } from './lexicon/lexicon.js';
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
  /** Whether words of the phrase say the kind ("minister", "ministry", "spokesman for"), rather than its shape alone. */
  kindCertain: boolean;
  /** "a spokesman for the ministry", "officials": the one who speaks is not named. */
  unnamed: boolean;
  gender: Gender | null;
}>;

export function isPronoun(lexicon: Lexicon, lower: string): boolean {
  return Object.hasOwn(lexicon.pronouns, lower);
}

/** "We", "Ik": a first- or second-person pronoun, never a name; "US" in capitals is one. */
function isSpeechActPronoun(lexicon: Lexicon, token: Token): boolean {
  return lexicon.speechActPronouns.has(token.lower) && !(token.text.length > 1 && token.text === token.text.toUpperCase());
}

/** A title, a title of a former office ("oud-minister", "ex-president"), or a compound headed by one ("landbouwhoogleraar"). */
function isTitleWord(lexicon: Lexicon, lower: string): boolean {
  if (lexicon.personTitles.has(lower) || isAgeWord(lexicon, lower)) return true;
  const prefix = lexicon.titlePrefixes.find((candidate) => lower.startsWith(candidate));
  if (prefix !== undefined && lexicon.personTitles.has(lower.slice(prefix.length))) return true;
  return compoundHead(lexicon, lower, lexicon.personTitles);
}

/** A plural noun for a group that speaks ("officials"), or the plural of a title ("engineers", "moeders"). */
export function isGroupNoun(lexicon: Lexicon, lower: string): boolean {
  if (lexicon.groupNouns.has(lower)) return true;
  return lexicon.grammar.pluralEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending) && lexicon.personTitles.has(lower.slice(0, -ending.length)));
}

/** "62-jarige", "62-year-old": a word that describes a person by age. */
export function isAgeWord(lexicon: Lexicon, lower: string): boolean {
  return lexicon.ageEndings.some((ending) => lower.length > ending.length && lower.endsWith(ending));
}

/** An organisation word, or a compound headed by one of the organisation words compounds end in ("actiegroep"). */
function isOrganisationWord(lexicon: Lexicon, lower: string): boolean {
  return lexicon.organisationWords.has(lower) || (compoundHead(lexicon, lower, lexicon.organisationWords) && isDescriptorCompound(lexicon, lower));
}

/** The shortest head a compound is read by, and the least that must stand before it: "boer" in "melkveeboer", not "arts" in "taarts". */
const shortestHead = 4;
const shortestModifier = 3;
/** Longer than any title or organisation word: a word of any length costs a bounded number of looks. */
const longestHead = 24;

/** Whether a word is a compound whose last part, of at least `shortestHead` letters, is in `heads`. */
function compoundHead(lexicon: Lexicon, lower: string, heads: ReadonlySet<string>): boolean {
  if (!lexicon.grammar.compoundsHeadLast) return false;
  for (let length = shortestHead; length <= Math.min(longestHead, lower.length - shortestModifier); length += 1) {
    if (heads.has(lower.slice(lower.length - length))) return true;
  }
  return false;
}

function isDescriptorCompound(lexicon: Lexicon, lower: string): boolean {
  return lexicon.descriptorEndings.some((ending) => lower.length > ending.length + 2 && lower.endsWith(ending));
}

function isAdjective(lexicon: Lexicon, token: Token): boolean {
  if (lexicon.nationalityAdjectives.has(token.lower)) return true;
  return lexicon.adjectiveEndings.some((ending) => token.lower.endsWith(ending)) && !lexicon.organisationWords.has(token.lower) && !isGroupNoun(lexicon, token.lower);
}

function isHead(lexicon: Lexicon, token: Token): boolean {
  return (token.isCapitalised && !lexicon.calendarWords.has(token.lower)) || isTitleWord(lexicon, token.lower) || isOrganisationWord(lexicon, token.lower)
    || isGroupNoun(lexicon, token.lower) || isDocumentNoun(lexicon, token.lower);
}

/** "report", "onderzoeksrapport": a document that may be a source. */
export function isDocumentNoun(lexicon: Lexicon, lower: string): boolean {
  return lexicon.documentNouns.has(lower) || compoundHead(lexicon, lower, lexicon.documentNouns);
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(text) || /^\p{Lu}[\p{Lu}\p{Ll}]*\p{Lu}[\p{Ll}]*$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text) && text.length <= 12 && !/\s/u.test(text) && /^\p{Lu}\p{Lu}/u.test(text);
}

function connectorLeadsToName(lexicon: Lexicon, tokens: readonly Token[], index: number): boolean {
  for (let look = index + 1; look < Math.min(tokens.length, index + 5); look += 1) {
    const token = tokens[look]!;
    if (!token.isWord) return false;
    if (token.isCapitalised || isOrganisationWord(lexicon, token.lower)) return true;
    if (!lexicon.determiners.has(token.lower) && !isAdjective(lexicon, token) && !/^\p{Ll}+(?:e|se)$/u.test(token.text)) return false;
  }
  return false;
}

/** "Ilse van den Berg", not "Ilse Jansen van de Universiteit" or "Mark Ruiter van de FNV": particles lead to a surname, never to an organisation word or an acronym. */
function particlesLeadToName(lexicon: Lexicon, tokens: readonly Token[], index: number): boolean {
  for (let look = index + 1; look < Math.min(tokens.length, index + 3); look += 1) {
    if (tokens[look]!.isCapitalised) return !isOrganisationWord(lexicon, tokens[look]!.lower) && !isAcronym(tokens[look]!.text);
    if (!lexicon.nameParticles.has(tokens[look]!.lower)) return false;
  }
  return false;
}

/**
 * "Topman Tom Reed van Brook Foods": a particle after a first name and a surname says where the person is from; one after a
 * first name alone ("Ilse van den Berg") starts the surname.
 */
function afterFullName(lexicon: Lexicon, tokens: readonly Token[], phraseStart: number, position: number): boolean {
  let names = 0;
  for (let look = position - 1; look >= phraseStart && tokens[look]!.isCapitalised; look -= 1) {
    if (!isTitleWord(lexicon, tokens[look]!.lower)) names += 1;
  }
  return names >= 2;
}

/**
 * "the Marlow Valley Residents' Association": an apostrophe right after a capitalised plural, before a capitalised word, is a
 * plural genitive inside one name, where the language writes one ("s'").
 */
function pluralGenitiveMark(lexicon: Lexicon, tokens: readonly Token[], position: number): boolean {
  const mark = tokens[position]!;
  const before = tokens[position - 1];
  const after = tokens[position + 1];
  if (!before || !after || mark.isWord || before.end !== mark.start || !before.isCapitalised || !after.isCapitalised) return false;
  return lexicon.grammar.genitiveEndings.includes(`${before.lower.at(-1)}${mark.text}`);
}

/**
 * Reads the speaker phrase that starts at tokens[index], or returns null. `atSentenceStart` tells that a
 * capital there may only mark the start of the sentence.
 */
export function readMention(lexicon: Lexicon, text: string, tokens: readonly Token[], index: number, atSentenceStart: boolean): Readonly<{ mention: Mention; next: number }> | null {
  const first = tokens[index];
  if (!first || !first.isWord || isSpeechActPronoun(lexicon, first)) return null;
  const second = tokens[index + 1];
  const possessiveSpokesperson = lexicon.possessives.has(first.lower) && second !== undefined && lexicon.spokespersonTitles.has(second.lower);
  if (isPronoun(lexicon, first.lower) && !possessiveSpokesperson) {
    return { mention: pronounMention(lexicon, first, first), next: index + 1 };
  }
  let position = index;
  let determiner: string | null = null;
  let possessive: string | null = null;
  if (lexicon.determiners.has(first.lower) || lexicon.numerals.has(first.lower) || lexicon.possessives.has(first.lower)) {
    if (lexicon.possessives.has(first.lower)) possessive = first.lower;
    else if (lexicon.determiners.has(first.lower)) determiner = first.lower;
    position += 1;
  }
  const phraseStart = position;
  let connectorAt = -1;
  let seenCapital = false;
  let lastHead = -1;
  for (; position < tokens.length && position - phraseStart < 10; position += 1) {
    const token = tokens[position]!;
    if (pluralGenitiveMark(lexicon, tokens, position) && seenCapital) continue;
    if (!token.isWord || isSpeechActPronoun(lexicon, token)) break;
    const startsSentence = atSentenceStart && position === index;
    if (startsSentence && (lexicon.phraseStops.has(token.lower) || isPronoun(lexicon, token.lower) || lexicon.adverbialStarts.has(token.lower))) return null;
    // "Former referee Alan Price": a modifier of a title is capitalised only because it opens the sentence.
    const modifierAtStart = startsSentence && lexicon.titleModifiers.has(token.lower);
    if (token.isCapitalised && !modifierAtStart) {
      seenCapital = true;
      lastHead = position;
      continue;
    }
    const previous = tokens[position - 1]!;
    if (lexicon.nameParticles.has(token.lower) && (previous.isCapitalised || lexicon.nameParticles.has(previous.lower)) && seenCapital
      && particlesLeadToName(lexicon, tokens, position) && !afterFullName(lexicon, tokens, phraseStart, position)) continue;
    if (lexicon.titleModifiers.has(token.lower) && (!token.isCapitalised || modifierAtStart)) continue;
    if (lexicon.phraseConnectors.has(token.lower) && lastHead >= 0 && connectorLeadsToName(lexicon, tokens, position)) {
      if (connectorAt < 0) connectorAt = position;
      continue;
    }
    if (lexicon.conjunctions.has(token.lower) && conjunctionInOrganisationName(lexicon, tokens, position, phraseStart, connectorAt)) continue;
    if (lexicon.phraseStops.has(token.lower) || lexicon.phraseConnectors.has(token.lower)) break;
    if (lexicon.determiners.has(token.lower) && !(connectorAt >= 0 && connectorAt === position - 1)) break;
    if (isHead(lexicon, token)) { lastHead = position; continue; }
    const modifierAllowed = !seenCapital && lastHead < 0 && (determiner !== null || possessive !== null || isAdjective(lexicon, token) || position > phraseStart);
    if (seenCapital && connectorAt < 0) break;
    if (!modifierAllowed && connectorAt < 0) break;
    // Modifiers stand before a head: after the name a connector led to, a word that is none ends the phrase.
    if (connectorAt >= 0 && lastHead > connectorAt) break;
  }
  if (lastHead < 0) return null;
  const phraseTokens = tokens.slice(phraseStart, lastHead + 1);
  const mention = classify(lexicon, text, tokens[index]!, phraseTokens, connectorAt >= 0 ? connectorAt - phraseStart : -1, determiner, possessive, atSentenceStart && phraseStart === index);
  return mention ? { mention, next: lastHead + 1 } : null;
}

function pronounMention(lexicon: Lexicon, token: Token, end: Token): Mention {
  const pronoun = lexicon.pronouns[token.lower]!;
  return {
    start: token.start, end: end.end, name: token.text, nameStart: token.start, nameEnd: token.end,
    kind: pronoun.refersTo === 'person' ? 'Person' : null, pronoun: token.lower, description: null, titles: [], isGroup: false, isAdjective: false,
    kindCertain: pronoun.refersTo !== 'any', unnamed: false, gender: pronoun.gender,
  };
}

function classify(lexicon: Lexicon, text: string, startToken: Token, phrase: readonly Token[], connectorIndex: number, determiner: string | null, possessive: string | null, firstIsSentenceStart: boolean): Mention | null {
  const main = connectorIndex >= 0 ? phrase.slice(0, connectorIndex) : phrase;
  const affiliation = connectorIndex >= 0 ? phrase.slice(connectorIndex + 1) : [];
  const titles = main.filter((token, position) => isTitleWord(lexicon, token.lower) || (position === 0 && firstIsSentenceStart && isDescriptorCompound(lexicon, token.lower))).map((token) => token.lower);
  const isSpokesperson = main.some((token) => lexicon.spokespersonTitles.has(token.lower));
  const organisationHead = phrase.find((token) => isOrganisationWord(lexicon, token.lower));
  const groupHead = main.find((token) => isGroupNoun(lexicon, token.lower));
  const name = nameTokens(lexicon, main, firstIsSentenceStart);
  // "a solicitor who represents …", "One mother, whose …", "een moeder bij De Kleine Wereld": someone not named, whom the
  // title and where they are from describe.
  const indefinite = lexicon.indefiniteDeterminers.has(startToken.lower) || lexicon.numerals.has(startToken.lower);
  if (indefinite && name.length === 0 && !isSpokesperson && titles.length > 0 && titles.includes(main.at(-1)!.lower) && !spokespersonCompound(lexicon, main.at(-1)!)) {
    const nameStart = phrase[0]!.start;
    const nameEnd = phrase.at(-1)!.end;
    const gender = titles.map((title) => lexicon.genderedTitles[title]).find((found) => found !== undefined) ?? null;
    return {
      start: startToken.start, end: nameEnd, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Person', pronoun: null, description: null,
      titles, isGroup: false, isAdjective: false, kindCertain: true, unnamed: true, gender,
    };
  }
  if (name.length === 0 && titles.length > 0 && !isSpokesperson && affiliation.some((token) => token.isCapitalised)) {
    // "minister van Landbouw Petra Hoekstra": a title, its portfolio, and after it a name of two words or more.
    const afterPortfolio = nameTokens(lexicon, phrase, false);
    if (afterPortfolio.length >= 2 && phrase.indexOf(afterPortfolio[0]!) > connectorIndex + 1) {
      return classify(lexicon, text, startToken, phrase, -1, determiner, possessive, firstIsSentenceStart);
    }
  }
  const end = phrase.at(-1)!.end;
  const gender = titles.map((title) => lexicon.genderedTitles[title]).find((found) => found !== undefined) ?? null;
  const base = { start: startToken.start, end, titles, pronoun: null, description: null, isGroup: false, isAdjective: false, kindCertain: true, unnamed: false, gender } as const;

  const portfolio = organisationWithPortfolio(lexicon, phrase);
  if (portfolio) {
    const nameStart = portfolio.name[0]!.start;
    const nameEnd = portfolio.name.at(-1)!.end;
    return {
      ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation', unnamed: portfolio.spokesperson !== null, gender: null,
      titles: portfolio.spokesperson ? [portfolio.spokesperson.lower] : [],
    };
  }

  const compound = affiliation.length === 0 && main.length > 0 ? spokespersonCompound(lexicon, main.at(-1)!) : null;
  if (compound && name.length === 0) {
    // "een gemeentewoordvoerder", "een KNVB-woordvoerder": the organisation the compound opens with speaks, unnamed.
    const organisation = text.slice(compound.start, compound.end);
    const described = !/\p{Lu}/u.test(organisation);
    return {
      ...base, name: organisation, nameStart: compound.start, nameEnd: compound.end, kind: 'Organisation', unnamed: true, gender: null,
      titles: [compound.title], description: described ? { head: organisation.toLowerCase(), isTitle: false } : null,
    };
  }
  if (isSpokesperson && name.length === 0 && affiliation.length === 0 && !possessive) {
    const spokesperson = main.find((token) => lexicon.spokespersonTitles.has(token.lower))!;
    // "a council spokesman", "a police spokeswoman": the organisation word before the title names who speaks.
    const organisation = main.find((token, position) => position < main.indexOf(spokesperson) && isOrganisationWord(lexicon, token.lower));
    if (organisation) {
      return {
        ...base, name: organisation.text, nameStart: organisation.start, nameEnd: organisation.end, kind: 'Organisation', unnamed: true, gender: null,
        titles: [spokesperson.lower], description: { head: organisation.lower, isTitle: false },
      };
    }
    // "een woordvoerder laat weten", "a spokeswoman said": the organisation in view speaks.
    return { ...base, name: text.slice(phrase[0]!.start, end), nameStart: phrase[0]!.start, nameEnd: end, kind: 'Organisation', unnamed: true, gender: null, description: { head: spokesperson.lower, isTitle: false } };
  }
  if (possessive && isSpokesperson && name.length === 0) {
    return { ...base, name: startToken.text, nameStart: startToken.start, nameEnd: startToken.end, kind: 'Person', pronoun: possessive, unnamed: true };
  }
  if (name.length > 0) {
    const nameStart = name[0]!.start;
    const nameEnd = name.at(-1)!.end;
    const nameText = text.slice(nameStart, nameEnd);
    const nameFollowsTitle = titles.length > 0 && main.indexOf(name[0]!) > main.findIndex((token) => titles.includes(token.lower));
    const genitive = lexicon.grammar.genitiveEndings.some((ending) => name.at(-1)!.lower.endsWith(ending));
    const last = main.at(-1)!;
    if (genitive && !nameFollowsTitle && lexicon.spokespersonTitles.has(last.lower) && name.at(-1) !== last) {
      // "Berg's spokesman", "Tesco's spokeswoman": the one whose spokesperson it is speaks, unnamed.
      const ending = lexicon.grammar.genitiveEndings.find((candidate) => name.at(-1)!.lower.endsWith(candidate))!;
      return { ...base, name: text.slice(nameStart, nameEnd - ending.length), nameStart, nameEnd: nameEnd - ending.length, kind: null, kindCertain: false, unnamed: true, titles: [], gender: null };
    }
    if (titles.length > 0 && !nameFollowsTitle && genitive) {
      // "Eastfield's captain": whose the person is, not who; a name in apposition may follow.
      return { ...base, name: text.slice(phrase[0]!.start, end), nameStart: phrase[0]!.start, nameEnd: end, kind: 'Person', description: { head: titles.at(-1)!, isTitle: true } };
    }
    if (genitive && organisationHead && main.at(-1) === organisationHead && name.at(-1) !== organisationHead) {
      // "Towle's union": whose the organisation is; the one named in apposition after it ("…, GMB,") is which.
      return { ...base, name: text.slice(phrase[0]!.start, end), nameStart: phrase[0]!.start, nameEnd: end, kind: 'Organisation', description: { head: organisationHead.lower, isTitle: false } };
    }
    // "Energiebedrijf Nordwind": a compound that ends in an organisation word says the name is an organisation's.
    const organisationCompound = titles.some((title) => lexicon.descriptorEndings.some((ending) => title.endsWith(ending) && lexicon.organisationWords.has(ending)));
    const spokespersonFor = isSpokesperson && !nameFollowsTitle;
    let kind: SpeakerKind = null;
    let kindCertain = true;
    // "opposition leader Tom Reed", "union boss Ann Lee": a title between the organisation word and the name names a person.
    const titledAfterOrganisation = nameFollowsTitle && organisationHead !== undefined && main.indexOf(organisationHead) >= 0
      && main.indexOf(organisationHead) < main.findIndex((token) => titles.includes(token.lower));
    // "officier van justitie Thijs Hendriks": an organisation word in the portfolio between the title and the name.
    const titleAt = main.findIndex((token) => titles.includes(token.lower));
    const portfolioBeforeName = nameFollowsTitle && organisationHead !== undefined && main.indexOf(organisationHead) > titleAt && main.indexOf(organisationHead) < main.indexOf(name[0]!);
    if (spokespersonFor) kind = 'Organisation';
    else if (titledAfterOrganisation || portfolioBeforeName) kind = 'Person';
    else if (organisationCompound || (organisationHead && (main.includes(organisationHead) || connectorIndex < 0))) kind = 'Organisation';
    // "RTV Drenthe", "ING Bank": a name that opens with an acronym is an organisation's.
    else if (isAcronym(nameText) || (name.length >= 2 && /^\p{Lu}{2,}$/u.test(name[0]!.text))) kind = 'Organisation';
    else if (titles.length > 0 && nameFollowsTitle) kind = 'Person';
    else if (name.length >= 2) [kind, kindCertain] = ['Person', false];
    else if (determiner) [kind, kindCertain] = ['Organisation', false];
    else kindCertain = false;
    if (name.length === 1 && main.length === 1 && isAdjective(lexicon, name[0]!)) {
      return { ...base, name: nameText, nameStart, nameEnd, kind: null, isAdjective: true, kindCertain: false };
    }
    if (name.length === 1 && isAdjective(lexicon, name[0]!) && organisationHead) {
      // "het Russische ministerie van Defensie": the adjective is no name; the whole phrase is.
      return { ...base, name: text.slice(phrase[0]!.start, end), nameStart: phrase[0]!.start, nameEnd: end, kind: 'Organisation' };
    }
    // "woningcorporatie Maashaven Wonen": the organisation words before the name say what it is, for "de corporatie" later.
    const described = kind === 'Organisation' ? [...titles, ...organisationDescriptors(lexicon, main)] : titles;
    return { ...base, name: nameText, nameStart, nameEnd, kind, kindCertain, unnamed: spokespersonFor, gender: kind === 'Person' ? gender : null, titles: described };
  }
  if ((isSpokesperson || groupHead) && affiliation.length > 0) {
    // "a spokesman for the ministry", "officials at the ministry": the organisation speaks through someone not named.
    const bare = affiliation.filter((token) => !lexicon.determiners.has(token.lower));
    // "het ministerie van Defensie": a lowercase organisation word with its portfolio is named by all of it.
    const headsPortfolio = bare.length > 2 && !bare[0]!.isCapitalised && isOrganisationWord(lexicon, bare[0]!.lower) && lexicon.phraseConnectors.has(bare[1]!.lower);
    const affiliationName = headsPortfolio ? bare : nameTokens(lexicon, bare, false);
    const named = affiliationName.length > 0 ? affiliationName : bare;
    const nameStart = named[0]!.start;
    const nameEnd = named.at(-1)!.end;
    const head = affiliation.find((token) => isOrganisationWord(lexicon, token.lower));
    const isDescription = affiliationName.length === 0 && head !== undefined;
    return {
      ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation', unnamed: true, gender: null,
      description: isDescription ? { head: head.lower, isTitle: false } : null,
      titles: isDescription ? titles : [...titles, ...organisationDescriptors(lexicon, affiliation)],
    };
  }
  const nameStart = phrase[0]!.start;
  const nameEnd = phrase.at(-1)!.end;
  if (groupHead) {
    return { ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation', isGroup: true, unnamed: true, gender: null };
  }
  const isDefinite = (determiner !== null && lexicon.definiteDeterminers.has(determiner)) || possessive !== null;
  // "the energy minister": an organisation word before the title that heads the phrase narrows the title.
  const titleHeaded = titles.includes(main.at(-1)!.lower) && organisationHead !== undefined && main.includes(organisationHead) && main.indexOf(organisationHead) < main.length - 1;
  // "according to a study", "volgens het rapport": a document that says what it found; neither a person nor an organisation.
  if (!organisationHead && isDocumentNoun(lexicon, main.at(-1)!.lower)) {
    // "cijfers van het CBS", "a report from the ONS": the author named after it speaks through it.
    const author = nameTokens(lexicon, affiliation.filter((token) => !lexicon.determiners.has(token.lower)), false);
    if (author.length > 0) {
      const authorStart = author[0]!.start;
      const authorEnd = author.at(-1)!.end;
      return { ...base, name: text.slice(authorStart, authorEnd), nameStart: authorStart, nameEnd: authorEnd, kind: null, kindCertain: false, gender: null };
    }
    return { ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: null, kindCertain: false, gender: null };
  }
  if (organisationHead && !titleHeaded) {
    const bare = main.length === 1;
    return {
      ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Organisation', gender: null,
      description: bare && isDefinite && !possessive ? { head: organisationHead.lower, isTitle: false } : null,
    };
  }
  // "the regional mayor", "de nieuwe trainer": a title that heads the phrase, and words before it that narrow it.
  const onlyDescribes = titles.includes(main.at(-1)!.lower)
    && main.every((token) => titles.includes(token.lower) || isAdjective(lexicon, token) || lexicon.titleModifiers.has(token.lower) || !token.isCapitalised || token === organisationHead);
  if (titles.length > 0 && isDefinite && onlyDescribes) {
    return { ...base, name: text.slice(nameStart, nameEnd), nameStart, nameEnd, kind: 'Person', description: { head: titles.at(-1)!, isTitle: true } };
  }
  return null;
}

/**
 * "gemeentewoordvoerder", "KNVB-woordvoerder": a compound of an organisation (its word, or its name before a hyphen) and a
 * spokesperson's title, where compounds put their head last. Where the organisation's part of the word is, and the title.
 */
function spokespersonCompound(lexicon: Lexicon, token: Token): Readonly<{ start: number; end: number; title: string }> | null {
  if (!lexicon.grammar.compoundsHeadLast) return null;
  for (const title of lexicon.spokespersonTitles) {
    if (!token.lower.endsWith(title) || token.lower.length < title.length + 2) continue;
    const hyphenated = token.lower.at(-title.length - 1) === '-';
    const modifier = token.text.slice(0, token.text.length - title.length - (hyphenated ? 1 : 0));
    const isName = hyphenated && /^\p{Lu}/u.test(modifier);
    if (isName || isOrganisationWord(lexicon, modifier.toLowerCase())) return { start: token.start, end: token.start + modifier.length, title };
  }
  return null;
}

/** The lowercase organisation words of a phrase, which say what the organisation it names is ("woningcorporatie"). */
function organisationDescriptors(lexicon: Lexicon, phrase: readonly Token[]): string[] {
  return phrase.filter((token) => !token.isCapitalised && isOrganisationWord(lexicon, token.lower)).map((token) => token.lower);
}

/**
 * "Department for Work and Pensions", "Ministry of Defence", "Food and Drug Administration": capitalised words that hold an
 * organisation word and are joined by a connector or a conjunction are one name, when the organisation word heads the
 * portfolio after the connector or ends the words a conjunction joins. A spokesperson may stand before it ("a spokesman
 * for the Ministry of Defence") or after it ("a Department for Work and Pensions spokesman"), and nothing else.
 */
function organisationWithPortfolio(lexicon: Lexicon, phrase: readonly Token[]): Readonly<{ name: Token[]; spokesperson: Token | null }> | null {
  let from = 0;
  let spokesperson: Token | null = null;
  if (phrase.length > 2 && lexicon.spokespersonTitles.has(phrase[0]!.lower) && lexicon.phraseConnectors.has(phrase[1]!.lower)) {
    spokesperson = phrase[0]!;
    from = lexicon.determiners.has(phrase[2]!.lower) ? 3 : 2;
  }
  let end = from;
  let firstJoiner = -1;
  while (end < phrase.length) {
    const token = phrase[end]!;
    const joiner = lexicon.phraseConnectors.has(token.lower) || lexicon.conjunctions.has(token.lower);
    if (token.isCapitalised && !isTitleWord(lexicon, token.lower)) end += 1;
    else if (joiner && end > from && phrase[end - 1]!.isCapitalised && phrase[end + 1]?.isCapitalised) {
      if (firstJoiner < 0) firstJoiner = end;
      end += 1;
    } else break;
  }
  if (firstJoiner < 0) return null;
  const last = phrase[end - 1]!;
  const headsPortfolio = isOrganisationWord(lexicon, phrase[firstJoiner - 1]!.lower) && lexicon.phraseConnectors.has(phrase[firstJoiner]!.lower);
  const endsJoined = isOrganisationWord(lexicon, last.lower) && lexicon.conjunctions.has(phrase[firstJoiner]!.lower) && firstJoiner - from === 1;
  if (!headsPortfolio && !endsJoined) return null;
  const after = phrase.slice(end);
  if (after.length === 1 && !spokesperson && lexicon.spokespersonTitles.has(after[0]!.lower)) return { name: phrase.slice(from, end), spokesperson: after[0]! };
  return after.length === 0 ? { name: phrase.slice(from, end), spokesperson } : null;
}

/** "Department for Work and Pensions": a conjunction inside an organisation's capitalised name, which does not end the phrase. */
function conjunctionInOrganisationName(lexicon: Lexicon, tokens: readonly Token[], position: number, phraseStart: number, connectorAt: number): boolean {
  const before = tokens[position - 1];
  const next = tokens[position + 1];
  if (!before?.isCapitalised || !next?.isCapitalised || !next.isWord || isAcronym(next.text)) return false;
  let portfolioStart = position - 1;
  while (portfolioStart > phraseStart && tokens[portfolioStart - 1]!.isCapitalised) portfolioStart -= 1;
  const portfolioHead = connectorAt >= 0 && portfolioStart - 2 >= phraseStart && lexicon.phraseConnectors.has(tokens[portfolioStart - 1]!.lower) ? tokens[portfolioStart - 2]! : null;
  if (portfolioHead && isOrganisationWord(lexicon, portfolioHead.lower)) return !tokens[position + 2]?.isCapitalised;
  // "Minister van Klimaat en Groene Groei Erik Sanders": a title's portfolio joined by a conjunction, and the name after it.
  const titleBefore = portfolioStart - 2 >= phraseStart && lexicon.phraseConnectors.has(tokens[portfolioStart - 1]!.lower) ? tokens[portfolioStart - 2]! : null;
  if (titleBefore && isTitleWord(lexicon, titleBefore.lower)) return true;
  if (position - 1 !== phraseStart && tokens[position - 2]?.isCapitalised) return false;
  for (let look = position + 1; look < Math.min(tokens.length, position + 5) && tokens[look]!.isCapitalised; look += 1) {
    if (isOrganisationWord(lexicon, tokens[look]!.lower) && !tokens[look + 1]?.isCapitalised) return true;
  }
  return false;
}

/** The tokens of the proper name in a phrase: the last run of capitals, after any titles and nationality adjectives. */
function nameTokens(lexicon: Lexicon, tokens: readonly Token[], firstIsSentenceStart: boolean): Token[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let portfolioToSkip = 0;
  tokens.forEach((token, position) => {
    // "Local shopkeepers say …": a word that opens the sentence before a lowercase group noun is its modifier, not a name.
    const modifiesGroup = isGroupNoun(lexicon, tokens[position + 1]?.lower ?? '') && !tokens[position + 1]!.isCapitalised;
    const sentenceStartDescriptor = position === 0 && firstIsSentenceStart
      && (isDescriptorCompound(lexicon, token.lower) || isTitleWord(lexicon, token.lower) || isGroupNoun(lexicon, token.lower) || modifiesGroup);
    // "Petra Visser", "Mark King": a title word that ends a run of capitals after a name is a surname; titles stand before names.
    const surnameTitle = run.length > 0 && !tokens[position + 1]?.isCapitalised;
    const isNamePart = token.isCapitalised && (!isTitleWord(lexicon, token.lower) || surnameTitle) && !lexicon.calendarWords.has(token.lower) && !(lexicon.nationalityAdjectives.has(token.lower) && tokens.length > 1) && !sentenceStartDescriptor && !lexicon.spokespersonTitles.has(token.lower);
    const isParticle = (lexicon.nameParticles.has(token.lower) || pluralGenitiveMark(lexicon, tokens, position)) && run.length > 0;
    if (isNamePart || isParticle) {
      run.push(token);
    } else {
      if (run.length > 0) runs.push(run);
      run = [];
      // "Wethouder Van der Meer": a capitalised particle after a title starts a name, not a portfolio.
      if (isTitleWord(lexicon, token.lower) && tokens[position + 1] && lexicon.phraseConnectors.has(tokens[position + 1]!.lower) && !tokens[position + 1]!.isCapitalised) {
        // "Minister van Mobiliteit Els Dewitte": the portfolio after the title is not part of the name.
        const rest = tokens.slice(position + 2).filter((next) => next.isCapitalised).length;
        portfolioToSkip = Math.max(0, rest - 2) + 1;
      }
    }
    if (portfolioToSkip > 0 && isNamePart) {
      portfolioToSkip -= 1;
      run = [];
    } else if (portfolioToSkip > 0 && lexicon.phraseConnectors.has(token.lower)) {
      portfolioToSkip -= 1;
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  const meaningful = runs
    .map((candidate) => trimParticles(dropLeadingAdjectives(lexicon, candidate)))
    .filter((candidate) => candidate.length > 0);
  const last = meaningful.at(-1) ?? [];
  if (last.length === 0) {
    const lone = runs.at(-1);
    return lone && lone.length === 1 ? lone : [];
  }
  return last;
}

function dropLeadingAdjectives(lexicon: Lexicon, run: Token[]): Token[] {
  let from = 0;
  while (from < run.length - 1 && isAdjective(lexicon, run[from]!) && !isFirstName(lexicon, run, from)) from += 1;
  return run.slice(from);
}

/**
 * "Brian Hart", "Ilse Berg": a word that is an adjective only by its ending ("-ian", "-se"), with one surname after it and
 * nothing more, is a first name; a nationality adjective stands before a whole name or a title ("Nigerian Ade Bello").
 */
function isFirstName(lexicon: Lexicon, run: readonly Token[], position: number): boolean {
  if (lexicon.nationalityAdjectives.has(run[position]!.lower)) return false;
  let rest = position + 1;
  while (rest < run.length - 1 && lexicon.nameParticles.has(run[rest]!.lower)) rest += 1;
  return rest === run.length - 1 && !isAdjective(lexicon, run[rest]!);
}

function trimParticles(run: Token[]): Token[] {
  let end = run.length;
  while (end > 0 && !run[end - 1]!.isCapitalised) end -= 1;
  let start = 0;
  while (start < end && !run[start]!.isCapitalised) start += 1;
  return run.slice(start, end);
}

/** All speaker phrases in a stretch of tokens, left to right. */
export function findMentions(lexicon: Lexicon, text: string, tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): Mention[] {
  const mentions: Mention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const read = readMention(lexicon, text, tokens, index, sentenceStarts.has(tokens[index]!.start));
    if (read) {
      mentions.push(read.mention);
      index = Math.max(read.next, index + 1);
    } else {
      index += 1;
    }
  }
  return mentions;
}
