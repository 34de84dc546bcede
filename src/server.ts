import { createServer, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { loadConfig } from './config.js';
import { connect } from './connect.js';
import { SetupError } from './db/local-neo4j/setup.js';
import { isGraphEmpty, loadSeed } from './writes/seed.js';
import { warmPlans } from './plan-warming.js';
import { inProcessEvents, redisEvents } from './events/event-stream.js';
import { createLogger } from './logger.js';
import { createApp } from './yoga.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  // Nothing listens before the plans are warm, so /ready says ready only after the warming.
  const connection = await connect(config, {
    log,
    prepare: async (startUp) => {
      const runner = startUp.runner();
      if (await isGraphEmpty(runner)) {
        const documents = await loadSeed(runner);
        log(`Loaded the seed (${documents} document) into the empty database.`);
      }
      const started = performance.now();
      const failed = await warmPlans(startUp);
      if (failed.length > 0) logger.warn({ failed }, 'Some start-up questions failed; their queries are planned at their first request.');
      log(`Warmed the query plans in ${Math.round(performance.now() - started)} ms.`);
    },
  });

  const draining = new AbortController();
  const events = config.redisUrl
    ? redisEvents(config.redisUrl, logger, config.subscriptionsPerClient)
    : inProcessEvents(config.subscriptionsPerClient);
  const app = createApp(connection.database, { ...config, logger, draining: draining.signal, events });
  // While draining, every response tells its client that its connection ends with it, so that no client sends
  // another request down a keep-alive connection that is about to close.
  const unanswered = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    if (draining.signal.aborted) response.setHeader('connection', 'close');
    unanswered.add(response);
    response.once('close', () => unanswered.delete(response));
    void app(request, response);
  });
  server.listen(config.port, config.host, () => {
    logger.info(`claimgraph serves the explorer at http://${config.host}:${config.port}/ and GraphiQL at http://${config.host}:${config.port}${app.graphqlEndpoint}`);
    logger.flush();
  });

  /**
   * Stop taking connections, let the requests in flight finish within the grace period, then close the
   * rest, the driver and the embedded Neo4j. Idle keep-alive connections are closed at once, so a client
   * does not send a new request down a connection that is about to go.
   */
  const shutDown = async (signal: string) => {
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'Shutting down: finishing the requests in flight.');
    draining.abort();
    // Subscriptions never finish by themselves: they end now, so that their connections close with the others.
    events.endSubscriptions();
    for (const response of unanswered) if (!response.headersSent) response.setHeader('connection', 'close');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const idleEvery = setInterval(() => server.closeIdleConnections(), 100);
    const outcome = await Promise.race([closed.then(() => 'drained' as const), delay(config.shutdownGraceMs, 'grace over' as const)]);
    clearInterval(idleEvery);
    if (outcome !== 'drained') {
      logger.warn('The grace period ended with requests still in flight; closing their connections.');
      server.closeAllConnections();
    }
    try {
      // Redis goes only now: a write in flight publishes its event after its commit.
      await events.close();
      await app.dispose();
      await connection.close();
      logger.info('Stopped.');
    } finally {
      logger.flush(() => process.exit(0));
    }
  };
  process.once('SIGINT', (signal) => void shutDown(signal));
  process.once('SIGTERM', (signal) => void shutDown(signal));
}

main().catch((error: unknown) => {
  console.error(error instanceof SetupError ? error.message : error);
  process.exit(1);
});
