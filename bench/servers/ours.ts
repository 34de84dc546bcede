/** Our server as `npm start` serves it, over the bench's Neo4j: NEO4J_URI and PORT from the environment. */
import { createServer } from 'node:http';
import { openDatabase } from '../database.js';
import { createApp } from '../../src/yoga.js';

const database = openDatabase(process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7700');
const app = createApp(database);
const server = createServer(app);
server.listen(Number(process.env['PORT'] ?? 4101), '127.0.0.1', () => console.log('READY'));
process.once('SIGTERM', () => {
  server.close();
  void database.close().finally(() => process.exit(0));
});
