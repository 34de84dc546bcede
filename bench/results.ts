/** The shape of bench/results.json: what `npm run bench` measured at each scale, read back by bench/report.ts. */
import type { CorpusMarker } from './database.js';
import type { ImportComparison } from './import-comparison.js';
import type { Parameters, ServerName } from './queries.js';

export type Measurement = Readonly<{
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  peakRssMib: number;
}>;

export type QueryResult = Readonly<{
  id: string;
  title: string;
  depth: number;
  cypherRoundTrips: number;
  peerCheck: string;
  /** One request alone, before timing (ms): what a query costs when a timed run completes none. */
  singleRequestMs: Partial<Record<ServerName, number>>;
  byConcurrency: Record<string, Partial<Record<ServerName, Measurement>>>;
}>;

export type ScaleResult = Readonly<{
  scale: string;
  ranAt: string;
  machine: Record<string, string>;
  settings: Record<string, unknown>;
  corpus: CorpusMarker;
  parameters: Parameters;
  importComparison: ImportComparison | null;
  serverPeakRssMib: Partial<Record<ServerName, number>>;
  queries: QueryResult[];
}>;
