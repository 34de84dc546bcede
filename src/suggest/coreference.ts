import type { Gender, Lexicon, Pronoun } from './lexicon/lexicon.js';
import { isAgeWord, isDocumentNoun, type Mention, type SpeakerKind } from './mentions.js';
import { RecentFirst } from './recency.js';
import { lastWordOf } from './tokens.js';

export type Entity = {
  name: string;
  kind: SpeakerKind;
  /** Whether words said the kind (a title, "ministry", a pronoun that refers to it), rather than the name's shape. */
  kindCertain: boolean;
  gender: Gender | null;
  nameStart: number;
  nameEnd: number;
  titles: Set<string>;
  heads: Set<string>;
  isGroup: boolean;
  /** Two named together ("Jan Bos en Eva Smit"), whom a plural pronoun after them refers to; null for one entity. */
  members: readonly Entity[] | null;
  /** When it was last mentioned, in mentions read. */
  lastSeen: number;
};

/** The sort of organisation a word names ("company" and "Ltd" one, "regulator" and "watchdog" another), if the lexicon tells. */
function sortOf(lexicon: Lexicon, word: string): ReadonlySet<string> | undefined {
  return lexicon.organisationSorts.find((sort) => sort.has(word));
}

/** The organisation word a compound ends in ("corporatie" in "woningcorporatie"), where compounds put their head last. */
function organisationHeadOf(lexicon: Lexicon, word: string): string | null {
  if (!lexicon.grammar.compoundsHeadLast) return null;
  for (let length = 4; length < Math.min(word.length - 2, 25); length += 1) {
    const head = word.slice(word.length - length);
    if (lexicon.organisationWords.has(head)) return head;
  }
  return null;
}

/**
 * What the text has named so far, so that "hij", "she", "they", "het bedrijf" or "de minister" can be read as the last
 * entity that fits in kind, gender and number. Surnames alone join the full name seen before them.
 *
 * Entities are found by name and by surname in maps, and the last one of each sort (a kind, a title, an
 * organisation's head word) is kept first in a list of its own, so that a long text does not make each pronoun or
 * description look back over all it named. An entity gains a kind or a title only in `entityFor`, whose answer the
 * reader remembers at once, so those lists stay in the order of the last mention.
 */
export class Discourse {
  private readonly entitiesByName = new Map<string, Entity>();
  /** The first person created with each surname, in the order entities were created. */
  private readonly personsBySurname = new Map<string, Entity>();
  private readonly creationOrder = new Map<Entity, number>();
  private readonly recent = new Map<string, RecentFirst<Entity>>();
  /** Who has spoken, and when last (on the clock of mentions). */
  private readonly speakers = new Map<Entity, number>();
  private clock = 0;
  private sentenceStartedAt = 0;
  private previousSentenceStartedAt = 0;
  private lastPair: Entity | null = null;
  /** Organisations a plural pronoun has referred to: the text calls them "they". */
  private readonly calledThey = new Set<Entity>();
  /** The entity that opens the sentence being read, and the one before: the subject, as news sentences mostly open with it. */
  private sentenceSubject: Entity | null = null;
  private previousSubject: Entity | null = null;
  /** The organisation the last unnamed spokesperson spoke for, with the spokesperson's gender and when they were named. */
  private spokesperson: Readonly<{ entity: Entity; gender: Gender | null; seen: number }> | null = null;

  constructor(private readonly lexicon: Lexicon) {}

  /** A new sentence is read: what it names from now on is named in the same sentence as what follows. */
  startSentence(): void {
    this.previousSentenceStartedAt = this.sentenceStartedAt;
    this.sentenceStartedAt = this.clock;
    this.previousSubject = this.sentenceSubject;
    this.sentenceSubject = null;
  }

  opensSentence(entity: Entity): boolean {
    return this.sentenceSubject === entity;
  }

  markSpeaker(entity: Entity): void {
    this.speakers.set(entity, this.clock);
  }

