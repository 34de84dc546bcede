/**
 * Runs a real Neo4j Community server for local development and tests, without Docker:
 * the server's jars are fetched once from Maven Central into `.neo4j/lib`, and
 * `scripts/neo4j/Launcher.java` starts it embedded in a JVM that is a child of this process.
 * When that JVM dies, it is started again on the same port and data folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

/** A problem the user must fix in their environment; callers print the message, not a stack. */
export class SetupError extends Error {
  override name = 'SetupError';
}

export interface LocalNeo4j {
  readonly uri: string;
  /** The running JVM's process id; undefined while it is down between a crash and its restart. */
  readonly pid: number | undefined;
  /** How many times the JVM has been started again after it died. */
  readonly restarts: number;
  /** Stops the JVM for good: it is not restarted after this. */
  stop(): Promise<void>;
}

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
}

const MINIMUM_JAVA_VERSION = 17;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/** Restarts wait this long after the first crash, twice as long after each further one, up to the cap. */
const FIRST_RESTART_DELAY_MS = 500;
const MAXIMUM_RESTART_DELAY_MS = 30_000;
/** A JVM that stayed up this long before it died starts the backoff afresh. */
const STABLE_UPTIME_MS = 60_000;
const OUTPUT_LINES_KEPT = 50;
const OUTPUT_LINES_SHOWN = 20;
/** Exit codes of Launcher.java for the two common start failures. */
const PORT_IN_USE_EXIT_CODE = 20;
const STORE_LOCKED_EXIT_CODE = 21;
/** How the JVM exits under -XX:+ExitOnOutOfMemoryError. */
const OUT_OF_MEMORY_EXIT_CODE = 3;
const MEBIBYTE = 1024 ** 2;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const scriptDirectory = path.join(projectRoot, 'scripts', 'neo4j');
const pomFile = path.join(scriptDirectory, 'pom.xml');
const apocPomFile = path.join(scriptDirectory, 'apoc-pom.xml');
const launcherFile = path.join(scriptDirectory, 'Launcher.java');
const launcherClassName = 'Launcher';
const stateDirectory = path.join(projectRoot, '.neo4j');
const libraryDirectory = path.join(stateDirectory, 'lib');
const apocDirectory = path.join(stateDirectory, 'apoc');
const versionMarkerName = 'neo4j-version.txt';

const javaAdvice =
  'install a JDK (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use your own Neo4j 5.';
const mavenAdvice =
  'install Maven (apt-get install maven) or set NEO4J_URI to use your own Neo4j 5.';

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

type MemorySettings = Readonly<{ heap: string; transactionMemory: string; totalTransactionMemory: string }>;

type LaunchSettings = MemorySettings &
  Readonly<{
    port: number;
    pageCacheMb: number | undefined;
    apoc: boolean;
    dataDirectory: string;
    /** Holds the compiled Launcher.class; undefined: run Launcher.java as a source file. */
    launcherDirectory: string | undefined;
    log: (line: string) => void;
  }>;

/** Supervises the JVM: one that dies after it was ready is started again, with backoff, until `stop()`. */
class EmbeddedNeo4j implements LocalNeo4j {
  readonly uri: string;
  readonly #settings: LaunchSettings;
  readonly #stopped = new AbortController();
  #process: Neo4jProcess;
  #readyAt = 0;
  #restarts = 0;
  /** Crashes since a JVM last stayed up for STABLE_UPTIME_MS: how far the backoff has grown. */
  #crashesInRow = 0;
  #restarting: Promise<void> | undefined;
  #stopping: Promise<void> | undefined;

  constructor(settings: LaunchSettings) {
    this.#settings = settings;
    this.uri = `bolt://127.0.0.1:${settings.port}`;
    this.#process = new Neo4jProcess(settings);
  }

  get pid(): number | undefined {
    return this.#process.hasExited ? undefined : this.#process.pid;
  }

  get restarts(): number {
    return this.#restarts;
  }

  async start(): Promise<void> {
    await this.#process.waitUntilReady(this.uri);
    this.#supervise();
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#shutDown();
    return this.#stopping;
  }

