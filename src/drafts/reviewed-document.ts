import type { QueryRunner } from '../db/database.js';
import { entitiesByNameKeysRead } from '../data/name-keys.js';
import { nodesByIds } from '../data/nodes.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { actorKinds, type ConfirmationStrength, type NodeKind } from '../model/kinds.js';
import { InvalidInput, MissingNode } from '../model/failures.js';
import type { EntityRecord, NodeRecord, StatementRecord } from '../model/records.js';
import type { AttributionKind } from '../suggest/suggest.js';
import { keptDecision, rejectedDecision, type SuggestionFacts } from './attribution-decisions.js';
import { type ArticleFacts, draftDocument } from './draft-document.js';
import type { DraftEntity } from './reviewed-attribution.js';
import { mentionedEntities, namedDraftEntities, namesWithKeys } from './mentions.js';

/** An entity by its id, or a new one by its name and kind. */
export type EntityChoice = Readonly<{ id?: string | null; name?: string | null; kind?: NodeKind | null }>;

export type AttributionChoice = Readonly<{
  kind: AttributionKind;
  speaker: EntityChoice;
  start: number;
  end: number;
  target?: EntityChoice | null;
  hedged?: boolean | null;
  strength?: ConfirmationStrength | null;
  sameAs?: string | null;
  /** The suggestion this attribution was kept from; none for one added by hand. */
  suggested?: SuggestionFacts | null;
}>;

/** What the reviewer decided beyond the attributions kept: the suggestions rejected, and the version of the rules that made them. */
export type ReviewChoices = Readonly<{ rulesVersion: string; rejected: readonly SuggestionFacts[] }>;

/**
 * The import document of an article as a reviewer settled its attributions: the entities and statements they chose
 * are read and checked to exist and be of the right kind, and the offsets to lie in the text; the entities each
 * content names are read by the import's name keys, at the same time. With the review's choices, the document also
 * holds a decision per suggestion kept (accepted as it was, or edited, and how), rejected, or attribution added.
 */
export async function reviewedDocument(
  runner: QueryRunner,
  article: ArticleFacts,
  attributions: readonly AttributionChoice[],
  review?: ReviewChoices | null,
): Promise<ClaimgraphDocument> {
  const ids = attributions.flatMap((choice) => [choice.speaker.id, choice.target?.id, choice.sameAs].filter((id): id is string => Boolean(id)));
  const inText = (choice: Readonly<{ start: number; end: number }>) => choice.start >= 0 && choice.start < choice.end && choice.end <= article.text.length;
  const namesOf = attributions.map((choice) => (inText(choice) ? namesWithKeys(article.text, choice.start, choice.end) : []));
  const [fetched, named] = await Promise.all([
    nodesByIds(runner, ids),
    entitiesByNameKeysRead(runner, namesOf.flat().flatMap(({ keys }) => keys)),
  ]);
  const byId = new Map(fetched.flatMap((found) => (found ? [[found.node.id, found.node] as const] : [])));
  const entityOf = (choice: EntityChoice, field: string): DraftEntity => {
    if (choice.id) return ofKinds<EntityRecord>(byId.get(choice.id), choice.id, actorKinds, `${field}.id`);
    if (!choice.name?.trim()) throw new InvalidInput(field, 'give the id of an entity, or the name of a new one');
    const kind = choice.kind ?? 'Person';
    if (kind !== 'Person' && kind !== 'Organisation') throw new InvalidInput(`${field}.kind`, 'a new speaker or blamed party is a Person or an Organisation');
    return { kind, name: choice.name.trim() };
  };
  const outOfText = (field: string) => new InvalidInput(field, `offsets must satisfy 0 <= start < end <= ${article.text.length}, the text's length`);
  review?.rejected.forEach((suggestion, index) => {
    if (!inText(suggestion)) throw outOfText(`rejected.${index}.end`);
  });
  const reviewed = attributions.map((choice, index) => {
    const field = `attributions.${index}`;
    if (!inText(choice)) throw outOfText(`${field}.end`);
    if (choice.suggested && !inText(choice.suggested)) throw outOfText(`${field}.suggested.end`);
    if (choice.kind === 'BLAMES' && !choice.target) throw new InvalidInput(`${field}.target`, 'a blame names who is blamed');
    return {
      kind: choice.kind,
      speaker: entityOf(choice.speaker, `${field}.speaker`),
      content: { start: choice.start, end: choice.end },
      target: choice.target ? entityOf(choice.target, `${field}.target`) : null,
      hedged: choice.hedged ?? false,
      strength: choice.strength ?? null,
      sameAs: choice.sameAs ? ofKinds<StatementRecord>(byId.get(choice.sameAs), choice.sameAs, ['Statement'], `${field}.sameAs`) : null,
    };
  });
  const draftedNames = namedDraftEntities(reviewed.flatMap((attribution) => [attribution.speaker, ...(attribution.target ? [attribution.target] : [])]));
  const settled = reviewed.map((attribution, index) => ({ ...attribution, mentions: mentionedEntities(namesOf[index]!, named, draftedNames) }));
  const decisions = review && {
    rulesVersion: review.rulesVersion,
    kept: settled.map((attribution, index) => keptDecision(attributions[index]!.suggested ?? null, attribution)),
    rejected: review.rejected.map(rejectedDecision),
  };
  return draftDocument(article, settled, decisions ?? undefined);
}

function ofKinds<Found extends NodeRecord>(node: NodeRecord | undefined, id: string, kinds: readonly string[], field: string): Found {
  if (!node) throw new MissingNode(id);
  if (!kinds.includes(node.kind)) throw new InvalidInput(field, `"${id}" is a ${node.kind}; this needs a ${kinds.join(' or ')}`);
  return node as Found;
}