  /** Adds a named mention, or the mention a pronoun or description resolved to, as the most recent one. */
  /** The entity named by the phrase that opens the sentence: in news, mostly its subject. */
  openSentenceWith(entity: Entity): void {
    this.sentenceSubject = entity;
  }

  remember(entity: Entity): void {
    this.clock += 1;
    entity.lastSeen = this.clock;
    if (entity.members) return;
    const sorts: string[] = [];
    if (entity.kind) sorts.push(`kind:${entity.kind}`);
    for (const title of entity.titles) sorts.push(`title:${title}`);
    if (entity.kind === 'Organisation' && !entity.isGroup) {
      sorts.push('organisation');
      for (const head of entity.heads) sorts.push(`head:${head}`);
      // "woningcorporatie Maashaven Wonen" … "de corporatie", "Algemene Onderwijsbond" … "de bond": a compound is also
      // found by the organisation word it ends in.
      for (const word of [...entity.heads, ...entity.titles]) {
        const head = organisationHeadOf(this.lexicon, word);
        if (head) sorts.push(`head:${head}`);
      }
    }
    for (const sort of sorts) {
      let list = this.recent.get(sort);
      if (!list) this.recent.set(sort, list = new RecentFirst());
      list.touch(entity);
    }
  }

  /**
   * "Een woordvoerder van VGZ", "a spokeswoman for the council": someone unnamed who speaks for an organisation, whom a
   * later "hij" or "she" may refer to. Call after `remember`, so that it counts as the latest mention.
   */
  rememberSpokesperson(entity: Entity, gender: Gender | null): void {
    this.spokesperson = { entity, gender, seen: entity.lastSeen };
  }

  /** "Jan Bos en Eva Smit": the two, as one that a plural pronoun after them can refer to. */
  rememberPair(first: Entity, second: Entity): void {
    this.lastPair = {
      name: `${first.name}, ${second.name}`, kind: null, kindCertain: false, gender: null, nameStart: first.nameStart, nameEnd: second.nameEnd,
      titles: new Set(), heads: new Set(), isGroup: true, members: [first, second], lastSeen: 0,
    };
    this.remember(this.lastPair);
  }

  entityFor(mention: Mention): Entity {
    const known = this.entitiesByName.get(mention.name.toLowerCase())
      ?? (mention.name.includes(' ') ? undefined : this.personsBySurname.get(lastWordOf(mention.name)));
    if (known) {
      if (known.kind === null || (!known.kindCertain && mention.kindCertain && mention.kind !== null)) {
        known.kind = mention.kind;
        known.kindCertain = mention.kindCertain;
        this.indexPerson(known);
      }
      known.gender ??= mention.gender;
      for (const title of mention.titles) known.titles.add(title);
      return known;
    }
    // News introduces people by full name; a lone capitalised word never seen with a first name is an organisation or a place speaking for one.
    // A document ("the report") is neither.
    const document = isDocumentNoun(this.lexicon, lastWordOf(mention.name));
    const kind = mention.kind ?? (mention.name.includes(' ') || document ? null : 'Organisation');
    const entity: Entity = {
      name: mention.name, kind, kindCertain: mention.kindCertain && mention.kind !== null, gender: mention.gender,
      nameStart: mention.nameStart, nameEnd: mention.nameEnd,
      titles: new Set(mention.titles), heads: new Set(mention.name.toLowerCase().split(/\s+/u)), isGroup: mention.isGroup, members: null, lastSeen: 0,
    };
    this.creationOrder.set(entity, this.creationOrder.size);
    this.entitiesByName.set(entity.name.toLowerCase(), entity);
    this.indexPerson(entity);
    return entity;
  }

  private indexPerson(entity: Entity): void {
    if (entity.kind !== 'Person') return;
    const surname = lastWordOf(entity.name);
    const first = this.personsBySurname.get(surname);
    if (!first || this.creationOrder.get(first)! > this.creationOrder.get(entity)!) this.personsBySurname.set(surname, entity);
  }