  async #shutDown(): Promise<void> {
    this.#stopped.abort();
    await this.#process.terminate();
    await this.#restarting;
  }

  #supervise(): void {
    const watched = this.#process;
    this.#readyAt = Date.now();
    void watched.exited.then(() => {
      if (this.#stopped.signal.aborted) return;
      this.#restarting = this.#restart(watched);
    });
  }

  async #restart(crashed: Neo4jProcess): Promise<void> {
    const log = this.#settings.log;
    const crashedAt = Date.now();
    const uptime = crashedAt - this.#readyAt;
    if (uptime >= STABLE_UPTIME_MS) this.#crashesInRow = 0;
    log(
      `The embedded Neo4j on ${this.uri} stopped unexpectedly (${crashed.exitDescription}) after ${seconds(uptime)} up; its last output:\n${crashed.lastOutput()}`,
    );
    for (let attempt = 1; ; attempt += 1) {
      const wait = Math.min(FIRST_RESTART_DELAY_MS * 2 ** this.#crashesInRow, MAXIMUM_RESTART_DELAY_MS);
      this.#crashesInRow += 1;
      log(`Restarting the embedded Neo4j in ${seconds(wait)} (attempt ${attempt})…`);
      await delay(wait, undefined, { signal: this.#stopped.signal }).catch(() => {});
      if (this.#stopped.signal.aborted) return;
      this.#process = new Neo4jProcess(this.#settings);
      try {
        await this.#process.waitUntilReady(this.uri);
      } catch (error) {
        if (this.#stopped.signal.aborted) return;
        log(`Restart attempt ${attempt} failed: ${error instanceof Error ? error.message : String(error)}`);
        await this.#process.terminate();
        if (this.#stopped.signal.aborted) return;
        continue;
      }
      this.#restarts += 1;
      log(`The embedded Neo4j is back on ${this.uri} (pid ${this.#process.pid}), ${seconds(Date.now() - crashedAt)} after it stopped.`);
      this.#supervise();
      return;
    }
  }
}

/** One JVM running Launcher.java, from spawn to exit. */
class Neo4jProcess {
  readonly #settings: LaunchSettings;
  readonly #child: ChildProcess;
  readonly #recentOutput: string[] = [];
  readonly #readyLineSeen: Promise<void>;
  readonly exited: Promise<void>;
  #exitDescription: string | undefined;
  #exitCode: number | null = null;
  #terminating: Promise<void> | undefined;

  constructor(settings: LaunchSettings) {
    this.#settings = settings;
    const { port, heap, transactionMemory, totalTransactionMemory, pageCacheMb, apoc, dataDirectory, launcherDirectory } = settings;
    // APOC must be both on the classpath (its extension factory) and in the plugin folder (its procedures).
    const classPath = [libraryDirectory, ...(apoc ? [apocDirectory] : [])].map((folder) => path.join(folder, '*'));
    if (launcherDirectory !== undefined) classPath.push(launcherDirectory);
    this.#child = spawn(
      'java',
      [
        `-Xmx${heap}`,
        '-XX:+ExitOnOutOfMemoryError',
        `-Dneo4j.transactionMemory=${transactionMemory}`,
        `-Dneo4j.totalTransactionMemory=${totalTransactionMemory}`,
        ...(pageCacheMb === undefined ? [] : [`-Dneo4j.pagecacheMb=${pageCacheMb}`]),
        ...(apoc ? [`-Dneo4j.pluginDir=${apocDirectory}`] : []),
        '-cp',
        classPath.join(path.delimiter),
        launcherDirectory === undefined ? launcherFile : launcherClassName,
        dataDirectory,
        String(port),
      ],
      {
        cwd: projectRoot,
        // The JVM stops when this pipe closes, which happens however this process ends.
        stdio: ['pipe', 'pipe', 'pipe'],
        // Own process group: Ctrl-C reaches only us, and we stop the database in order.
        detached: true,
      },
    );
    // Closing stdin of a JVM that already exited raises EPIPE, which is expected.
    this.#child.stdin?.on('error', () => {});

    let announceReady: () => void = () => {};
    this.#readyLineSeen = new Promise((resolve) => {
      announceReady = resolve;
    });
    for (const stream of [this.#child.stdout, this.#child.stderr]) {
      if (stream === null) continue;
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        this.#remember(line);
        if (line.startsWith('READY ')) announceReady();
      });
    }

    this.exited = new Promise((resolve) => {
      this.#child.once('error', (error) => {
        this.#exitDescription ??= `could not be started: ${error.message}`;
        resolve();
      });
      this.#child.once('close', (code, signal) => {
        this.#exitCode = code;
        this.#exitDescription ??=
          signal !== null ? `signal ${signal}` : code === OUT_OF_MEMORY_EXIT_CODE ? `exit code ${code}, out of memory` : `exit code ${code}`;
        resolve();
      });
    });
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  get hasExited(): boolean {
    return this.#exitDescription !== undefined;
  }

  get exitDescription(): string {
    return this.#exitDescription ?? 'still running';
  }

  async waitUntilReady(uri: string): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    const outcome = await raceWithTimeout(
      [this.#readyLineSeen.then(() => 'ready' as const), this.exited.then(() => 'exited' as const)],
      START_TIMEOUT_MS,
    );
    if (outcome === 'exited') throw this.#startFailure();
    if (outcome === 'timed-out') {
      throw new SetupError(
        `The embedded Neo4j did not start within ${START_TIMEOUT_MS / 1000} s; its last output:\n${this.lastOutput()}`,
      );
    }
    await this.#waitUntilAnswering(uri, deadline);
  }

  terminate(): Promise<void> {
    this.#terminating ??= this.#terminate();
    return this.#terminating;
  }

  async #terminate(): Promise<void> {
    if (this.hasExited) return;
    this.#child.stdin?.end();
    this.#child.kill('SIGTERM');
    const outcome = await raceWithTimeout([this.exited], STOP_TIMEOUT_MS);
    if (outcome === 'timed-out') {
      this.#child.kill('SIGKILL');
      await this.exited;
    }
  }

  /** READY means the database is up; a real query also proves Bolt accepts this driver. */
  async #waitUntilAnswering(uri: string, deadline: number): Promise<void> {
    const driver = neo4j.driver(uri, undefined, { connectionAcquisitionTimeout: 5_000 });
    try {
      for (;;) {
        try {
          await driver.executeQuery('RETURN 1');
          return;
        } catch (error) {
          if (this.hasExited) throw this.#startFailure();
          if (Date.now() > deadline) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new SetupError(
              `The embedded Neo4j started but did not answer queries at ${uri} (${reason}); its last output:\n${this.lastOutput()}`,
            );
          }
          await delay(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  #startFailure(): SetupError {
    if (this.#exitCode === PORT_IN_USE_EXIT_CODE) return portInUseError(this.#settings.port);
    if (this.#exitCode === OUT_OF_MEMORY_EXIT_CODE) {
      return new SetupError(
        `The embedded Neo4j ran out of memory with a ${this.#settings.heap} heap: set NEO4J_HEAP higher, for example 2g.`,
      );
    }
    if (this.#exitCode === STORE_LOCKED_EXIT_CODE) {
      return new SetupError(
        `The data folder ${path.relative(projectRoot, this.#settings.dataDirectory)} is already used by another running Neo4j (perhaps another copy of this server): stop that one first.`,
      );
    }
    return new SetupError(
      `The embedded Neo4j stopped during startup (${this.exitDescription}); its last output:\n${this.lastOutput()}`,
    );
  }

  #remember(line: string): void {
    this.#recentOutput.push(line);
    if (this.#recentOutput.length > OUTPUT_LINES_KEPT) this.#recentOutput.shift();
  }

  lastOutput(): string {
    const lines = this.#recentOutput.slice(-OUTPUT_LINES_SHOWN);
    return lines.length === 0 ? '  (no output)' : lines.map((line) => `  ${line}`).join('\n');
  }
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(milliseconds < 10_000 ? 1 : 0)} s`;
}

/** Resolves with the first outcome, or 'timed-out', without leaving a timer that keeps the process alive. */
async function raceWithTimeout<T>(outcomes: Promise<T>[], milliseconds: number): Promise<T | 'timed-out'> {
  const cancelTimer = new AbortController();
  const timeout = delay(milliseconds, 'timed-out' as const, { signal: cancelTimer.signal }).catch(
    () => 'timed-out' as const,
  );
  try {
    return await Promise.race([...outcomes, timeout]);
  } finally {
    cancelTimer.abort();
  }
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

function portInUseError(port: number): SetupError {
  return new SetupError(
    `Port ${port} is already in use, so the embedded Neo4j cannot listen there: stop whatever holds it (perhaps another copy of this server) or set LOCAL_NEO4J_PORT to a free port.`,
  );
}

async function requirePortFree(port: number): Promise<void> {
  const problem = await new Promise<string | undefined>((resolve) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
  if (problem === 'EADDRINUSE') throw portInUseError(port);
  if (problem !== undefined) {
    throw new SetupError(`The embedded Neo4j cannot listen on 127.0.0.1:${port} (${problem}): set LOCAL_NEO4J_PORT to another port.`);
  }
}

async function requireJava(): Promise<void> {
  const result = await runCommand('java', ['-version']);
  if (result === undefined) {
    throw new SetupError(`Java ${MINIMUM_JAVA_VERSION} or newer is needed to run the embedded Neo4j, but there is no \`java\` on PATH: ${javaAdvice}`);
  }
  const majorVersion = javaMajorVersion(result.output);
  if (majorVersion === undefined || majorVersion < MINIMUM_JAVA_VERSION) {
    const found = result.output.split('\n')[0]?.trim() || 'an unrecognised version';
    throw new SetupError(`Java ${MINIMUM_JAVA_VERSION} or newer is needed to run the embedded Neo4j, but \`java\` is ${found}: ${javaAdvice}`);
  }
}

