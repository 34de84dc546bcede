import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { SuggestionBudgetExceeded, SuggestionsBusy } from '../model/failures.js';
import type { ArticleReading } from './article-reading.js';
import type { SuggestionTask } from './suggestion-worker.js';

type WorkerTask = SuggestionTask & Readonly<{ started: MessagePort }>;

export type SuggestionPoolOptions = Readonly<{
  /** Threads that read articles at once. */
  threads: number;
  /** How long a thread may read one article before it is stopped. */
  budgetMs: number;
}>;

/**
 * Reads articles in worker threads, so that however long the rules take, the event loop goes on answering
 * others. A reading past its budget has its thread terminated (piscina starts another); a request that finds every
 * thread busy and the queue full is refused at once, so that none waits for more than the queue ahead of it.
 */
export type SuggestionPool = Readonly<{
  /** `signal`: the caller's own, e.g. a client that went away; its thread is stopped as for the budget. */
  suggest: (task: SuggestionTask, signal?: AbortSignal) => Promise<ArticleReading>;
  close: () => Promise<void>;
}>;

export const suggestionPoolDefaults: SuggestionPoolOptions = {
  // Half the cores, two to four, so that the rest stay with the event loop and Neo4j.
  threads: Math.min(4, Math.max(2, Math.floor(availableParallelism() / 2))),
  budgetMs: 5000,
};

/** Requests that may wait for a thread, per thread. */
const queuedPerThread = 4;

// Compiled (dist/, what `npm start` runs), the worker is JavaScript beside this file. Run from source (tsx, vitest), it is
// TypeScript, which Node does not run in a worker by itself, nor does vitest transform worker files: each thread loads tsx.
const compiled = import.meta.url.endsWith('.js');
const workerFile = new URL(compiled ? './suggestion-worker.js' : './suggestion-worker.ts', import.meta.url).href;
const workerArguments = compiled ? [] : ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];

export function suggestionPool(options: Partial<Record<keyof SuggestionPoolOptions, number | undefined>> = {}): SuggestionPool {
  const threads = options.threads ?? suggestionPoolDefaults.threads;
  const budgetMs = options.budgetMs ?? suggestionPoolDefaults.budgetMs;
  // Started by the first article, so that an app that never reads one starts no thread.
  let pool: Piscina<WorkerTask, ArticleReading> | undefined;
  // Piscina does not bound its queue for tasks that carry a signal, so the pool counts them itself.
  let inFlight = 0;
  const capacity = threads * (1 + queuedPerThread);
  return {
    async suggest(task, signal) {
      if (inFlight >= capacity) throw new SuggestionsBusy(capacity);
      inFlight += 1;
      pool ??= new Piscina({
        filename: workerFile,
        execArgv: workerArguments,
        // All of them from the start, and each replaced at once when one is stopped.
        minThreads: threads,
        maxThreads: threads,
        // Below the event loop's priority (Linux): when cores are short, answering others comes before reading articles.
        niceIncrement: 10,
      });
      const budget = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const { port1: started, port2 } = new MessageChannel();
      started.once('message', () => {
        timer = setTimeout(() => budget.abort(), budgetMs);
      });
      started.unref();
      try {
        return await pool.run(
          { ...task, started: port2 },
          { transferList: [port2], signal: signal ? AbortSignal.any([budget.signal, signal]) : budget.signal },
        );
      } catch (error) {
        if (budget.signal.aborted) throw new SuggestionBudgetExceeded(budgetMs);
        throw error;
      } finally {
        clearTimeout(timer);
        started.close();
        inFlight -= 1;
      }
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
