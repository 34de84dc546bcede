import type { ClaimgraphDocument, DocumentDecision, DocumentEdge, DocumentEntity } from '../model/document.js';
import { idFromText } from '../model/ids.js';
import { significantWords, wordOverlap } from '../model/word-overlap.js';
import type { ConfirmationStrength } from '../model/kinds.js';
import type { EntityRecord, StatementRecord } from '../model/records.js';
import type { AttributionKind } from '../suggest/suggest.js';
import { documentDecision, type PendingDecision } from './attribution-decisions.js';

/** The article a draft is made of, as the caller describes it. */
export type ArticleFacts = Readonly<{
  text: string;
  language: string;
  title?: string | null;
  published?: string | null;
  url?: string | null;
}>;

/** Who said or is blamed: an entity of the graph, or one to create under this name. */
export type DraftEntity = EntityRecord | Readonly<{ kind: 'Person' | 'Organisation'; name: string }>;

/** One attribution as a reviewer keeps it (or as the rules suggest it, before review). */
export type ReviewedAttribution = Readonly<{
  kind: AttributionKind;
  speaker: DraftEntity;
  /** Offsets into the article's text of what is asserted. */
  content: Readonly<{ start: number; end: number }>;
  target: DraftEntity | null;
  hedged: boolean;
  strength?: ConfirmationStrength | null;
  /** An existing statement this is another report of (for a dispute: the statement disputed): the article becomes one more source of it. */
  sameAs: StatementRecord | null;
  /** The people, organisations and places the content names. */
  mentions: readonly DraftEntity[];
}>;

/** What a reviewer decided: per attribution kept, in the same order, and the suggestions rejected. */
export type ReviewDecisions = Readonly<{ rulesVersion: string; kept: readonly PendingDecision[]; rejected: readonly PendingDecision[] }>;

/** How long a title made from the text's first sentence may be. */
const titleLength = 120;
const hedgedNote = 'Hedged where reported: said conditionally or at second hand.';
/** A dispute addresses an earlier claim of the article that has at least this share of its words. */
const disputedOverlap = 0.4;
/** A dispute answers something said shortly before: so many of the nearest earlier claims are weighed, however long the article. */
const claimsWeighed = 50;

/**
 * The import document of an article and its attributions: the article as the source; per attribution a statement
 * (or the existing one it is another report of, exactly as stored, so that importing changes nothing of it) quoted
 * at its offsets, dated as the article, mentioning its speaker and the entities its content names; the speaker's
 * relationship of its kind and, for a blame, the blame of the target laid in that statement. A dispute of a claim
 * made earlier in the article (`disputedClaims`) disputes that claim's statement instead of making one of its own.
 * Speakers and targets are the entities given, or new ones; the import resolves a new one by its name, and refuses
 * one that names several entities until the reviewer picks. A confirmation is MODERATE unless told otherwise.
 * With the reviewer's decisions, the document's `review` holds each, naming the statement, speaker and target kept.
 */
export function draftDocument(article: ArticleFacts, attributions: readonly ReviewedAttribution[], decisions?: ReviewDecisions): ClaimgraphDocument {
  const title = article.title?.trim() || firstSentence(article.text);
  const source = {
    id: idFromText('Source', `${title} ${article.published ?? ''}`.trim()),
    title,
    language: article.language,
    text: article.text,
    ...(article.url ? { url: article.url } : {}),
    ...(article.published ? { published: article.published } : {}),
  };
  const entities = new Map<string, DocumentEntity>();
  const entityOf = (drafted: DraftEntity): string => {
    const entity = documentEntityOf(drafted);
    if (!entities.has(entity.id)) entities.set(entity.id, entity);
    return entity.id;
  };
  const statements = new Map<string, ClaimgraphDocument['statements'][number]>();
  const disputed = disputedClaims(article.text, attributions);
  const statementIds: string[] = [];
  for (const [index, attribution] of attributions.entries()) {
    if (disputed[index] !== null) continue;
    const quote = article.text.slice(attribution.content.start, attribution.content.end);
    const statement = attribution.sameAs
      ? storedStatement(attribution.sameAs)
      : newStatement(quote, article.language, article.published ?? null, attribution.hedged, statements);
    statements.set(statement.id, statement);
    statementIds[index] = statement.id;
  }
  const edges: DocumentEdge[] = [];
  const keptDecisions: DocumentDecision[] = [];
  for (const [index, attribution] of attributions.entries()) {
    const quote = article.text.slice(attribution.content.start, attribution.content.end);
    const speaker = entityOf(attribution.speaker);
    const claimIndex = disputed[index];
    const statementId = statementIds[claimIndex ?? index]!;
    const decision = decisions?.kept[index];
    if (decision) {
      const target = attribution.kind === 'BLAMES' && attribution.target ? entityOf(attribution.target) : null;
      keptDecisions.push(documentDecision(decision, { kind: attribution.kind, statement: statementId, speaker, target }));
    }
    const strength = attribution.kind === 'CONFIRMS' ? { strength: attribution.strength ?? ('MODERATE' as const) } : {};
    edges.push({ type: attribution.kind === 'BLAMES' ? 'CLAIMS' : attribution.kind, from: speaker, to: statementId, quote, ...strength });
    // The disputed claim's statement has its own quote and mentions; the dispute's words stay on its DISPUTES edge.
    if (claimIndex !== null) continue;
    const blamed = attribution.kind === 'BLAMES' && attribution.target ? entityOf(attribution.target) : undefined;
    if (blamed && blamed !== speaker) {
      edges.push({ type: 'BLAMES', from: speaker, to: blamed, statement: statementId, reason: oneLine(quote, 500), quote });
      edges.push({ type: 'MENTIONS', from: statementId, to: blamed });
    }
    if (!attribution.sameAs) {
      for (const mentioned of [attribution.speaker, ...attribution.mentions]) edges.push({ type: 'MENTIONS', from: statementId, to: entityOf(mentioned) });
    }
    edges.push({ type: 'REPORTED_IN', from: statementId, to: source.id, quote, start: attribution.content.start, end: attribution.content.end });
  }
  const review = decisions && { rulesVersion: decisions.rulesVersion, decisions: [...keptDecisions, ...decisions.rejected.map((rejected) => documentDecision(rejected))] };
  return { source, entities: [...entities.values()], statements: [...statements.values()], edges: uniqueEdges(edges), ...(review ? { review } : {}) };
}