/** Reads `openjdk version "17.0.15"` as 17 and the old `java version "1.8.0_392"` as 8. */
function javaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (match?.[1] === undefined) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The poms are the single place that names the versions. */
async function versionFromPom(file: string, property: string): Promise<string> {
  const pom = await readFile(file, 'utf8');
  const version = new RegExp(`<${property.replaceAll('.', '\\.')}>\\s*([^<\\s]+)\\s*</`).exec(pom)?.[1];
  if (version === undefined) throw new Error(`${file} does not define <${property}>`);
  return version;
}

/** A folder of jars that one pom fetches from Maven Central. */
type JarSet = Readonly<{
  what: string;
  directory: string;
  pom: string;
  goals: readonly string[];
  /** Runs on the freshly fetched folder before it is moved into place. */
  prepare?: (fetchedDirectory: string) => Promise<void>;
}>;

const neo4jJars: JarSet = {
  what: 'Neo4j',
  directory: libraryDirectory,
  pom: pomFile,
  goals: ['dependency:copy-dependencies'],
};

const apocJars: JarSet = {
  what: 'APOC core',
  directory: apocDirectory,
  pom: apocPomFile,
  goals: ['dependency:copy-dependencies@apoc', 'dependency:copy-dependencies@libraries'],
  prepare: dropJarsNeo4jHas,
};

