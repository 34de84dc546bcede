import { loadConfig } from '../config.js';
import { connect } from '../connect.js';
import { SetupError } from '../db/local-neo4j/setup.js';
import { loadSeed } from '../writes/seed.js';

const config = loadConfig();
try {
  // The seed is start-up work: it runs with the start-up time limits, not a request's.
  const connection = await connect(config, {
    prepare: async (startUp) => console.log(`Seeded ${await loadSeed(startUp.runner())} document(s).`),
  });
  await connection.close();
} catch (error) {
  console.error(error instanceof SetupError ? error.message : error);
  process.exitCode = 1;
}
