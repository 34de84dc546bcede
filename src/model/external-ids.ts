import { z } from 'zod';
import { sourceUrl } from './fields.js';

/** The registries whose ids join an entity with other datasets. */
export const externalIdSchemes = ['WIKIDATA', 'ISNI', 'VIAF', 'OPENSANCTIONS', 'URL'] as const;
export type ExternalIdScheme = (typeof externalIdSchemes)[number];

/** An entity's id in a registry, e.g. WIKIDATA Q7747 (Vladimir Putin). */
export type ExternalId = Readonly<{ scheme: ExternalIdScheme; value: string }>;

/** The most external ids one entity may carry. */
export const maxExternalIds = 20;

/**
 * ISNI's check character, ISO 7064 MOD 11-2 over the first 15 digits (10 is written X). No maintained package on
 * npm computes this variant (iso-7064 does MOD 97-10, for IBANs), and it is these three lines.
 */
function isniCheckCharacter(digits: string): string {
  const total = [...digits].reduce((sum, digit) => ((sum + Number(digit)) * 2) % 11, 0);
  const check = (12 - total) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * Each scheme's rule: what a value must read, in the one form it is stored and compared in, so that "q7747" and
 * "Q7747", or an ISNI with and without its spaces, are one id.
 */
const valueRules: Record<ExternalIdScheme, z.ZodType<string, string>> = {
  WIKIDATA: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^Q[1-9]\d{0,11}$/, 'must be a Wikidata item id: Q and a number, e.g. "Q7747"'),
  ISNI: z
    .string()
    .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
    .refine((value) => /^\d{15}[\dX]$/.test(value), 'must be 16 characters, 15 digits and a check digit or X, e.g. "0000 0001 2103 2683"')
    .refine((value) => !/^\d{15}[\dX]$/.test(value) || isniCheckCharacter(value.slice(0, 15)) === value[15], 'has a wrong check character'),
  VIAF: z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,21}$/, 'must be a VIAF id: digits, e.g. "102333412"'),
  OPENSANCTIONS: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z](?:[0-9A-Za-z._-]{0,198}[0-9A-Za-z])?$/, 'must be an OpenSanctions entity id: letters, digits, ".", "-" and "_", e.g. "Q7747" or "ofac-12345"'),
  URL: z.string().trim().pipe(sourceUrl),
};

/** An external id as given, checked by its scheme's rule and in its stored form; problems name `value`. */
export const externalId = z
  .object({
    scheme: z.enum(externalIdSchemes).describe('The registry: WIKIDATA, ISNI, VIAF, OPENSANCTIONS or URL'),
    value: z.string().max(2000).describe('The id in that registry, e.g. "Q7747" for WIKIDATA'),
  })
  .strict()
  .transform((given, context) => {
    const checked = valueRules[given.scheme].safeParse(given.value);
    if (checked.success) return { scheme: given.scheme, value: checked.data };
    for (const issue of checked.error.issues) context.addIssue({ code: 'custom', path: ['value'], message: issue.message });
    return z.NEVER;
  });

/** An entity's external ids, each once, in the order given. */
export const externalIds = z
  .array(externalId)
  .max(maxExternalIds, `must hold at most ${maxExternalIds} external ids`)
  .transform((ids) => [...new Map(ids.map((id) => [externalIdKey(id), id])).values()]);

/** "WIKIDATA:Q7747": how an external id is stored on its entity and keyed; a scheme holds no colon. */
export const externalIdKey = ({ scheme, value }: ExternalId) => `${scheme}:${value}`;

export function externalIdOfKey(key: string): ExternalId | undefined {
  const colon = key.indexOf(':');
  const scheme = key.slice(0, colon) as ExternalIdScheme;
  return colon > 0 && externalIdSchemes.includes(scheme) ? { scheme, value: key.slice(colon + 1) } : undefined;
}

/** Each id once, in key order, so that writing what was read changes nothing. */
export function uniqueExternalIds(ids: readonly ExternalId[]): ExternalId[] {
  return [...new Map(ids.map((id) => [externalIdKey(id), id])).entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([, id]) => id);
}

/** Where a person can read the registry's record, or the URL itself. */
export function externalIdUrl({ scheme, value }: ExternalId): string {
  switch (scheme) {
    case 'WIKIDATA':
      return `https://www.wikidata.org/wiki/${value}`;
    case 'ISNI':
      return `https://isni.org/isni/${value}`;
    case 'VIAF':
      return `https://viaf.org/viaf/${value}`;
    case 'OPENSANCTIONS':
      return `https://www.opensanctions.org/entities/${value}/`;
    case 'URL':
      return value;
  }
}
