/**
 * A deterministic synthetic corpus in the project's document format (src/model/document.ts):
 * news sources, each with the statements it reports, the actors who claim, confirm, dispute and blame,
 * the places mentioned, and quotes with exact offsets into the source text. Degrees are skewed:
 * a few actors and places carry most edges, as Prigozhin and Bakhmut do in the seed.
 */
import type { ClaimgraphDocument, DocumentEdge, DocumentEntity } from '../../src/model/document.js';
import { countries, organisationKinds, organisationName, personName, placeName, slugOf, type Spellings } from './names.js';
import { skeletonTokens } from '../../src/model/names.js';
import { Random, Zipf } from './random.js';

/** Bump when the corpus changes, so that databases loaded by an older generator are rebuilt. */
export const generatorVersion = 2;

export type CorpusOptions = Readonly<{ statements: number; seed: number }>;

type Statement = ClaimgraphDocument['statements'][number];
type Language = 'en' | 'nl' | 'de' | 'fr' | 'ru' | 'uk';

export const languages: readonly Language[] = ['en', 'nl', 'uk', 'ru', 'de', 'fr'];
const languageWeights = [0.3, 0.2, 0.15, 0.15, 0.1, 0.1];
const statementsPerSourceWeights = [0.1, 0.15, 0.2, 0.2, 0.15, 0.1, 0.05, 0.05]; // 1 to 8, about 4 on average
const firstDay = Date.UTC(2021, 0, 1);
const days = 4 * 365;
const directoryChunk = 500;

const templates: readonly Readonly<Record<Language, string>>[] = [
  {
    en: '{actor} says {target} advanced {n} km near {place}.',
    nl: 'Volgens {actor} is {target} {n} kilometer opgerukt bij {place}.',
    de: '{actor} zufolge ist {target} bei {place} {n} Kilometer vorgerückt.',
    fr: 'Selon {actor}, {target} a avancé de {n} km près de {place}.',
    ru: '{actor} заявил, что {target} продвинулись на {n} км у {place}.',
    uk: '{actor} заявив, що {target} просунулися на {n} км біля {place}.',
  },
  {
    en: '{actor} admits that {target} lost {n} soldiers in {place}.',
    nl: '{actor} erkent dat {target} {n} soldaten heeft verloren in {place}.',
    de: '{actor} räumt ein, dass {target} in {place} {n} Soldaten verloren hat.',
    fr: '{actor} admet que {target} a perdu {n} soldats à {place}.',
    ru: '{actor} признал, что {target} потеряли {n} солдат в {place}.',
    uk: '{actor} визнав, що {target} втратили {n} солдатів у {place}.',
  },
  {
    en: '{actor} reports that {target} shelled {place} {n} times overnight.',
    nl: '{actor} meldt dat {target} {place} vannacht {n} keer heeft beschoten.',
    de: '{actor} meldet, dass {target} {place} über Nacht {n} Mal beschossen hat.',
    fr: '{actor} rapporte que {target} a bombardé {place} {n} fois cette nuit.',
    ru: '{actor} сообщил, что {target} обстреляли {place} {n} раз за ночь.',
    uk: '{actor} повідомив, що {target} обстріляли {place} {n} разів за ніч.',
  },
  {
    en: '{actor} claims the ammunition promised to {target} near {place} is {n} days late.',
    nl: '{actor} beweert dat de munitie voor {target} bij {place} {n} dagen te laat is.',
    de: '{actor} behauptet, die Munition für {target} bei {place} sei {n} Tage verspätet.',
    fr: '{actor} affirme que les munitions promises à {target} près de {place} ont {n} jours de retard.',
    ru: '{actor} утверждает, что боеприпасы для {target} у {place} задерживаются на {n} дней.',
    uk: '{actor} стверджує, що боєприпаси для {target} біля {place} затримуються на {n} днів.',
  },
];
const templateNames = ['advance', 'losses', 'shelling', 'ammunition'];
const blameReasons = ['ammunition shortages', 'the losses', 'shelling civilians', 'false reports', 'the retreat'];
const media = ['Telegram', 'Telegram video', 'press conference', 'interview', 'statement', 'X post'];
const publishers = ['De Standaard', 'Ukrainska Pravda', 'Meduza', 'Le Monde', 'Der Spiegel', 'Kyiv Independent', 'NOS', 'RFE/RL'];
const strengths = ['STRONG', 'MODERATE', 'WEAK'] as const;
const statuses = ['UNVERIFIED', 'PLAUSIBLE', 'CONFIRMED', 'FALSE'] as const;

export type CorpusCounts = Readonly<{
  people: number;
  organisations: number;
  places: number;
  statements: number;
  newsSources: number;
}>;

