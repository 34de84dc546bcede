import type { Mention, SpeakerKind } from './speakers.js';
import { pluralPronouns, referringHeads } from './lexicon.js';

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

/**
 * What the text has named so far, in order, so that "hij", "she", "het bedrijf" or "de minister" can be
 * read as the last entity that fits. Surnames alone join the full name seen before them.
 */
export class Discourse {
  private readonly entities: Entity[] = [];
  private readonly recent: Entity[] = [];
  private readonly speakers = new Set<Entity>();

  markSpeaker(entity: Entity): void {
    this.speakers.add(entity);
  }

  /** Adds a named mention, or the mention a pronoun or description resolved to, as the most recent one. */
  remember(entity: Entity): void {
    this.recent.push(entity);
  }

  entityFor(mention: Mention): Entity {
    const lastName = mention.name.split(/\s+/u).at(-1)!.toLowerCase();
    const known = this.entities.find((entity) => entity.name.toLowerCase() === mention.name.toLowerCase())
      ?? (mention.name.includes(' ') ? undefined : this.entities.find((entity) => entity.kind === 'Person' && entity.name.toLowerCase().split(/\s+/u).at(-1) === lastName));
    if (known) {
      if (known.kind === null) known.kind = mention.kind;
      for (const title of mention.titles) known.titles.add(title);
      return known;
    }
    // News introduces people by full name; a lone capitalised word never seen with a first name is an organisation or a place speaking for one.
    const kind = mention.kind ?? (mention.name.includes(' ') ? null : 'Organisation');
    const entity: Entity = {
      name: mention.name, kind, nameStart: mention.nameStart, nameEnd: mention.nameEnd,
      titles: new Set(mention.titles), heads: new Set(mention.name.toLowerCase().split(/\s+/u)), isGroup: mention.isGroup,
    };
    this.entities.push(entity);
    return entity;
  }

  /**
   * The last entity of the right sort. For "it" and "they", one that has spoken among the last few wins:
   * lone capitalised words default to organisations, so platforms and places crowd that list.
   */
  resolvePronoun(pronoun: string, pluralVerb: boolean): Entity | null {
    const wantsGroup = organisationPronouns.has(pronoun) || (pluralPronouns.has(pronoun) && (pluralVerb || pronoun === 'they' || pronoun === 'them' || pronoun === 'hen' || pronoun === 'hun'));
    const fitting: Entity[] = [];
    for (let index = this.recent.length - 1; index >= 0 && fitting.length < 3; index -= 1) {
      const entity = this.recent[index]!;
      if ((wantsGroup ? entity.kind === 'Organisation' : entity.kind === 'Person') && !fitting.includes(entity)) fitting.push(entity);
    }
    return (wantsGroup ? fitting.find((entity) => this.speakers.has(entity)) : undefined) ?? fitting[0] ?? null;
  }

  /** "de minister" finds the last person with that title; "het waterschap" the last organisation so named; "the company" any organisation. */
  resolveDescription(head: string, isTitle: boolean): Entity | null {
    for (let index = this.recent.length - 1; index >= 0; index -= 1) {
      const entity = this.recent[index]!;
      if (isTitle ? entity.titles.has(head) : entity.kind === 'Organisation' && !entity.isGroup && (entity.heads.has(head) || referringHeads.has(head))) return entity;
    }
    return null;
  }
}