/** The id a drafted entity has in the document: its own, or one made of its kind and name. */
export function draftEntityId(drafted: DraftEntity): string {
  return 'id' in drafted ? drafted.id : idFromText(drafted.kind, drafted.name);
}

/**
 * For each attribution, the claim of the same article it disputes, as the index of that claim's attribution, or null.
 * A dispute addresses a claim (or blame) by another speaker, ending before the dispute begins, among the nearest
 * `claimsWeighed`, whose content has at least 40% of the dispute's words (by their first letters); of several, the
 * one sharing the most, then the nearest. A dispute already marked the same as a stored statement keeps that.
 */
export function disputedClaims(text: string, attributions: readonly ReviewedAttribution[]): Array<number | null> {
  const wordsOf = (attribution: ReviewedAttribution) => significantWords(text.slice(attribution.content.start, attribution.content.end));
  const claims = [...attributions.entries()]
    .filter(([, claim]) => claim.kind === 'CLAIMS' || claim.kind === 'BLAMES')
    .map(([index, claim]) => ({ index, claim, words: wordsOf(claim) }))
    .sort((left, right) => left.claim.content.end - right.claim.content.end);
  return attributions.map((dispute) => {
    if (dispute.kind !== 'DISPUTES' || dispute.sameAs) return null;
    const disputeWords = wordsOf(dispute);
    if (disputeWords.size === 0) return null;
    const before = claims.filter(({ claim }) => claim.content.end <= dispute.content.start).slice(-claimsWeighed);
    let best: { index: number; overlap: number; start: number } | null = null;
    for (const { index, claim, words } of before) {
      if (draftEntityId(claim.speaker) === draftEntityId(dispute.speaker)) continue;
      const overlap = wordOverlap(disputeWords, words);
      if (overlap < disputedOverlap) continue;
      if (!best || overlap > best.overlap || (overlap === best.overlap && claim.content.start > best.start)) best = { index, overlap, start: claim.content.start };
    }
    return best?.index ?? null;
  });
}

function documentEntityOf(drafted: DraftEntity): DocumentEntity {
  if (!('id' in drafted)) {
    const details = drafted.kind === 'Organisation' ? { organisationKind: 'OTHER' as const } : {};
    return { id: draftEntityId(drafted), kind: drafted.kind, name: drafted.name, names: [], aliases: [], ...details };
  }
  const details =
    drafted.kind === 'Organisation' ? { organisationKind: drafted.organisationKind } : drafted.kind === 'Place' ? { placeKind: drafted.placeKind } : {};
  return { id: drafted.id, kind: drafted.kind, name: drafted.name, names: [], aliases: [], ...details };
}

/** An existing statement as stored: importing it again matches it by id and changes nothing. */
function storedStatement(statement: StatementRecord): ClaimgraphDocument['statements'][number] {
  return {
    id: statement.id,
    text: statement.text,
    language: statement.language,
    verificationStatus: statement.verificationStatus,
    ...(statement.translation ? { translation: statement.translation } : {}),
    ...(statement.summary ? { summary: statement.summary } : {}),
    ...(statement.date ? { date: statement.date.value } : {}),
    ...(statement.verificationNote ? { verificationNote: statement.verificationNote } : {}),
  };
}

function newStatement(
  quote: string,
  language: string,
  date: string | null,
  hedged: boolean,
  taken: ReadonlyMap<string, unknown>,
): ClaimgraphDocument['statements'][number] {
  const base = idFromText('Statement', quote.split(/\s+/).slice(0, 8).join(' '));
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return { id, text: quote, language, ...(date ? { date } : {}), verificationStatus: 'UNVERIFIED', ...(hedged ? { verificationNote: hedgedNote } : {}) };
}

/** Two attributions of one speaker to one statement are one relationship. */
function uniqueEdges(edges: readonly DocumentEdge[]): DocumentEdge[] {
  const key = (edge: DocumentEdge) => JSON.stringify([edge.type, edge.from, edge.to, edge.statement ?? null, edge.start ?? null]);
  return [...new Map(edges.map((edge) => [key(edge), edge])).values()];
}

function oneLine(words: string, length: number): string {
  const line = words.replace(/\s+/g, ' ').trim();
  return line.length <= length ? line : `${line.slice(0, length - 1).replace(/\s+\S*$/, '')}…`;
}

function firstSentence(text: string): string {
  const [first] = new Intl.Segmenter(undefined, { granularity: 'sentence' }).segment(text);
  return oneLine(first?.segment ?? text, titleLength);
}
