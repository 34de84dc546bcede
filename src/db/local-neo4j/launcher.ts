import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { scriptDirectory } from './jars.js';
import { hasErrorCode, libraryDirectory, runCommand, stateDirectory } from './setup.js';

/* Launcher.java, compiled once per version of its source. */

export const launcherFile = path.join(scriptDirectory, 'Launcher.java');
export const launcherClassName = 'Launcher';

/**
 * Launcher.java compiled once per version of its text. Run as a source file it is compiled at every start,
 * 2 to 3 s before Neo4j even begins, which a restart after a crash should not spend. Undefined without javac.
 */
export async function compileLauncher(): Promise<string | undefined> {
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
