import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON lines, on stdout unless told otherwise; tokens and authorization headers never reach them. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'claimgraph' },
    redact: { paths: ['authorization', 'headers.authorization', 'token'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
