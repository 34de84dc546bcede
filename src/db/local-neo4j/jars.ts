import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { apocDirectory, hasErrorCode, isProcessAlive, libraryDirectory, projectRoot, runCommand, SetupError, stateDirectory } from './setup.js';

/* Java, and the jars Maven fetches once from Maven Central: Neo4j itself and, for the benchmark, APOC. */

const MINIMUM_JAVA_VERSION = 17;

const javaAdvice =
  'install a JDK (apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use your own Neo4j 5.';

const mavenAdvice =
  'install Maven (apt-get install maven) or set NEO4J_URI to use your own Neo4j 5.';

export const scriptDirectory = path.join(projectRoot, 'scripts', 'neo4j');
export const pomFile = path.join(scriptDirectory, 'pom.xml');
export const apocPomFile = path.join(scriptDirectory, 'apoc-pom.xml');
const versionMarkerName = 'neo4j-version.txt';

export async function requireJava(): Promise<void> {
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
export async function versionFromPom(file: string, property: string): Promise<string> {
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

export const neo4jJars: JarSet = {
  what: 'Neo4j',
  directory: libraryDirectory,
  pom: pomFile,
  goals: ['dependency:copy-dependencies'],
};

export const apocJars: JarSet = {
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

export async function ensureJars(jars: JarSet, version: string, log: ((line: string) => void) | undefined): Promise<void> {
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

/** Fetch and compile folders left behind by processes that were killed mid-way. */
async function removeAbandonedFolders(): Promise<void> {
  for (const entry of await readdir(stateDirectory)) {
    const ownerPid = /^(?:lib|launcher)\.(?:tmp|old)-(\d+)-/.exec(entry)?.[1];
    if (ownerPid !== undefined && !isProcessAlive(Number(ownerPid))) {
      await rm(path.join(stateDirectory, entry), { recursive: true, force: true });
    }
  }
}
