import type { WriteTransaction } from '../db/database.js';
import { storedSourceProperties } from '../data/document-properties.js';
import { quotesOfSource } from '../data/relationship-writes.js';
import { relocateQuotes } from '../data/quote-locations.js';
import { relocateStructuralSourcesOf } from '../data/structural-sources.js';
import type { ClaimgraphDocument } from '../model/document.js';
import { quoteProblem } from '../model/fields.js';
import { idFromText } from '../model/ids.js';
import { InvalidInput, MissingNode } from '../model/failures.js';
import { nodesInTransaction, upsertNodes, type WriteOutcome } from '../data/node-writes.js';
import type { SourceRecord, WriteStamp } from '../model/records.js';
import { changed, changedRequired, createNodeOfKind, lockNodeOfKind, updateNodeOfKind } from './nodes.js';

type SourceFields = ClaimgraphDocument['source'];

/** A source as a mutation gives it: the id may be left out, and is then made from the title. */
export type SourceDraft = Omit<SourceFields, 'id'> & Readonly<{ id?: string | undefined }>;

/** Changes to a source: a field left out stays, null clears an optional one. */
export type SourceChanges = Readonly<{ id: string } & { [Field in Exclude<keyof SourceFields, 'id'>]?: SourceFields[Field] | null }>;

export async function createSource(transaction: WriteTransaction, stamp: WriteStamp, draft: SourceDraft): Promise<SourceRecord> {
  await requirePublisher(transaction, draft.publishedBy);
  const id = draft.id ?? idFromText('Source', draft.title);
  return createNodeOfKind(transaction, stamp, 'Source', id, storedSourceProperties({ ...draft, id }));
}

/** Writes whole sources, as a document gives them: each created, or brought up to date. */
export async function writeSources(transaction: WriteTransaction, stamp: WriteStamp, sources: readonly SourceFields[]): Promise<WriteOutcome[]> {
  return upsertNodes(transaction, 'Source', sources.map((source) => ({ id: source.id, properties: storedSourceProperties(source) })), stamp);
}

/** Changes a source; refuses a text in which a quote of it would no longer be the words between its offsets. */
export async function updateSource(transaction: WriteTransaction, stamp: WriteStamp, changes: SourceChanges): Promise<SourceRecord> {
  const current = await lockNodeOfKind(transaction, 'Source', changes.id);
  await requirePublisher(transaction, changes.publishedBy);
  const text = changedRequired('text', changes.text, current.text);
  if (text !== current.text) {
    const broken = (await quotesOfSource(transaction, current.id)).filter((quote) => quoteProblem(text, quote));
    if (broken.length > 0) {
      throw new InvalidInput(
        'text',
        `${broken.length} quote(s) of this source would no longer match the text between their offsets, e.g. ${broken[0]!.id}`,
      );
    }
  }
  const properties = storedSourceProperties({
    id: current.id,
    title: changedRequired('title', changes.title, current.title),
    publisher: changed(changes.publisher, current.publisher),
    url: changed(changes.url, current.url),
    published: changed(changes.published, current.published?.value ?? null),
    language: changedRequired('language', changes.language, current.language),
    text,
    description: changed(changes.description, current.description),
    reliability: changed(changes.reliability, current.reliability),
    authors: changes.authors === undefined ? [...current.authors] : [...(changes.authors ?? [])],
    publishedBy: changed(changes.publishedBy, current.publishedBy),
    accessed: changed(changes.accessed, current.accessed?.value ?? null),
    archiveUrl: changed(changes.archiveUrl, current.archiveUrl),
  });
  const source = await updateNodeOfKind(transaction, stamp, 'Source', current.id, properties);
  if (text !== current.text) {
    const lost = await relocateQuotes(transaction, { source: current.id });
    if (lost > 0) {
      throw new InvalidInput('text', `${lost} quote(s) of claims, confirmations or disputes would no longer stand in any source of their statement`);
    }
    const [unstated] = await relocateStructuralSourcesOf(transaction, current.id);
    if (unstated) throw new InvalidInput('text', `the relationship ${unstated.id} quotes words of this source that the new text no longer holds`);
  }
  return source;
}

/** A publisher is an organisation of the graph. */
async function requirePublisher(transaction: WriteTransaction, publishedBy: string | null | undefined): Promise<void> {
  if (!publishedBy) return;
  const publisher = (await nodesInTransaction(transaction, [publishedBy])).get(publishedBy);
  if (!publisher) throw new MissingNode(publishedBy);
  if (publisher.kind !== 'Organisation') throw new InvalidInput('publishedBy', `"${publishedBy}" is a ${publisher.kind}; a publisher is an organisation`);
}