/** Entities in proportion to statements: many people, fewer organisations, fewer places. */
export function corpusCounts(statements: number): Omit<CorpusCounts, 'newsSources'> {
  return {
    statements,
    people: Math.max(50, Math.round(statements / 5)),
    organisations: Math.max(20, Math.round(statements / 50)),
    places: Math.max(30, Math.round(statements / 100)),
  };
}

type Entities = Readonly<{
  people: DocumentEntity[];
  organisations: DocumentEntity[];
  places: DocumentEntity[];
  /** LEADS, MEMBER_OF, PART_OF and LOCATED_IN, keyed by the entity at their start. */
  structure: Map<string, DocumentEdge[]>;
}>;

function localizedNames(spellings: Spellings): { language: string; name: string }[] {
  return languages.map((language) => ({ language, name: spellings[language] }));
}

/**
 * The import resolves an entity without a known id by its spellings, so no two entities of a kind may share
 * a spelling's key (its skeleton): names are drawn again until all of an entity's spellings are new.
 */
class UniqueNames {
  readonly #keys = new Set<string>();

  /** `fallback` makes a drawn name unique, e.g. by a number; it is told how often it has been tried. */
  take<Name extends { spellings: Spellings; aliases?: readonly string[] }>(draw: () => Name, fallback: (name: Name, attempt: number) => Name): Name {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const name = draw();
      if (this.#tryClaim(name)) return name;
    }
    for (let attempt = 0; ; attempt += 1) {
      const name = fallback(draw(), attempt);
      if (this.#tryClaim(name)) return name;
    }
  }

  #tryClaim(name: { spellings: Spellings; aliases?: readonly string[] }): boolean {
    const keys = [...Object.values(name.spellings), ...(name.aliases ?? [])].map((spelling) => skeletonTokens(spelling).join(''));
    if (keys.some((key) => this.#keys.has(key))) return false;
    for (const key of keys) this.#keys.add(key);
    return true;
  }
}

function numbered(spellings: Spellings, number: number): Spellings {
  return Object.fromEntries(Object.entries(spellings).map(([language, name]) => [language, `${name} ${number}`])) as Spellings;
}

function buildEntities(options: CorpusOptions): Entities {
  const random = new Random(options.seed).fork(1);
  const personNames = new UniqueNames();
  const placeNames = new UniqueNames();
  const organisationNames = new UniqueNames();
  const counts = corpusCounts(options.statements);
  const structure = new Map<string, DocumentEdge[]>();
  const addEdge = (edge: DocumentEdge) => {
    const list = structure.get(edge.from) ?? [];
    list.push(edge);
    structure.set(edge.from, list);
  };

  const places: DocumentEntity[] = [];
  const placeSpellings: Spellings[] = [];
  countries.forEach((spellings, index) => {
    placeNames.take(() => ({ spellings }), (same) => same); // fixed names, all distinct
    places.push({
      id: `place:${slugOf(spellings.en)}`,
      kind: 'Place',
      name: spellings.en,
      names: localizedNames(spellings),
      aliases: [],
      description: `Synthetic country ${index + 1}`,
      placeKind: 'COUNTRY',
    });
    placeSpellings.push(spellings);
  });
  const regionCount = Math.max(4, Math.round(counts.places / 20));
  for (let index = places.length; index < counts.places; index += 1) {
    const isRegion = index < countries.length + regionCount;
    const { spellings: name, slug } = placeNames.take(
      () => placeName(random, isRegion),
      (drawn, attempt) => ({ spellings: numbered(drawn.spellings, index + attempt), slug: `${drawn.slug}-${index}` }),
    );
    places.push({
      id: `place:${slug}-${index}`,
      kind: 'Place',
      name: name.en,
      names: localizedNames(name),
      aliases: [],
      description: `Synthetic ${isRegion ? 'region' : 'town'} ${index + 1}`,
      placeKind: isRegion ? 'REGION' : 'CITY',
      latitude: Math.round((44 + random.next() * 8) * 1e4) / 1e4,
      longitude: Math.round((24 + random.next() * 16) * 1e4) / 1e4,
    });
    placeSpellings.push(name);
    const parent = isRegion
      ? places[random.weighted([0.55, 0.3, 0.05, 0.03, 0.02, 0.02, 0.02, 0.01])]!
      : places[countries.length + random.integer(0, regionCount - 1)]!;
    addEdge({ type: 'LOCATED_IN', from: places[index]!.id, to: parent.id });
  }

  const people: DocumentEntity[] = [];
  for (let index = 0; index < counts.people; index += 1) {
    const { spellings, aliases, slug } = personNames.take(
      () => personName(random),
      (drawn, attempt) => ({
        ...drawn,
        spellings: numbered(drawn.spellings, index + attempt),
        aliases: drawn.aliases.map((alias) => `${alias} ${index + attempt}`),
      }),
    );
    people.push({
      id: `person:${slug}-${index}`,
      kind: 'Person',
      name: spellings.en,
      names: localizedNames(spellings),
      aliases: [...new Set(aliases)].filter((alias) => alias !== spellings.en),
      description: `Synthetic person ${index + 1}`,
    });
  }

  const organisations: DocumentEntity[] = [];
  const cityZipf = new Zipf(places.length, 1.05);
  for (let index = 0; index < counts.organisations; index += 1) {
    const isArmedForces = index < countries.length;
    const kind = isArmedForces ? 'ARMED_FORCES' : random.pick(organisationKinds);
    const place = isArmedForces ? placeSpellings[index]! : placeSpellings[cityZipf.draw(random)]!;
    // Skeletons fold repeated letters and digits ("11" reads as "1"), so numbered names are checked too.
    const { spellings, slug } = organisationNames.take(
      () => organisationName(random, kind, place, index + 1),
      (drawn, attempt) => ({ spellings: numbered(drawn.spellings, attempt + 2), slug: `${drawn.slug}-${index}` }),
    );
    organisations.push({
      id: `organisation:${slug}`,
      kind: 'Organisation',
      name: spellings.en,
      names: localizedNames(spellings),
      aliases: [],
      description: `Synthetic organisation ${index + 1}`,
      organisationKind: kind as DocumentEntity['organisationKind'],
    });
    if (!isArmedForces) {
      // Camps: most organisations belong to one of the two big armed forces, some to a bigger unit.
      const parent = random.chance(0.3) && index > countries.length + 1
        ? organisations[random.integer(countries.length, index - 1)]!
        : organisations[random.weighted([0.5, 0.4, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01])]!;
      addEdge({ type: 'PART_OF', from: organisations[index]!.id, to: parent.id });
    }
    // The leading organisations are led by the leading people, as Prigozhin leads Wagner.
    addEdge({ type: 'LEADS', from: people[index % people.length]!.id, to: organisations[index]!.id, role: 'leader' });
  }
  const organisationZipf = new Zipf(organisations.length, 1);
  people.forEach((person, index) => {
    if (index < organisations.length || !random.chance(0.6)) return;
    addEdge({ type: 'MEMBER_OF', from: person.id, to: organisations[organisationZipf.draw(random)]!.id });
  });
  return { people, organisations, places, structure };
}

function dateText(dayIndex: number, precision: number): string {
  const iso = new Date(firstDay + dayIndex * 86_400_000).toISOString().slice(0, 10);
  return precision === 0 ? iso : precision === 1 ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** The corpus: entities up front, documents generated lazily so that 1M statements never sit in memory at once. */
export class Corpus {
  readonly entities: Entities;
  readonly counts: CorpusCounts;

  constructor(readonly options: CorpusOptions) {
    this.entities = buildEntities(options);
    const counts = corpusCounts(options.statements);
    let newsSources = 0;
    for (const _ of this.#sourceSizes()) newsSources += 1;
    this.counts = { ...counts, newsSources };
  }

  *#sourceSizes(): Generator<number> {
    const random = new Random(this.options.seed).fork(2);
    let remaining = this.options.statements;
    while (remaining > 0) {
      const size = Math.min(remaining, random.weighted(statementsPerSourceWeights) + 1);
      remaining -= size;
      yield size;
    }
  }

  /** Directory documents that carry the structural edges, then the news documents, always in the same order. */
  *documents(): Generator<ClaimgraphDocument> {
    yield* this.#directoryDocuments();
    yield* this.#newsDocuments();
  }

  *#directoryDocuments(): Generator<ClaimgraphDocument> {
    const { people, organisations, places, structure } = this.entities;
    const byId = new Map([...people, ...organisations, ...places].map((entity) => [entity.id, entity]));
    const all = [...places, ...organisations, ...people].filter((entity) => structure.has(entity.id));
    for (let start = 0, part = 1; start < all.length; start += directoryChunk, part += 1) {
      const chunk = all.slice(start, start + directoryChunk);
      const edges = chunk.flatMap((entity) => structure.get(entity.id) ?? []);
      const declared = new Map(chunk.map((entity) => [entity.id, entity]));
      for (const edge of edges) if (!declared.has(edge.to)) declared.set(edge.to, byId.get(edge.to)!);
      yield {
        source: {
          id: `source:directory-${part}`,
          title: `Who is who, part ${part}`,
          language: 'en',
          text: `Who is who, part ${part}: who leads and belongs to which organisation, and where places lie.`,
        },
        entities: [...declared.values()],
        statements: [],
        edges,
      };
    }
  }

  *#newsDocuments(): Generator<ClaimgraphDocument> {
    const { people, organisations, places } = this.entities;
    const random = new Random(this.options.seed).fork(3);
    const personZipf = new Zipf(people.length, 1);
    const organisationZipf = new Zipf(organisations.length, 1);
    // Statements happen in towns; a town ranked first is this corpus's Bakhmut.
    const towns = places.filter((place) => place.placeKind === 'CITY');
    const placeZipf = new Zipf(towns.length, 1.05);
    const actor = () => (random.chance(0.8) ? people[personZipf.draw(random)]! : organisations[organisationZipf.draw(random)]!);
    let statementIndex = 0;
    let sourceIndex = 0;

    for (const size of this.#sourceSizes()) {
      sourceIndex += 1;
      const language = languages[random.weighted(languageWeights)]!;
      const publishedDay = random.integer(0, days - 1);
      const publisher = random.pick(publishers);
      const sourceId = `source:${slugOf(publisher)}-${dateText(publishedDay, 0)}-${sourceIndex}`;
      const declared = new Map<string, DocumentEntity>();
      const statements: Statement[] = [];
      const edges: DocumentEdge[] = [];
      const sentences: string[] = [];
      let text = `${publisher}, ${dateText(publishedDay, 0)}.\n\n`;

      for (let index = 0; index < size; index += 1) {
        statementIndex += 1;
        const templateIndex = random.integer(0, templates.length - 1);
        const claimant = actor();
        const target = random.chance(0.7) ? organisations[organisationZipf.draw(random)]! : actor();
        const place = towns[placeZipf.draw(random)]!;
        const number = random.integer(2, 900);
        const nameIn = (entity: DocumentEntity, inLanguage: Language) =>
          entity.names.find((name) => name.language === inLanguage)?.name ?? entity.name;
        const fill = (template: string, inLanguage: Language) =>
          template
            .replace('{actor}', nameIn(claimant, inLanguage))
            .replace('{target}', nameIn(target, inLanguage))
            .replace('{place}', nameIn(place, inLanguage))
            .replace('{n}', String(number));
        const sentence = fill(templates[templateIndex]![language], language);
        const english = fill(templates[templateIndex]!.en, 'en');
        const statementDay = Math.max(0, publishedDay - random.integer(0, 30));
        const date = dateText(statementDay, random.weighted([0.7, 0.2, 0.1]));
        const id = `statement:${slugOf(claimant.name)}-${templateNames[templateIndex]}-${statementIndex}`;

        const confirmers = new Set<DocumentEntity>();
        const disputers = new Set<DocumentEntity>();
        for (let count = random.weighted([0.5, 0.3, 0.15, 0.05]); count > 0; count -= 1) confirmers.add(actor());
        for (let count = random.weighted([0.8, 0.17, 0.03]); count > 0; count -= 1) disputers.add(actor());
        confirmers.delete(claimant);
        disputers.delete(claimant);
        for (const confirmer of confirmers) disputers.delete(confirmer);
        const mentioned = new Set<DocumentEntity>([place, target]);
        if (random.chance(0.3)) mentioned.add(random.chance(0.5) ? towns[placeZipf.draw(random)]! : random.pick(places));
        if (random.chance(0.2)) mentioned.add(people[personZipf.draw(random)]!);

        statements.push({
          id,
          text: sentence,
          language,
          ...(language === 'en' ? {} : { translation: english }),
          summary: english.slice(0, 200),
          date,
          verificationStatus: disputers.size > 0 ? 'DISPUTED' : statuses[random.weighted([0.5, 0.25, 0.15, 0.1])]!,
        });

        const start = text.length;
        text += sentence;
        sentences.push(sentence);
        edges.push({ type: 'REPORTED_IN', from: id, to: sourceId, quote: sentence, start, end: text.length });
        text += ' ';
        edges.push({ type: 'CLAIMS', from: claimant.id, to: id, date, medium: random.pick(media), quote: sentence });
        for (const confirmer of confirmers) {
          edges.push({ type: 'CONFIRMS', from: confirmer.id, to: id, strength: strengths[random.weighted([0.3, 0.4, 0.3])]! });
        }
        for (const disputer of disputers) edges.push({ type: 'DISPUTES', from: disputer.id, to: id });
        if (random.chance(0.08) && target.id !== claimant.id && target.kind !== 'Place') {
          edges.push({ type: 'BLAMES', from: claimant.id, to: target.id, statement: id, reason: random.pick(blameReasons), date });
        }
        for (const entity of mentioned) edges.push({ type: 'MENTIONS', from: id, to: entity.id });
        for (const entity of [claimant, target, place, ...confirmers, ...disputers, ...mentioned]) declared.set(entity.id, entity);
      }

      yield {
        source: {
          id: sourceId,
          title: statements[0]!.summary!,
          publisher,
          published: dateText(publishedDay, random.weighted([0.8, 0.15, 0.05])),
          language,
          text: text.trimEnd(),
        },
        entities: [...declared.values()],
        statements,
        edges,
      };
    }
  }
}
