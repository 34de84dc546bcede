import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON lines on stdout; tokens and authorization headers never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'claimgraph' },
    redact: { paths: ['authorization', 'headers.authorization', 'token'], censor: '[redacted]' },
  });
}
