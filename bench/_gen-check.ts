import { Corpus } from '/work/main/bench/corpus/generate.js';
import { parseDocument } from '/work/main/src/import/document.js';
const t0 = Date.now();
const corpus = new Corpus({ statements: Number(process.argv[2] ?? 2000), seed: 42 });
console.log('entities', Date.now() - t0, corpus.counts);
let docs = 0, edges = 0, statements = 0, ents = 0; const types: Record<string, number> = {};
for (const d of corpus.documents()) { docs++; edges += d.edges.length; statements += d.statements.length; ents += d.entities.length;
  for (const e of d.edges) types[e.type] = (types[e.type] ?? 0) + 1;
  if (docs % 50 === 1) parseDocument(d); }
console.log({ docs, edges, statements, ents, types, ms: Date.now() - t0 });
let n = 0; for (const d of corpus.documents()) { if (n++ === 30) { console.log(JSON.stringify(d, null, 1).slice(0, 3000)); break; } }
