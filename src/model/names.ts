import anyAscii from 'any-ascii';
import type { EntityKind } from './kinds.js';
import type { LocalizedName } from './records.js';

/** Lower case without accents: "Oekraïne" → "oekraine". What a literal, diacritic-blind match compares. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase();
}

/** any-ascii writes Cyrillic as English does; ids have always spelled these four so, and the signs are silent. */
const cyrillicExceptions: Record<string, string> = { є: 'ye', ї: 'yi', ъ: '', ь: '' };

/** Cyrillic letters in Latin, English style and in lower case ("Пригожин" → "prigozhin"); other letters stay. */
export function transliterateCyrillic(text: string): string {
  return text
    .toLowerCase()
    .replace(/\p{Script=Cyrillic}/gu, (letter) => cyrillicExceptions[letter] ?? anyAscii(letter).toLowerCase());
}

/*
 * Romanisations of the same Slavic name differ by language: English "Prigozhin, Yevgeny, Bakhmut, Chasiv Yar",
 * Dutch "Prigozjin, Jevgeni, Bachmoet, Tsjasiv Jar", German "Prigoschin"; and г is h from Ukrainian but g from
 * Russian ("Ihor", "Igor"). Every spelling is first made ASCII by any-ascii, then each sound that the
 * languages spell their own way becomes one letter:
 * - ч and х are one letter, x: English writes ч as ch, Dutch and German write х as ch;
 * - ш and ж are s: German writes both as sch, and ш as in "Шторм" is often just s ("Storm");
 * - ц is c (ts, tz), г is g (h, g), в is v (w), й, ы and и are i (y, j, i), у is u (oe, ou);
 * - the y of an iotated е ("Yevgeny", "Dostoyevsky") is dropped, as many English spellings drop it;
 * - a doubled letter is one (Ukrainian "Одеса", Russian "Одесса"; German "Gerassimow"; "Valeriy" → "valerii").
 * Digits are never folded: "Brigade 11" is not "Brigade 1".
 *
 * Search compares these skeletons word by word and forgives any doubled letter ("battalion", "batalion"). A name
 * key decides that two spellings are one entity, so it collapses only the doubles that transliteration makes
 * (`transliteratedDoubles`): "Mark Otto" and "Mark Oto", or "Anna Hall" and "Ana Hal", stay two people.
 */
const digraphs: Record<string, string> = {
  tsch: 'x', tsj: 'x', tch: 'x', ch: 'x', kh: 'x',
  sch: 's', sh: 's', sj: 's', zh: 's', zj: 's',
  ts: 'c', tz: 'c',
};

/** Ukrainian writes an apostrophe where Russian has ъ ("В'ячеслав"); romanisations leave it out. */
const apostropheInCyrillicWord = /(?<=\p{Script=Cyrillic})['ʼ’`](?=\p{Script=Cyrillic})/gu;

const doubledLetter = /([a-z])\1+/g;

/**
 * The doubles one name's spellings disagree on: runs of i, where y, j, й and ий meet ("Valeriy", "Andrii", "Kyjiw");
 * s, which German doubles for с between vowels ("Gerassimow") and Russian doubles where Ukrainian does not
 * ("Одесса", "Донбасс"); and n, which Russian doubles where other languages write one ("Анна", "Ana").
 */
const transliteratedDoubles = /([ins])\1+/g;

/** A word in ASCII with each sound the languages spell their own way as one letter; doubled letters are left as they are. */
function foldedWord(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/x/g, 'ks')
    .replace(/tsch|tsj|tch|ch|kh|sch|sh|sj|zh|zj|ts|tz/g, (digraph) => digraphs[digraph] ?? digraph)
    .replace(/h/g, 'g')
    .replace(/w/g, 'v')
    .replace(/[yj]/g, 'i')
    .replace(/(^|[aeiou])i(?=e)/g, '$1')
    .replace(/oe|ou/g, 'u');
}

/** The words of a name or a query, each folded; punctuation separates words. */
function foldedWords(text: string): string[] {
  return transliterateCyrillic(text.normalize('NFC').replace(apostropheInCyrillicWord, ''))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(foldedWord)
    .filter((word) => word.length > 0);
}

/** Words of a name or a query, each reduced to its skeleton, with every doubled letter as one: what search compares. */
export function skeletonTokens(text: string): string[] {
  return foldedWords(text).map((word) => word.replace(doubledLetter, '$1'));
}

export const nameFoldingVersion = 4; // Raise it whenever skeletonTokens, literalWords or nameKey changes: stored name keys and search text are rebuilt at start.

/** Words as written, without accents and in lower case: what a literal match compares, and safe in a Lucene query. */
export function literalWords(text: string): string[] {
  return foldDiacritics(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Marks a literal word in an entity's search text, beside the skeletons: a word still being typed is matched as the
 * start of a literal word too, since the skeleton of a word cut short need not begin its whole skeleton ("Zach",
 * "zac"; "Zachazjoek", "zaxasuk"). Two characters that no skeleton holds, so no skeleton is one edit from a marked word.
 */
export const literalWordMark = '==';

/** Every spelling an entity is known by, canonical name first. */
export function entitySpellings(
  entity: Readonly<{ name: string; names: readonly LocalizedName[]; aliases: readonly string[] }>,
): string[] {
  return [...new Set([entity.name, ...entity.names.map(({ name }) => name), ...entity.aliases])];
}

/** Names ordered by language, as they read back, so that writing what was read changes nothing. */
export function byLanguage(names: readonly LocalizedName[]): LocalizedName[] {
  return [...names].sort((left, right) => left.language.localeCompare(right.language));
}

/**
 * The key of one spelling: the kind and the spelling's words without spaces, so that "Jevgeni Prigozjin" and
 * "Yevgeny Prigozhin", or "Wagnergroep" and "Wagner Group", are the same key. Two numbers side by side keep a
 * mark between them ("Unit 1 23" is not "Unit 12 3"), and only transliteration's doubled letters are one.
 */
export function nameKey(kind: EntityKind, spelling: string): string | undefined {
  const words = foldedWords(spelling).map((word) => word.replace(transliteratedDoubles, '$1'));
  const skeleton = words.reduce((joined, word) => `${joined}${/\d$/.test(joined) && /^\d/.test(word) ? '-' : ''}${word}`, '');
  return skeleton.length > 0 ? `${kind}:${skeleton}` : undefined;
}

/** The name keys of an entity's spellings, each with the first spelling that has it. */
export function spellingKeys(entity: Readonly<{ kind: EntityKind; name: string; names: readonly LocalizedName[]; aliases: readonly string[] }>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const spelling of entitySpellings(entity)) {
    const key = nameKey(entity.kind, spelling);
    if (key && !keys.has(key)) keys.set(key, spelling);
  }
  return keys;
}
