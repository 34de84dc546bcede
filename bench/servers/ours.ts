/** Our server as `npm start` serves it, over the bench's Neo4j: NEO4J_URI and PORT from the environment. */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
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
// With CPU_PROFILE_FILE (bench/cpu-profile.ts), the V8 profiler runs from SIGUSR2 until SIGTERM: the timed load alone.
const profileFile = process.env['CPU_PROFILE_FILE'];
const profiler = profileFile ? new Session() : undefined;
profiler?.connect();
process.on('SIGUSR2', () => void profiler?.post('Profiler.enable').then(() => profiler.post('Profiler.start')));
process.once('SIGTERM', () => {
  server.close();
  const written = profiler
    ? profiler.post('Profiler.stop').then(({ profile }) => writeFile(profileFile!, JSON.stringify(profile)))
    : Promise.resolve();
  void written.finally(() => database.close()).finally(() => process.exit(0));
});
