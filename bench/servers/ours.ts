/** Our server as `npm start` serves it, over the bench's Neo4j: NEO4J_URI and PORT from the environment. */
import { createServer } from 'node:http';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/yoga.js';
import { openDatabase } from '../database.js';

const config = loadConfig();
const database = openDatabase(process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7700');
// The benchmark measures how fast requests are answered, not how the rate limiter refuses them.
const app = createApp(database, { ...config, rateLimitPerMinute: 1_000_000_000, logger: createLogger(config.logLevel) });
const server = createServer(app);
server.listen(Number(process.env['PORT'] ?? 4101), '127.0.0.1', () => console.log('READY'));
process.once('SIGTERM', () => {
  server.close();
  void database.close().finally(() => process.exit(0));
});
