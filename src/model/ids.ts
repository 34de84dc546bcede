import { type NodeKind, nodeKinds, type RelationshipType } from './kinds.js';
import { foldDiacritics, transliterateCyrillic } from './names.js';

/** Ids read "person:yevgeny-prigozhin": the prefix names the kind, so an id alone finds its node. */
const idPrefixes: Record<NodeKind, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Place: 'place',
  Statement: 'statement',
  Source: 'source',
};

/** A readable id made from a name or text: "Jevgeni Prigozjin" as a Person → "person:jevgeni-prigozjin". */
export function idFromText(kind: NodeKind, text: string): string {
  const slug = foldDiacritics(transliterateCyrillic(text))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${idPrefixes[kind]}:${slug || 'unnamed'}`;
}

export function kindOfId(id: string): NodeKind | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return nodeKinds.find((kind) => idPrefixes[kind] === prefix);
}

/**
 * A relationship's id says what makes it one: its type and ends, plus the statement of a blame
 * or the offset of a quote, since those may repeat between the same two nodes.
 */
export function relationshipId(
  edge: Readonly<{ type: RelationshipType; from: string; to: string; statement?: string | undefined; start?: number | undefined }>,
): string {
  const discriminator = edge.type === 'BLAMES' ? `#${edge.statement}` : edge.type === 'REPORTED_IN' ? `@${edge.start}` : '';
  return `${edge.type.toLowerCase()}:${edge.from}->${edge.to}${discriminator}`;
}

/**
 * The id of a relationship a merge moved beside one it differs from in a property: the id of the one it stands beside,
 * and the id of the node it came from ("claims:person:a->statement:s+person:b"), so that both stay, apart.
 */
export const keptApartId = (id: string, retired: string) => `${id}+${retired}`;

/** Whether `id` is the relationship that `base` names or one a merge kept apart beside it: both have its ends. */
export const hasEndsOf = (id: string, base: string) => id === base || id.startsWith(`${base}+`);
