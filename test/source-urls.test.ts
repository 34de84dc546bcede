import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimgraphDocument } from '../src/model/document.js';
import { isWebAddress } from '../web/src/source-link.js';
import { expectError, expectUnchanged, openTestApi, resetToSeed, testTokens } from './support.js';

const api = openTestApi();
const editor = api.as(testTokens.editor);
beforeAll(() => resetToSeed(api.database));
afterAll(() => api.close());

/** Addresses a browser would run, read from disk or take as the page itself, were they drawn as links. */
const notWebAddresses = ['javascript:alert(8)', 'JavaScript:alert(8)', 'file:///etc/passwd', 'data:text/html,<script>alert(8)</script>', 'vbscript:msgbox(8)'];

const createSource = `mutation ($url: String, $archiveUrl: String) {
  createSource(input: { title: "A source", language: "nl", text: "Een tekst.", url: $url, archiveUrl: $archiveUrl }) { source { id url archiveUrl } }
}`;

describe('a source is read at an http or https address only', () => {
  it.each(notWebAddresses)('createSource refuses the url %s, and writes nothing', async (url) => {
    const response = await expectUnchanged(api.database, () => editor(createSource, { url }));
    expectError(response, 'BAD_USER_INPUT', 'input.url');
  });

  it.each(notWebAddresses)('createSource refuses the archiveUrl %s', async (archiveUrl) => {
    expectError(await editor(createSource, { archiveUrl }), 'BAD_USER_INPUT', 'input.archiveUrl');
  });

  it('an import refuses a document whose source has such an address, naming the field', async () => {
    const document = JSON.parse(await readFile(new URL('fixtures/prigozjin-dreigt-2023-05.json', import.meta.url), 'utf8')) as ClaimgraphDocument;
    const importDocument = 'mutation ($document: JSON!) { importDocument(input: { document: $document }) { sourceId } }';
    for (const [field, address] of [['url', 'javascript:alert(8)'], ['archiveUrl', 'data:text/html,hi']] as const) {
      const response = await expectUnchanged(api.database, () => editor(importDocument, { document: { ...document, source: { ...document.source, [field]: address } } }));
      expectError(response, 'BAD_USER_INPUT', `input.document.source.${field}`);
    }
  });

  it('http and https addresses are kept as given', async () => {
    const { data, errors } = await editor(createSource, { url: 'https://nos.nl/artikel/2473821', archiveUrl: 'http://archive.org/web/2023/https://nos.nl/artikel/2473821' });
    expect(errors).toBeUndefined();
    expect(data.createSource.source).toMatchObject({ url: 'https://nos.nl/artikel/2473821', archiveUrl: 'http://archive.org/web/2023/https://nos.nl/artikel/2473821' });
  });
});

describe('the explorer draws a link only to a web address', () => {
  it.each(notWebAddresses)('%s is no web address: drawn as text', (address) => {
    expect(isWebAddress(address)).toBe(false);
  });

  it.each(['https://nos.nl/artikel/2473821', 'HTTP://EXAMPLE.ORG/'])('%s is drawn as a link', (address) => {
    expect(isWebAddress(address)).toBe(true);
  });
});
