import type { Random } from './random.js';

/** A name in the languages that write it differently: English, Dutch, German, French, Ukrainian or Russian. */
export type Spellings = Readonly<Record<'en' | 'nl' | 'de' | 'fr' | 'ru' | 'uk', string>>;

/**
 * Romanisation tables per language, as newspapers use them: Russian "Пригожин" is English Prigozhin,
 * Dutch Prigozjin, German Prigoschin, French Prigojine.
 */
const romanisations: Record<'en' | 'nl' | 'de' | 'fr', Record<string, string>> = {
  en: { ж: 'zh', х: 'kh', ч: 'ch', ш: 'sh', щ: 'shch', ц: 'ts', й: 'y', я: 'ya', ю: 'yu', у: 'u', в: 'v', е: 'e', и: 'i', ы: 'y', г: 'g' },
  nl: { ж: 'zj', х: 'ch', ч: 'tsj', ш: 'sj', щ: 'sjtsj', ц: 'ts', й: 'j', я: 'ja', ю: 'joe', у: 'oe', в: 'v', е: 'e', и: 'i', ы: 'y', г: 'g' },
  de: { ж: 'sch', х: 'ch', ч: 'tsch', ш: 'sch', щ: 'schtsch', ц: 'z', й: 'j', я: 'ja', ю: 'ju', у: 'u', в: 'w', е: 'e', и: 'i', ы: 'y', г: 'g' },
  fr: { ж: 'j', х: 'kh', ч: 'tch', ш: 'ch', щ: 'chtch', ц: 'ts', й: 'ï', я: 'ia', ю: 'iou', у: 'ou', в: 'v', е: 'e', и: 'i', ы: 'y', г: 'g' },
};
const common: Record<string, string> = {
  а: 'a', б: 'b', д: 'd', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ф: 'f', ь: '', і: 'i',
};