  /**
   * The last entity that agrees with a pronoun. A plural refers to the last two named together, or to an organisation or
   * group; for those, one that has spoken among the last few wins, because lone capitalised words default to
   * organisations, so places crowd that list. A singular person pronoun takes the last person of its gender or of none
   * known, who then has that gender.
   */
  resolvePronoun(word: string, pluralVerb: boolean): Entity | null {
    // A possessive before a spokesperson ("his spokesman") refers as a singular does.
    const pronoun: Pronoun = this.lexicon.pronouns[word] ?? { number: 'singular', gender: null, refersTo: 'any' };
    const plural = pronoun.number === 'plural' || (pronoun.number === 'either' && pluralVerb);
    // "De provincie is boos. Ze zegt …": a singular pronoun of either kind ("ze") that opens its sentence continues an
    // organisation that was the subject of the sentence before; not when a person was named after it there ("De gemeente
    // heeft Anna Smit aangesteld. Ze zegt …"), who may as well be meant.
    const subject = this.previousSubject;
    const personSince = subject !== null && this.latest('kind:Person', 1).some((person) => person.lastSeen > subject.lastSeen);
    if (!plural && pronoun.refersTo === 'any' && this.sentenceSubject === null && !personSince
      && subject?.kind === 'Organisation' && subject.kindCertain && !subject.isGroup && !subject.members) return subject;
    if (plural) return this.pluralInView();
    if (pronoun.refersTo === 'organisation') return this.organisationInView('kind:Organisation');
    const fitting = this.latest('kind:Person', 3).filter((entity) => pronoun.gender === null || entity.gender === null || entity.gender === pronoun.gender);
    // "Haar buurvrouw Marijke Dekker bevestigt dat: volgens haar …", "Anna Price said Sarah Cole had warned her": a person
    // pronoun later in the sentence refers to the person who opened it.
    const current = this.sentenceSubject;
    if (current && pronoun.refersTo === 'person' && current.kind === 'Person' && !current.members && fitting.includes(current)) {
      current.gender ??= pronoun.gender;
      return current;
    }
    // "Ahmed Bouzid heeft laten weten dat hij de gedeputeerde … vraagt. „…”, zei hij": a person who opened the sentence
    // before and spoke there goes on speaking, before one named later in it; but when that one spoke in it too ("Sarah
    // Cole said …, and Anna Price agreed. She …"), either may be meant, and the pronoun is left unresolved.
    const continued = subject !== null && fitting.includes(subject) && this.speakers.has(subject);
    const latest = fitting[0];
    if (continued && latest && latest !== subject && (this.speakers.get(latest) ?? -1) > this.previousSentenceStartedAt) return null;
    const person = (continued ? subject : latest) ?? null;
    // "Een woordvoerder van VGZ spreekt dat tegen. Volgens hem …": an unnamed spokesperson who spoke after the last person
    // that agrees is the nearer antecedent, and speaks for the organisation.
    const spokesperson = this.spokesperson;
    if (spokesperson && pronoun.refersTo === 'person' && this.speakers.has(spokesperson.entity) && spokesperson.seen > (person?.lastSeen ?? 0)
      && (spokesperson.gender === null || pronoun.gender === null || spokesperson.gender === pronoun.gender)) {
      return spokesperson.entity;
    }
    if (person) {
      person.gender ??= pronoun.gender;
      if (pronoun.refersTo === 'person') person.kindCertain = true;
    }
    return person;
  }

