import { loadConfig } from '../config.js';
import { connect } from '../connect.js';
import { SetupError } from '../db/local-neo4j/setup.js';
import { loadSeed } from '../writes/seed.js';

const config = loadConfig();
try {
  const connection = await connect(config);
  try {
    const documents = await loadSeed(connection.database.runner());
    console.log(`Seeded ${documents} document(s).`);
  } finally {
    await connection.close();
  }
} catch (error) {
  console.error(error instanceof SetupError ? error.message : error);
  process.exitCode = 1;
}
