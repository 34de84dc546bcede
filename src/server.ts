import { createServer } from 'node:http';
import { loadConfig } from './config.js';
import { connect } from './db/connect.js';
import { SetupError } from './db/local-neo4j.js';
import { isGraphEmpty, loadSeed } from './import/seed.js';
import { createApp } from './yoga.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection = await connect(config);
  const runner = connection.database.runner();
  if (await isGraphEmpty(runner)) {
    const documents = await loadSeed(runner);
    console.log(`Loaded the seed (${documents} document) into the empty database.`);
  }

  const app = createApp(connection.database);
  const server = createServer(app);
  server.listen(config.port, () => {
    console.log(`claimgraph serves GraphiQL at http://localhost:${config.port}${app.graphqlEndpoint}`);
  });

  const shutDown = () => {
    server.close();
    connection.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