  /**
   * What a plural pronoun refers to: the last two named together, if named since the organisation or group in view.
   * "Residents said …. The council said it was investigating. They blamed …": an organisation named in a sentence before
   * is "they" only where the text has called it so (as British English may); a group or two people in view who spoke are
   * plural in form, and meant first. An organisation of this sentence ("The council said they …")
   * stays the nearest.
   */
  private pluralInView(): Entity | null {
    const found = this.organisationInView('kind:Organisation', true);
    const pair = this.lastPair;
    if (pair && pair.lastSeen > (found?.lastSeen ?? 0)) return pair;
    const singular = found !== null && !found.isGroup && !found.members && found.lastSeen <= this.sentenceStartedAt && !this.calledThey.has(found);
    if (singular) {
      const spoke = (entity: Entity): boolean => this.speakers.has(entity);
      const groups = this.latest('kind:Organisation', 3).filter((entity) => entity.isGroup && spoke(entity));
      const pairs = pair && pair.members!.some(spoke) ? [pair] : [];
      const plural = [...groups, ...pairs].sort((first, second) => second.lastSeen - first.lastSeen)[0];
      if (plural) return plural;
    }
    if (found && !found.isGroup && !found.members) this.calledThey.add(found);
    return found;
  }

  /** "de minister" finds the last person with that title; "het waterschap" the last organisation so named; "the company" any organisation. */
  resolveDescription(head: string, isTitle: boolean): Entity | null {
    // "de 62-jarige", "the 62-year-old": the last person named.
    if (isTitle && isAgeWord(this.lexicon, head)) return this.latest('kind:Person', 1)[0] ?? null;
    if (this.lexicon.spokespersonTitles.has(head)) {
      // "Woordvoerder Lisa Bos …. De woordvoerder zegt": a spokesperson named since the last unnamed one is meant.
      const named = this.latest(`title:${head}`, 1)[0];
      if (named && named.kind === 'Person' && named.lastSeen > (this.spokesperson?.seen ?? 0)) return named;
      return this.organisationInView();
    }
    if (!isTitle && this.lexicon.referringHeads.has(head)) {
      // "the company": an organisation in view, not a group, unless words said it is another kind: "The ministry said ….
      // The agency said …", "Ofgem, the regulator, … The company …" are two.
      const fits = (entity: Entity): boolean => !this.describedAsAnother(entity, head);
      // "Northern Energy Company said …. Ofwat said …. The company …": a name that ends in the head word says which.
      const named = this.latest(`head:${head}`, 1)[0];
      if (named && !named.isGroup && fits(named) && this.latest('organisation', 3).includes(named)) return named;
      return this.organisationInView('organisation', false, fits);
    }
    if (isTitle) {
      // "Sarah Cole, the energy minister, met Anna Price, the finance minister. The minister …": two named with the title
      // since the sentence before began may each be meant, and the description is left to stand for itself.
      const [latest, before] = this.latest(`title:${head}`, 2);
      if (latest && before && before.lastSeen > this.previousSentenceStartedAt && /\p{Lu}/u.test(before.name)) return null;
      return latest ?? null;
    }
    // "de actiegroep" also finds "Actiegroep Boerenverstand", whose descriptor was read as its title.
    return this.latest(`head:${head}`, 1)[0] ?? this.latest(`title:${head}`, 1)[0] ?? null;
  }

  /**
   * Whether a noun described an organisation as a kind that `head` is not: "the ministry", "the union", "de gemeente"
   * (organisation words that are not themselves general heads, as "firm", "insurer" and "company" are of one another),
   * or a word of another sort ("the regulator" is no company). Of a proper name's words only its last one counts, and
   * only when it tells a sort ("Thames Water Ltd", "the Energy Regulator"): "Halden Airlines" may be "the company".
   */
  private describedAsAnother(entity: Entity, head: string): boolean {
    const { lexicon } = this;
    const proper = /\p{Lu}/u.test(entity.name);
    const lastOfName = lastWordOf(entity.name);
    const describing = proper ? [...entity.titles, ...(sortOf(lexicon, lastOfName) ? [lastOfName] : [])] : [...entity.heads, ...entity.titles];
    const headSort = sortOf(lexicon, head);
    // "zorgverzekeraar VGZ" … "de verzekeraar": a compound is also what it ends in.
    const isHead = (word: string): boolean => lexicon.grammar.compoundsHeadLast && word.endsWith(head);
    const another = (word: string): boolean => {
      const sort = sortOf(lexicon, word);
      if (sort && headSort) return sort !== headSort;
      return lexicon.organisationWords.has(word) && !lexicon.referringHeads.has(word) && !sort;
    };
    return describing.some((word) => another(word) && !isHead(word));
  }

