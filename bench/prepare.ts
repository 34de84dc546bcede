/** `npm run bench:prepare -- --scale 1m`: generate and load the corpus only (the bench does it too when needed). */
import { parseArgs } from 'node:util';
import { type LoadMethod, parseScale, prepareBenchDatabase } from './database.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '20230517' },
    port: { type: 'string', default: '7700' },
    load: { type: 'string', default: 'hand-written' },
  },
});
const bench = await prepareBenchDatabase({
  scale: parseScale(values.scale),
  seed: Number(values.seed),
  port: Number(values.port),
  load: values.load as LoadMethod,
  log: console.log,
});
console.log(JSON.stringify(bench.marker, null, 2));
await bench.close();