function romanise(cyrillic: string, language: keyof typeof romanisations): string {
  const table = romanisations[language];
  const latin = [...cyrillic.toLowerCase()].map((letter) => table[letter] ?? common[letter] ?? letter).join('');
  return latin.replace(/(^|[\s-])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function spellingsOfCyrillic(russian: string, ukrainian = russian): Spellings {
  return {
    en: romanise(russian, 'en'),
    nl: romanise(russian, 'nl'),
    de: romanise(russian, 'de'),
    fr: romanise(russian, 'fr'),
    ru: russian,
    uk: ukrainian,
  };
}

const firstNames = [
  'евгений', 'андрей', 'сергей', 'дмитрий', 'александр', 'михаил', 'николай', 'владимир', 'юрий', 'олег',
  'виктор', 'павел', 'игорь', 'максим', 'артем', 'богдан', 'тарас', 'ольга', 'наталья', 'юлия',
  'анна', 'мария', 'ирина', 'татьяна', 'людмила', 'светлана', 'валерий', 'роман', 'денис', 'алексей',
];
const surnameStarts = [
  'приго', 'биле', 'кова', 'шев', 'бонда', 'ткач', 'кра', 'мель', 'лыс', 'гонча', 'жук', 'заха', 'чер', 'щерб',
  'пала', 'руд', 'сав', 'хмель', 'ющ', 'гера', 'кузь', 'мороз', 'паш', 'сур', 'тимо', 'федо', 'яре', 'дуб',
];
const surnameMiddles = ['', 'л', 'н', 'р', 'в', 'ш', 'ч', 'ж', 'к', 'д', 'ц'];
const surnameEnds = ['енко', 'ин', 'ов', 'ский', 'цкий', 'ук', 'чук', 'ев', 'ко', 'иш', 'ан', 'ич'];
const westernFirstNames = ['Roger', 'Anna', 'Pieter', 'Claire', 'Thomas', 'Sophie', 'Jan', 'Marie', 'Lukas', 'Emma', 'Jean', 'Katrin'];
const westernSurnames = ['Housen', 'Janssens', 'Dubois', 'Müller', 'Peeters', 'Lefèvre', 'Schmidt', 'De Vries', 'Martin', 'Weber', 'Smit', 'Moreau'];

export type PersonName = Readonly<{ spellings: Spellings; aliases: readonly string[]; slug: string }>;

const patronymicEnds = { male: 'ович', female: 'овна' };
const femaleFirstNames = new Set(['ольга', 'наталья', 'юлия', 'анна', 'мария', 'ирина', 'татьяна', 'людмила', 'светлана']);

/**
 * A person: mostly Slavic names (first name, patronymic, surname) written six ways, some Western
 * ones written the same everywhere. Aliases put the surname first, as registers do.
 */
export function personName(random: Random): PersonName {
  if (random.chance(0.1)) {
    const first = random.pick(westernFirstNames);
    const initial = String.fromCharCode(65 + random.integer(0, 25));
    const surname = random.pick(westernSurnames);
    const name = `${first} ${initial}. ${surname}`;
    return {
      spellings: { en: name, nl: name, de: name, fr: name, ru: name, uk: name },
      aliases: [`${surname}, ${first} ${initial}.`],
      slug: slugOf(name),
    };
  }
  const first = random.pick(firstNames);
  const father = random.pick(firstNames.filter((name) => !femaleFirstNames.has(name)));
  const patronymic = father.replace(/(ий|ей|й|ь|а)$/, '') + (femaleFirstNames.has(first) ? patronymicEnds.female : patronymicEnds.male);
  const surname = random.pick(surnameStarts) + random.pick(surnameMiddles) + random.pick(surnameEnds);
  const russian = `${capitalise(first)} ${capitalise(patronymic)} ${capitalise(surname)}`;
  const spellings = spellingsOfCyrillic(russian, ukrainianOf(russian));
  const reversed = `${capitalise(surname)} ${capitalise(first)} ${capitalise(patronymic)}`;
  return { spellings, aliases: [romanise(reversed, 'en'), reversed], slug: slugOf(spellings.en) };
}

function ukrainianOf(russian: string): string {
  return russian.replace(/и/g, 'і').replace(/ы/g, 'и');
}

const organisationWords: Readonly<Record<string, readonly Spellings[]>> = {
  MILITARY_UNIT: [
    { en: 'Brigade', nl: 'Brigade', de: 'Brigade', fr: 'Brigade', ru: 'бригада', uk: 'бригада' },
    { en: 'Battalion', nl: 'Bataljon', de: 'Bataillon', fr: 'Bataillon', ru: 'батальон', uk: 'батальйон' },
  ],
  MERCENARY_GROUP: [{ en: 'Group', nl: 'Groep', de: 'Gruppe', fr: 'Groupe', ru: 'группа', uk: 'група' }],
  ARMED_FORCES: [{ en: 'Armed Forces', nl: 'Strijdkrachten', de: 'Streitkräfte', fr: 'Forces armées', ru: 'вооружённые силы', uk: 'збройні сили' }],
  MILITARY_COMMAND: [{ en: 'Command', nl: 'Commando', de: 'Kommando', fr: 'Commandement', ru: 'командование', uk: 'командування' }],
  GOVERNMENT: [{ en: 'Administration', nl: 'Bestuur', de: 'Verwaltung', fr: 'Administration', ru: 'администрация', uk: 'адміністрація' }],
  MEDIA: [{ en: 'News', nl: 'Nieuws', de: 'Nachrichten', fr: 'Actualités', ru: 'новости', uk: 'новини' }],
  ANALYSTS: [{ en: 'Institute', nl: 'Instituut', de: 'Institut', fr: 'Institut', ru: 'институт', uk: 'інститут' }],
  PLATFORM: [{ en: 'Channel', nl: 'Kanaal', de: 'Kanal', fr: 'Chaîne', ru: 'канал', uk: 'канал' }],
};
export const organisationKinds = Object.keys(organisationWords);

/** An organisation named after a place: "Kharkiv Brigade", Dutch "Charkov Brigade", Russian "Харков бригада". */
export function organisationName(random: Random, kind: string, place: Spellings, number: number): Readonly<{ spellings: Spellings; slug: string }> {
  const word = random.pick(organisationWords[kind] ?? organisationWords['MILITARY_UNIT']!);
  const spellings = Object.fromEntries(
    (Object.keys(word) as (keyof Spellings)[]).map((language) => [language, `${place[language]} ${word[language]} ${number}`]),
  ) as Spellings;
  return { spellings, slug: slugOf(spellings.en) };
}

const placeStarts = ['бах', 'харк', 'зап', 'дон', 'лис', 'сев', 'мар', 'кра', 'пок', 'кон', 'изю', 'куп', 'сол', 'вол', 'ник', 'гор', 'чер', 'бел', 'жит', 'луг'];
const placeMiddles = ['', 'о', 'ан', 'ер', 'ил', 'ув', 'ат', 'ор', 'ен', 'ич'];
const placeEnds = ['мут', 'ов', 'орожье', 'ецк', 'ичанск', 'ерск', 'иуполь', 'маторск', 'ровск', 'стантиновка', 'ум', 'янск', 'едар', 'ноград', 'олаев', 'ловка', 'нигов', 'город', 'омир', 'анск'];
const placePrefixes = ['', '', '', 'ново', 'старо', 'верхне', 'нижне'];

/** A town, or with `region` an oblast, with Cyrillic-derived spellings per language. */
export function placeName(random: Random, region: boolean): Readonly<{ spellings: Spellings; slug: string }> {
  const russian = capitalise(random.pick(placePrefixes) + random.pick(placeStarts) + random.pick(placeMiddles) + random.pick(placeEnds));
  const base = spellingsOfCyrillic(russian, ukrainianOf(russian));
  const spellings = region
    ? { en: `${base.en} Oblast`, nl: `Oblast ${base.nl}`, de: `Oblast ${base.de}`, fr: `Oblast de ${base.fr}`, ru: `${base.ru} область`, uk: `${base.uk} область` }
    : base;
  return { spellings, slug: slugOf(spellings.en) };
}

export const countries: readonly Spellings[] = [
  { en: 'Ukraine', nl: 'Oekraïne', de: 'Ukraine', fr: 'Ukraine', ru: 'Украина', uk: 'Україна' },
  { en: 'Russia', nl: 'Rusland', de: 'Russland', fr: 'Russie', ru: 'Россия', uk: 'Росія' },
  { en: 'Belarus', nl: 'Wit-Rusland', de: 'Belarus', fr: 'Biélorussie', ru: 'Беларусь', uk: 'Білорусь' },
  { en: 'Poland', nl: 'Polen', de: 'Polen', fr: 'Pologne', ru: 'Польша', uk: 'Польща' },
  { en: 'Moldova', nl: 'Moldavië', de: 'Moldau', fr: 'Moldavie', ru: 'Молдова', uk: 'Молдова' },
  { en: 'Georgia', nl: 'Georgië', de: 'Georgien', fr: 'Géorgie', ru: 'Грузия', uk: 'Грузія' },
  { en: 'Belgium', nl: 'België', de: 'Belgien', fr: 'Belgique', ru: 'Бельгия', uk: 'Бельгія' },
  { en: 'Germany', nl: 'Duitsland', de: 'Deutschland', fr: 'Allemagne', ru: 'Германия', uk: 'Німеччина' },
];

/** "Andriy Biletsky" → "andriy-biletsky"; accents and other scripts fold to ASCII letters where they can. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