  /**
   * Of the last few organisations, one that has spoken, else one whose words said it is one, else the last. When none of
   * them has spoken, a speaker whose kind was only guessed from a name of two words ("Halden Pharma") may be the one
   * meant, if it spoke since: "the company" and "it" then say it is an organisation.
   */
  private organisationInView(sort = 'kind:Organisation', plural = false, fits: (entity: Entity) => boolean = () => true): Entity | null {
    const fitting = this.latest(sort, 3).filter(fits);
    // An organisation that words named earlier in the same sentence is the nearest antecedent, even before it is known to
    // speak ("The board said it …"); a group only for a plural.
    const nearest = (entity: Entity): boolean => entity.lastSeen > this.sentenceStartedAt && entity.kindCertain && (plural || !entity.isGroup);
    // "Ofgem … confirmed that it had opened an inquiry into NHP's pricing. In a statement, the regulator said …": of those
    // that have spoken, the one that opened the sentence before, not one named later in it.
    // "The company said it was disappointed": an organisation that opened this sentence, known as one by its words, comes
    // before the one before ("Services were restored, the company said" names no organisation first).
    const current = this.sentenceSubject;
    if (current && fitting.includes(current) && current.kindCertain && (plural || !current.isGroup)) return current;
    const subject = this.previousSubject;
    if (subject && fitting.includes(subject) && this.speakers.has(subject) && (plural || !subject.isGroup)) return subject;
    const spoken = fitting.find((entity) => this.speakers.has(entity) || nearest(entity));
    const guessed = this.latest('kind:Person', 3).find((entity) => !entity.kindCertain && this.speakers.has(entity));
    // "Die lezing werd ontkend door Zorgverzekeraars Nederland. Volgens de koepel …": a name guessed to be a person's that
    // spoke last, after the organisation that spoke, is the organisation meant.
    if (spoken && guessed && !plural && guessed.lastSeen > spoken.lastSeen && this.speakers.get(guessed)! > (this.speakers.get(spoken) ?? 0)) return this.asOrganisation(guessed);
    if (spoken) return spoken;
    // "they" agrees in number with a plural noun ("the researchers") or two named together ("Eva Smit en Jan Bos
    // bezochten de school. Ze zeggen …") before a singular organisation that has not spoken.
    const group = plural ? fitting.find((entity) => entity.isGroup) : undefined;
    const pair = plural ? this.lastPair : null;
    if (pair && pair.lastSeen > (group?.lastSeen ?? 0)) return pair;
    if (group) return group;
    if (guessed && guessed.lastSeen > (fitting[0]?.lastSeen ?? 0)) return this.asOrganisation(guessed);
    return fitting.find((entity) => entity.kindCertain) ?? fitting[0] ?? null;
  }

  /** "the company" and "it" say that a speaker guessed to be a person by the shape of its name is an organisation. */
  private asOrganisation(guessed: Entity): Entity {
    this.recent.get('kind:Person')!.forget(guessed);
    if (this.personsBySurname.get(lastWordOf(guessed.name)) === guessed) this.personsBySurname.delete(lastWordOf(guessed.name));
    guessed.kind = 'Organisation';
    guessed.kindCertain = true;
    return guessed;
  }

  private latest(sort: string, count: number): Entity[] {
    return this.recent.get(sort)?.first(count) ?? [];
  }
}
