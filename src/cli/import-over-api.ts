import { createHash } from 'node:crypto';
import type { ClaimgraphDocument } from '../model/document.js';
import type { FailedDocument, ImportedDocument, ImportResult } from '../writes/import.js';

/** One document through the running API: the same tokens, limits, provenance and write rules as GraphiQL. */
const importMutation = `mutation ImportDocument($input: ImportDocumentInput!) {
  importDocument(input: $input) {
    sourceId
    dryRun
    entities { givenId id kind outcome matchedSpelling updated }
    nodes { created updated unchanged }
    relationships { created updated unchanged }
  }
}`;

type Answer = {
  data?: { importDocument: Omit<ImportedDocument, 'index'> & { dryRun: boolean } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** What a failed request reports, in one line. */
export class ApiImportError extends Error {
  override name = 'ApiImportError';
}

/**
 * Imports documents one request each, in order. Each request carries an idempotency key made from its
 * document, so a retry after a lost answer writes nothing twice.
 */
export async function importOverApi(
  documents: readonly ClaimgraphDocument[],
  options: Readonly<{ url: string; token: string; dryRun: boolean; onProgress?: ((done: number) => void) | undefined }>,
): Promise<ImportResult> {
  const endpoint = new URL('/graphql', options.url);
  const imported: ImportedDocument[] = [];
  const failed: FailedDocument[] = [];
  for (const [index, document] of documents.entries()) {
    const body = JSON.stringify({ query: importMutation, variables: { input: { document, dryRun: options.dryRun } } });
    let answer: Answer;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          authorization: `Bearer ${options.token}`,
          'idempotency-key': `import-${createHash('sha256').update(body).digest('hex')}`,
        },
        body,
      });
      answer = (await response.json()) as Answer;
    } catch (error) {
      throw new ApiImportError(`No claimgraph API answers at ${endpoint} (${error instanceof Error ? error.message : String(error)}): start it with npm start, or pass --url.`);
    }
    const [error] = answer.errors ?? [];
    if (error?.extensions?.code === 'UNAUTHENTICATED' || error?.extensions?.code === 'FORBIDDEN') {
      throw new ApiImportError(`${error.message} Pass a token of the editor or admin role with --token or CLAIMGRAPH_TOKEN.`);
    }
    if (error || !answer.data) {
      failed.push({ index, sourceId: document.source.id, error: new Error(error ? `${error.message} (${error.extensions?.code ?? 'no code'})` : 'no answer') });
    } else {
      imported.push({ ...answer.data.importDocument, index });
    }
    options.onProgress?.(index + 1);
  }
  return { dryRun: options.dryRun, imported, failed };
}
