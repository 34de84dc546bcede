import { type EntityKind, entityKinds } from '../model/kinds.js';
import { spellingKeys } from '../model/names.js';
import { draftEntityId } from './draft-document.js';
import type { DraftEntity } from './reviewed-attribution.js';

/** A stretch of a text that may be a name, at its offsets. */
export type NameAt = Readonly<{ name: string; start: number; end: number }>;
/** With the keys the import resolves it by, as any kind of entity. */
export type NameWithKeys = NameAt & Readonly<{ keys: readonly string[] }>;

/** Names longer than this many words are read as their parts. */
const longestName = 5;
/** However long a statement, so many of its readings are looked up at most. */
const namesPerText = 64;
const words = /[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*/gu;
/** What may stand between two words of one name: spaces, or an apostrophe ("O'Brien", "Prigozhin's"). */
const withinName = /^(?:[ \t\u00a0]+|['’])$/u;
/** A short lowercase word may join the capitalised words of a name: "Armed Forces of Ukraine", "Hof van Justitie". */
const joinerLength = 3;

/** The keys the import resolves a name by, for each of these kinds. */
export function nameKeys(name: string, kinds: readonly EntityKind[]): string[] {
  return kinds.flatMap((kind) => [...spellingKeys({ kind, name, names: [], aliases: [] }).keys()]);
}

/** `nameKeys`, each name and kinds folded once: an article names the same people again and again. */
export function rememberingNameKeys(): typeof nameKeys {
  const known = new Map<string, string[]>();
  return (name, kinds) => {
    const key = `${kinds.join(' ')}\n${name}`;
    let keys = known.get(key);
    if (!keys) known.set(key, (keys = nameKeys(name, kinds)));
    return keys;
  };
}

/** `namesIn`, each with its keys. */
export function namesWithKeys(text: string, start: number, end: number, keysOf: typeof nameKeys = nameKeys): NameWithKeys[] {
  return namesIn(text, start, end).map((name) => ({ ...name, keys: keysOf(name.name, entityKinds) }));
}

/**
 * What may be names in text[start, end): every run of up to five capitalised words, joined by spaces or by short
 * lowercase words. The rules of a language decide nothing here; a reading counts only if the graph or the draft
 * already knows it as a name.
 */
export function namesIn(text: string, start: number, end: number): NameAt[] {
  const found: NameAt[] = [];
  const run: Array<{ start: number; end: number; capitalised: boolean }> = [];
  const readRun = () => {
    for (const [first, word] of run.entries()) {
      if (!word.capitalised) continue;
      for (let last = first; last < Math.min(run.length, first + longestName) && found.length < namesPerText; last += 1) {
        if (run[last]!.capitalised) found.push({ name: text.slice(word.start, run[last]!.end), start: word.start, end: run[last]!.end });
      }
    }
    run.length = 0;
  };
  for (const match of text.slice(start, end).matchAll(words)) {
    const word = { start: start + match.index, end: start + match.index + match[0].length, capitalised: /^\p{Lu}/u.test(match[0]) };
    const previous = run.at(-1);
    if (previous && !withinName.test(text.slice(previous.end, word.start))) readRun();
    if (word.capitalised || (run.length > 0 && match[0].length <= joinerLength)) run.push(word);
    else readRun();
    if (found.length >= namesPerText) break;
  }
  readRun();
  return found;
}

/** Each of these entities under the keys of its name: the new entities a draft would create, so that its statements can mention them. */
export function namedDraftEntities(entities: readonly DraftEntity[]): Map<string, DraftEntity[]> {
  const named = new Map<string, DraftEntity[]>();
  for (const entity of entities) {
    if ('id' in entity) continue;
    for (const key of nameKeys(entity.name, [entity.kind])) named.set(key, [...(named.get(key) ?? []), entity]);
  }
  return named;
}

/**
 * The entities these names stand for, by the keys in `named` (the graph's, then the draft's): longest names first, a
 * name taken only when it names exactly one entity, and never a name inside one taken ("Ukraine" in "Armed Forces of
 * Ukraine").
 */
export function mentionedEntities(names: readonly NameWithKeys[], ...named: ReadonlyArray<ReadonlyMap<string, readonly DraftEntity[]>>): DraftEntity[] {
  const taken: NameWithKeys[] = [];
  const found = new Map<string, DraftEntity>();
  for (const name of [...names].sort((left, right) => right.end - right.start - (left.end - left.start))) {
    if (taken.some((other) => other.start < name.end && name.start < other.end)) continue;
    const entities = new Map(named.flatMap((byKey) => name.keys.flatMap((key) => byKey.get(key) ?? [])).map((entity) => [draftEntityId(entity), entity]));
    if (entities.size !== 1) continue;
    taken.push(name);
    const [id, entity] = [...entities][0]!;
    found.set(id, entity);
  }
  return [...found.values()];
}