/** Two versions of one library on the classpath would clash: keep the one Neo4j ships. */
async function dropJarsNeo4jHas(fetchedDirectory: string): Promise<void> {
  const artifactName = (jar: string) => jar.replace(/-\d[^-]*(?:-[^-]+)?\.jar$/, '');
  const neo4jArtifacts = new Set((await readdir(libraryDirectory)).filter((jar) => jar.endsWith('.jar')).map(artifactName));
  for (const jar of await readdir(fetchedDirectory)) {
    if (jar.endsWith('.jar') && neo4jArtifacts.has(artifactName(jar))) await rm(path.join(fetchedDirectory, jar));
  }
}

async function installedVersion(directory: string): Promise<string | undefined> {
  try {
    return (await readFile(path.join(directory, versionMarkerName), 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function ensureJars(jars: JarSet, version: string, log: ((line: string) => void) | undefined): Promise<void> {
  if ((await installedVersion(jars.directory)) === version) return;

  await mkdir(stateDirectory, { recursive: true });
  await removeAbandonedFolders();
  log?.(`Fetching ${jars.what} ${version} from Maven Central (once${jars === neo4jJars ? ', ~116 MB' : ''})…`);

  // Each process fetches into its own folder and renames it into place, so concurrent
  // fetches never see each other's half-written jars.
  const temporaryDirectory = path.join(stateDirectory, `lib.tmp-${process.pid}-${Date.now()}`);
  try {
    const result = await runCommand('mvn', [
      '-q',
      '-B',
      '-f',
      jars.pom,
      ...jars.goals,
      `-DoutputDirectory=${temporaryDirectory}`,
    ]);
    if (result === undefined) {
      throw new SetupError(`Maven is needed once to fetch the embedded Neo4j's jars from Maven Central, but there is no \`mvn\` on PATH: ${mavenAdvice}`);
    }
    if (result.exitCode !== 0) {
      // Maven 3.8 emits colour resets even in batch mode.
      const plainOutput = result.output.replace(/\u001b\[[0-9;]*m/g, '').trimEnd();
      const lastLines = plainOutput.split('\n').slice(-30).map((line) => `  ${line}`).join('\n');
      throw new SetupError(`Maven could not fetch ${jars.what} ${version} (exit code ${result.exitCode}); its output:\n${lastLines}`);
    }
    await jars.prepare?.(temporaryDirectory);
    await writeFile(path.join(temporaryDirectory, versionMarkerName), `${version}\n`);
    await moveIntoPlace(jars.directory, temporaryDirectory, version);
  } finally {
    await rm(temporaryDirectory, { recursive: true, force: true });
  }
}

async function moveIntoPlace(directory: string, fetchedDirectory: string, version: string): Promise<void> {
  // Another process may have finished the same fetch while this one ran.
  if ((await installedVersion(directory)) === version) return;
  if (existsSync(directory)) {
    // Jars of another version: move them aside first, since rename cannot replace a non-empty folder.
    const retiredDirectory = path.join(stateDirectory, `lib.old-${process.pid}-${Date.now()}`);
    try {
      await rename(directory, retiredDirectory);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOENT')) throw error;
    }
    await rm(retiredDirectory, { recursive: true, force: true });
  }
  try {
    await rename(fetchedDirectory, directory);
  } catch (error) {
    if (!hasErrorCode(error, 'ENOTEMPTY', 'EEXIST')) throw error;
    // Another process got there first; its jars are as good as ours if the version matches.
    const theirs = await installedVersion(directory);
    if (theirs !== version) {
      throw new SetupError(`Another process installed ${theirs ?? 'jars of an unknown version'} into ${directory} while this one fetched ${version}; try again.`);
    }
  }
}

/**
 * Launcher.java compiled once per version of its text. Run as a source file it is compiled at every start,
 * 2 to 3 s before Neo4j even begins, which a restart after a crash should not spend. Undefined without javac.
 */
async function compileLauncher(): Promise<string | undefined> {
  const digest = createHash('sha256').update(await readFile(launcherFile)).digest('hex').slice(0, 16);
  const directory = path.join(stateDirectory, 'launcher', digest);
  if (existsSync(path.join(directory, `${launcherClassName}.class`))) return directory;
  // Compiled into a folder of its own and renamed into place, as the jars are, for concurrent starts.
  const temporaryDirectory = path.join(stateDirectory, `launcher.tmp-${process.pid}-${Date.now()}`);
  try {
    const result = await runCommand('javac', ['-cp', path.join(libraryDirectory, '*'), '-d', temporaryDirectory, launcherFile]);
    if (result === undefined) return undefined;
    if (result.exitCode !== 0) throw new Error(`javac could not compile ${launcherFile}:\n${result.output}`);
    await mkdir(path.dirname(directory), { recursive: true });
    try {
      await rename(temporaryDirectory, directory);
    } catch (error) {
      if (!hasErrorCode(error, 'ENOTEMPTY', 'EEXIST')) throw error;
    }
    return directory;
  } finally {
    await rm(temporaryDirectory, { recursive: true, force: true });
  }
}

/** Fetch and compile folders left behind by processes that were killed mid-way. */
async function removeAbandonedFolders(): Promise<void> {
  for (const entry of await readdir(stateDirectory)) {
    const ownerPid = /^(?:lib|launcher)\.(?:tmp|old)-(\d+)-/.exec(entry)?.[1];
    if (ownerPid !== undefined && !isProcessAlive(Number(ownerPid))) {
      await rm(path.join(stateDirectory, entry), { recursive: true, force: true });
    }
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return hasErrorCode(error, 'EPERM');
  }
}

function hasErrorCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

interface CommandResult {
  readonly exitCode: number | null;
  /** stdout and stderr interleaved. */
  readonly output: string;
}

/** Resolves undefined when the command is not installed. */
function runCommand(command: string, commandArguments: readonly string[]): Promise<CommandResult | undefined> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArguments, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', (error) => (hasErrorCode(error, 'ENOENT') ? resolve(undefined) : reject(error)));
    child.once('close', (exitCode) => resolve({ exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
}
