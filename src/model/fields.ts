import { z } from 'zod';
import { isReversedRange, parsePartialDate } from './dates.js';
import { kindOfId } from './ids.js';
import type { NodeKind } from './kinds.js';

/** The rules one field obeys wherever it is written: in an imported document or in a mutation's input. */

/** The most items any list in a request may hold: ids, kinds, types, actors (src/http/list-bounds.ts). */
export const maxListLength = 100;

export const shortText = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');
export const longText = z.string().min(1, 'must not be empty').max(20_000, 'must be at most 20000 characters');

/** A source's full text: quotes point into it by offset. */
export const sourceText = z.string().min(1, 'must not be empty').max(1_000_000, 'must be at most 1000000 characters');
/** An article the rules read for suggestions: what an article needs, so that reading one stays short. */
export const articleText = z.string().min(1, 'must not be empty').max(200_000, 'must be at most 200000 characters (an article; longer texts can still be imported)');
/** Where a source can be read: a web address, which the explorer draws as a link; no javascript:, data: or file: URLs. */
export const sourceUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http or https URL, e.g. "https://example.org/article"' })
  .max(2000, 'must be at most 2000 characters');
/** Words to look for, in a search or a name filter. */
export const searchWords = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** An entity's names per language, one per language; `item` is the rule for one name where it is not checked already. */
export const localizedNames = <Item extends z.ZodType<{ language: string }>>(item: Item) =>
  z
    .array(item)
    .max(50, 'must hold at most 50 names')
    .refine((names) => new Set(names.map((name) => name.language)).size === names.length, 'must hold one name per language');
export const aliases = z.array(shortText).max(100, 'must hold at most 100 aliases');

/** A BCP 47 tag, in its canonical case ("NL" is "nl", "sr-latn" is "sr-Latn"), so that writes and filters agree on it. */
export const languageTag = z
  .string()
  .max(35)
  .refine((tag) => isLanguageTag(tag), 'must be a BCP 47 language tag such as "nl", "uk" or "sr-Latn"')
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]!);

export const partialDate = z
  .string()
  .refine((value) => parsePartialDate(value) !== undefined, 'must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

/** A filter's date range, `from` to `to`: a range that ends before it starts would match nothing, and says so. */
export const dateRangeInOrder = z
  .looseObject({ from: z.string().nullish(), to: z.string().nullish() })
  .refine((range) => !isReversedRange(range), { message: 'must not end before `from` starts: the range is reversed', path: ['to'] });

/** What an id reads, as a regular expression's source (with the u flag): "<kind>:<slug>". */
export const nodeIdPattern = '[a-z]+:[\\p{L}\\p{N}._~-]+';

/**
 * A relationship's id (see `relationshipId`): "claims:person:yevgeny-prigozhin->statement:…", followed, for one a merge
 * kept apart from a relationship that differs from it, by "+" and the id of the node it came from.
 */
export const relationshipIdPattern = `[a-z_]+:${nodeIdPattern}->${nodeIdPattern}(?:#${nodeIdPattern}|@\\d+)?(?:\\+${nodeIdPattern})*`;

export const relationshipIdField = z
  .string()
  .max(1_000, 'must be at most 1000 characters')
  .regex(new RegExp(`^${relationshipIdPattern}$`, 'u'), 'must read "<type>:<from id>-><to id>", e.g. "claims:person:yevgeny-prigozhin->statement:…"');

export const nodeId = z
  .string()
  .max(200, 'must be at most 200 characters')
  .regex(new RegExp(`^${nodeIdPattern}$`, 'u'), 'must read "<kind>:<slug>", e.g. "person:yevgeny-prigozhin"');

/** An id whose prefix names one of these kinds, e.g. an actor's: "person:…" or "organisation:…". */
export function nodeIdOf(kinds: readonly NodeKind[]) {
  const allowed = kinds.join(' or ');
  return nodeId.refine((id) => (kinds as readonly string[]).includes(kindOfId(id) ?? ''), {
    message: `must be the id of a ${allowed}, e.g. "${kinds[0]?.toLowerCase()}:…"`,
  });
}

/**
 * The sources that state a structural relationship: each a source's id and its words, found in its text (the offsets are
 * where they first stand there).
 */
export const relationshipSources = z
  .array(
    z
      .object({
        source: nodeIdOf(['Source']).describe('The id of a source that states it'),
        quote: longText.describe("The source's words that state it, verbatim"),
      })
      .strict(),
  )
  .max(20, 'must hold at most 20 sources');

/** Who holds a structural relationship as background knowledge: a person or team, as they sign. */
export const knownBy = shortText;

/** An Admiralty credibility grade: 1 (confirmed by other sources) to 6 (truth cannot be judged). */
export const credibility = z.number().int('must be a whole number').min(1, 'must be 1 to 6').max(6, 'must be 1 to 6');

/** A threshold on a suggestion's confidence, 0 to 1. */
export const confidenceThreshold = z.number().min(0, 'must be 0 to 1').max(1, 'must be 0 to 1');

export const latitude = z.number().min(-90, 'must be at least -90').max(90, 'must be at most 90');
export const longitude = z.number().min(-180, 'must be at least -180').max(180, 'must be at most 180');
export const offset = z.number().int().min(0, 'must be 0 or more');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Which of a quote's fields is wrong, when the source text between the offsets is not the quote. */
export function quoteProblem(
  sourceText: string,
  quote: { quote: string; start: number; end: number },
): { field: 'end' | 'quote'; message: string } | undefined {
  if (quote.end <= quote.start || quote.end > sourceText.length) {
    return { field: 'end', message: `offsets must satisfy start < end <= ${sourceText.length}, the text's length` };
  }
  const quoted = sourceText.slice(quote.start, quote.end);
  if (quoted !== quote.quote) {
    return {
      field: 'quote',
      message: `the quote differs from the source text between its offsets, which reads "${quoted.slice(0, 80)}"`,
    };
  }
  return undefined;
}
