/**
 * Builds the graph explorer (web/) into web/dist/: one bundled script with sigma.js and graphology, its
 * stylesheet and the page. `npm start` and `npm test` run it first; it takes well under a second.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const web = fileURLToPath(new URL('../web/', import.meta.url));
const dist = `${web}dist/`;

await mkdir(dist, { recursive: true });
await build({
  entryPoints: { explorer: `${web}src/main.ts`, 'explorer-style': `${web}src/explorer.css` },
  outdir: dist,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  // Each component's GraphQL documents sit beside it as .graphql files (test/explorer-documents.test.ts checks them).
  loader: { '.graphql': 'text' },
  logLevel: 'warning',
});
await copyFile(`${web}index.html`, `${dist}index.html`);
