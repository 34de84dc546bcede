import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/local-neo4j.js';
import { applySchema } from '../src/db/migrations.js';
import { Corpus } from './corpus/generate.js';
import { countRows, graphFingerprint, loadHandWritten, loadThroughProject } from './corpus/load.js';
const neo = await startLocalNeo4j({ name: 'bench-import', port: 7701, heap: '2g', pageCacheMb: 1024, log: console.log });
const db = new Database({ uri: neo.uri, username: 'neo4j', password: '', database: undefined, queryTimeoutMs: 600_000 });
try {
  await applySchema(db.runner());
  const wipe = async () => { for (;;) { const r = await db.runner().write((tx) => tx.run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c')); if (!r[0]?.c) break; } };
  await wipe();
  const corpus = new Corpus({ statements: Number(process.argv[2] ?? 2000), seed: 42 });
  const docs = [...corpus.documents()];
  const { nodes, relationships } = countRows(docs);
  console.log({ nodes, relationships, docs: docs.length });
  const h = await loadHandWritten(db, () => docs, 5000); console.log(h, await graphFingerprint(db.runner()));
  await wipe();
  const p = await loadThroughProject(db, docs, nodes + relationships, 50); console.log(p, await graphFingerprint(db.runner()));
} finally { await db.close(); await neo.stop(); }
