/**
 * Runs a real Neo4j Community server for local development and tests, without Docker:
 * the server's jars are fetched once from Maven Central into `.neo4j/lib`, and
 * `scripts/neo4j/Launcher.java` starts it embedded in a JVM that is a child of this process.
 * When that JVM dies, it is started again on the same port and data folder.
 */
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { apocJars, apocPomFile, ensureJars, neo4jJars, pomFile, requireJava, versionFromPom } from './local-neo4j/jars.js';
import { type MemorySettings, portInUseError } from './local-neo4j/jvm-process.js';
import { compileLauncher } from './local-neo4j/launcher.js';
import { projectRoot, SetupError, stateDirectory } from './local-neo4j/setup.js';
import { EmbeddedNeo4j, type LocalNeo4j } from './local-neo4j/supervisor.js';

export interface LocalNeo4jOptions {
  /** Names the data folder, `.neo4j/data/<name>`, so different uses keep separate databases. */
  name: string;
  port: number;
  log?: (line: string) => void;
  /** Also load APOC core (fetched once into `.neo4j/apoc`); only the benchmark's peer server needs it. */
  apoc?: boolean;
  /** Java heap, e.g. "2g"; defaults to 1g. */
  heap?: string;
  /** Heap one transaction may use before Neo4j fails it, e.g. "256m"; defaults to a quarter of the heap. */
  transactionMemory?: string;
  /** Heap all transactions together may use, less than the heap; defaults to 60% of the heap. */
  totalTransactionMemory?: string;
  /** Page cache in MiB; defaults to NEO4J_PAGECACHE_MB or 256. */
  pageCacheMb?: number;
  /** How long a query plan is kept before Neo4j may plan it again as the data changes, e.g. "1h"; Neo4j's 10 s by default. */
  minReplanInterval?: string;
}

const MEBIBYTE = 1024 ** 2;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  assertSafeName(options.name);
  assertValidPort(options.port);
  const memory = memorySettings(options);

  await requireJava();
  const version = await versionFromPom(pomFile, 'neo4j.version');
  await ensureJars(neo4jJars, version, options.log);
  if (options.apoc) {
    const apocVersion = await versionFromPom(apocPomFile, 'apoc.version');
    if (apocVersion !== version) {
      throw new Error(`${apocPomFile} names APOC ${apocVersion}, but Neo4j is ${version}; APOC must match Neo4j's version.`);
    }
    await ensureJars(apocJars, version, options.log);
  }
  const launcherDirectory = await compileLauncher();
  await requirePortFree(options.port);

  const dataDirectory = path.join(stateDirectory, 'data', options.name);
  await mkdir(dataDirectory, { recursive: true });
  options.log?.(
    `Starting embedded Neo4j ${version} on bolt://127.0.0.1:${options.port} (data in ${path.relative(projectRoot, dataDirectory)})…`,
  );

  const server = new EmbeddedNeo4j({
    port: options.port,
    ...memory,
    pageCacheMb: options.pageCacheMb,
    minReplanInterval: options.minReplanInterval,
    apoc: options.apoc ?? false,
    dataDirectory,
    launcherDirectory,
    log: options.log ?? (() => {}),
  });
  try {
    await server.start();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function assertSafeName(name: string): void {
  if (!/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name)) {
    throw new Error(`Local Neo4j name must be a simple folder name, got ${JSON.stringify(name)}`);
  }
}

function assertValidPort(port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new SetupError(`The embedded Neo4j's Bolt port must be a whole number from 1 to 65535, got ${port}.`);
  }
}

/**
 * The guard's defaults grow with the heap, so a bigger heap (the benchmark's) also lets bigger queries run;
 * the total stays below the heap, or a query could exhaust the heap before Neo4j stops it.
 */
function memorySettings(options: LocalNeo4jOptions): MemorySettings {
  const heap = options.heap ?? '1g';
  const heapBytes = javaMemoryBytes('heap', heap);
  const share = (fraction: number) => `${Math.max(1, Math.floor((heapBytes * fraction) / MEBIBYTE))}m`;
  const transactionMemory = options.transactionMemory ?? share(0.25);
  const totalTransactionMemory = options.totalTransactionMemory ?? share(0.6);
  const totalBytes = javaMemoryBytes('total transaction memory', totalTransactionMemory);
  if (totalBytes >= heapBytes) {
    throw new SetupError(
      `The embedded Neo4j's total transaction memory (${totalTransactionMemory}) must be less than its heap (${heap}), or a query can exhaust the heap before Neo4j stops it: set NEO4J_TOTAL_TRANSACTION_MEMORY lower or NEO4J_HEAP higher.`,
    );
  }
  if (javaMemoryBytes('transaction memory', transactionMemory) > totalBytes) {
    throw new SetupError(
      `The embedded Neo4j's transaction memory (${transactionMemory}) must not exceed the total transaction memory (${totalTransactionMemory}): set NEO4J_TRANSACTION_MEMORY lower.`,
    );
  }
  return { heap, transactionMemory, totalTransactionMemory };
}

/** Reads a size as Java writes it: 512m, 2g, or bytes. */
function javaMemoryBytes(what: string, size: string): number {
  const match = /^(\d+)([kKmMgG]?)$/.exec(size);
  if (match === null) {
    throw new SetupError(`The embedded Neo4j's ${what} must be a Java memory size such as 512m or 2g, got ${JSON.stringify(size)}.`);
  }
  const exponent = { '': 0, k: 1, m: 2, g: 3 }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(match[1]) * 1024 ** exponent;
}

async function requirePortFree(port: number): Promise<void> {
  const listenError = await new Promise<string | undefined>((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
  if (listenError === 'EADDRINUSE') throw portInUseError(port);
  if (listenError !== undefined) {
    throw new SetupError(`The embedded Neo4j cannot listen on 127.0.0.1:${port} (${listenError}): set LOCAL_NEO4J_PORT to another port.`);
  }
}
