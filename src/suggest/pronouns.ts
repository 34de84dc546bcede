import type { Mention, SpeakerKind } from './speakers.js';
import { pluralPronouns, referringHeads } from './lexicon.js';
import { RecentFirst } from './recency.js';

export type Entity = {
  name: string;
  kind: SpeakerKind;
  nameStart: number;
  nameEnd: number;
  titles: Set<string>;
  heads: Set<string>;
  isGroup: boolean;
};

const organisationPronouns = new Set(['it']);

const surnameOf = (name: string): string => name.toLowerCase().split(/\s+/u).at(-1)!;

/**
 * What the text has named so far, so that "hij", "she", "het bedrijf" or "de minister" can be read as the last
 * entity that fits. Surnames alone join the full name seen before them.
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
  private readonly speakers = new Set<Entity>();

  markSpeaker(entity: Entity): void {
    this.speakers.add(entity);
  }

  /** Adds a named mention, or the mention a pronoun or description resolved to, as the most recent one. */
  remember(entity: Entity): void {
    const sorts: string[] = [];
    if (entity.kind) sorts.push(`kind:${entity.kind}`);
    for (const title of entity.titles) sorts.push(`title:${title}`);
    if (entity.kind === 'Organisation' && !entity.isGroup) {
      sorts.push('organisation');
      for (const head of entity.heads) sorts.push(`head:${head}`);
    }
    for (const sort of sorts) {
      let list = this.recent.get(sort);
      if (!list) this.recent.set(sort, list = new RecentFirst());
      list.touch(entity);
    }
  }

  entityFor(mention: Mention): Entity {
    const known = this.entitiesByName.get(mention.name.toLowerCase())
      ?? (mention.name.includes(' ') ? undefined : this.personsBySurname.get(surnameOf(mention.name)));
    if (known) {
      if (known.kind === null) {
        known.kind = mention.kind;
        this.indexPerson(known);
      }
      for (const title of mention.titles) known.titles.add(title);
      return known;
    }
    // News introduces people by full name; a lone capitalised word never seen with a first name is an organisation or a place speaking for one.
    const kind = mention.kind ?? (mention.name.includes(' ') ? null : 'Organisation');
    const entity: Entity = {
      name: mention.name, kind, nameStart: mention.nameStart, nameEnd: mention.nameEnd,
      titles: new Set(mention.titles), heads: new Set(mention.name.toLowerCase().split(/\s+/u)), isGroup: mention.isGroup,
    };
    this.creationOrder.set(entity, this.creationOrder.size);
    this.entitiesByName.set(entity.name.toLowerCase(), entity);
    this.indexPerson(entity);
    return entity;
  }

  private indexPerson(entity: Entity): void {
    if (entity.kind !== 'Person') return;
    const surname = surnameOf(entity.name);
    const first = this.personsBySurname.get(surname);
    if (!first || this.creationOrder.get(first)! > this.creationOrder.get(entity)!) this.personsBySurname.set(surname, entity);
  }

  /**
   * The last entity of the right sort. For "it" and "they", one that has spoken among the last few wins:
   * lone capitalised words default to organisations, so platforms and places crowd that list.
   */
  resolvePronoun(pronoun: string, pluralVerb: boolean): Entity | null {
    const wantsGroup = organisationPronouns.has(pronoun) || (pluralPronouns.has(pronoun) && (pluralVerb || pronoun === 'they' || pronoun === 'them' || pronoun === 'hen' || pronoun === 'hun'));
    const fitting = this.latest(wantsGroup ? 'kind:Organisation' : 'kind:Person', 3);
    return (wantsGroup ? fitting.find((entity) => this.speakers.has(entity)) : undefined) ?? fitting[0] ?? null;
  }

  /** "de minister" finds the last person with that title; "het waterschap" the last organisation so named; "the company" any organisation. */
  resolveDescription(head: string, isTitle: boolean): Entity | null {
    const sort = isTitle ? `title:${head}` : referringHeads.has(head) ? 'organisation' : `head:${head}`;
    return this.latest(sort, 1)[0] ?? null;
  }

  private latest(sort: string, count: number): Entity[] {
    return this.recent.get(sort)?.first(count) ?? [];
  }
}
