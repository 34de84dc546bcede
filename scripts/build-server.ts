/**
 * Compiles the server (src/) into dist/, one JavaScript file per TypeScript file in the same folders, so that
 * `npm start` runs plain JavaScript on Node and every path a file finds beside itself (seed/, web/, schema/) still
 * resolves. No type check here: `npm run typecheck` does that. tsx stays for development and the tests.
 *
 * The source maps beside the files are for `NODE_OPTIONS=--enable-source-maps npm start`, when a stack trace should
 * name the TypeScript. `npm start` runs without: Node would parse and keep in memory every map it finds, ours and the
 * packages', and translate every stack trace it formats.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { glob } from 'tinyglobby';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = `${root}dist/`;

await rm(dist, { recursive: true, force: true });
await build({
  entryPoints: await glob('src/**/*.ts', { cwd: root, absolute: true }),
  outbase: `${root}src`,
  outdir: dist,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
});
