import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/** How often buffered log lines are written out at the latest. */
const flushEveryMs = 1000;

/**
 * Structured JSON lines, on stdout unless told otherwise; tokens and authorization headers never reach them. Lines to
 * stdout are buffered (up to 4 KiB, or a second) and written without blocking: one synchronous write per request was
 * a twentieth of a request's CPU. Call `logger.flush()` where a line must be out at once, as before exiting.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'claimgraph' },
    redact: { paths: ['authorization', 'headers.authorization', 'token'], censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  const logger = pino(options, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
  setInterval(() => logger.flush(), flushEveryMs).unref();
  return logger;
}
