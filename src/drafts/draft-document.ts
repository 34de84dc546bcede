import type { ClaimgraphDocument, DocumentEdge, DocumentEntity } from '../model/document.js';
import { idFromText } from '../model/ids.js';
import type { ConfirmationStrength } from '../model/kinds.js';
import type { EntityRecord, StatementRecord } from '../model/records.js';
import type { AttributionKind } from '../suggest/suggest.js';

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
  /** An existing statement this is another report of: the article becomes one more source of it. */
  sameAs: StatementRecord | null;
}>;

/** How long a title made from the text's first sentence may be. */
const titleLength = 120;
const hedgedNote = 'Hedged where reported: said conditionally or at second hand.';

/**
 * The import document of an article and its attributions: the article as the source; per attribution a statement
 * (or the existing one it is another report of, exactly as stored, so that importing changes nothing of it) quoted
 * at its offsets; the speaker's relationship of its kind and, for a blame, the blame of the target laid in that
 * statement. Speakers and targets are the entities given, or new ones; the import resolves a new one by its name, and
 * refuses one that names several entities until the reviewer picks. A confirmation is MODERATE unless told otherwise.
 */
export function draftDocument(article: ArticleFacts, attributions: readonly ReviewedAttribution[]): ClaimgraphDocument {
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
  const edges: DocumentEdge[] = [];
  for (const attribution of attributions) {
    const quote = article.text.slice(attribution.content.start, attribution.content.end);
    const speaker = entityOf(attribution.speaker);
    const statement = attribution.sameAs ? storedStatement(attribution.sameAs) : newStatement(quote, article.language, attribution.hedged, statements);
    statements.set(statement.id, statement);
    const strength = attribution.kind === 'CONFIRMS' ? { strength: attribution.strength ?? ('MODERATE' as const) } : {};
    edges.push({ type: attribution.kind === 'BLAMES' ? 'CLAIMS' : attribution.kind, from: speaker, to: statement.id, quote, ...strength });
    const blamed = attribution.kind === 'BLAMES' && attribution.target ? entityOf(attribution.target) : undefined;
    if (blamed && blamed !== speaker) {
      edges.push({ type: 'BLAMES', from: speaker, to: blamed, statement: statement.id, reason: oneLine(quote, 500), quote });
      edges.push({ type: 'MENTIONS', from: statement.id, to: blamed });
    }
    edges.push({ type: 'REPORTED_IN', from: statement.id, to: source.id, quote, start: attribution.content.start, end: attribution.content.end });
  }
  return { source, entities: [...entities.values()], statements: [...statements.values()], edges: uniqueEdges(edges) };
}

function documentEntityOf(drafted: DraftEntity): DocumentEntity {
  if (!('id' in drafted)) {
    const details = drafted.kind === 'Organisation' ? { organisationKind: 'OTHER' as const } : {};
    return { id: idFromText(drafted.kind, drafted.name), kind: drafted.kind, name: drafted.name, names: [], aliases: [], ...details };
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
  hedged: boolean,
  taken: ReadonlyMap<string, unknown>,
): ClaimgraphDocument['statements'][number] {
  const base = idFromText('Statement', quote.split(/\s+/).slice(0, 8).join(' '));
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return { id, text: quote, language, verificationStatus: 'UNVERIFIED', ...(hedged ? { verificationNote: hedgedNote } : {}) };
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
