/**
 * Loaded with `--import` into the server that bench/cpu-profile.ts measures: V8's sampling profiler runs from SIGUSR2
 * until SIGTERM, the timed load alone, and its profile is written to CPU_PROFILE_FILE before the server shuts down.
 * Node runs this file as it is (type stripping), so it imports nothing but Node's own modules.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const profileFile = process.env['CPU_PROFILE_FILE'];
const profiler = new Session();
profiler.connect();
process.on('SIGUSR2', () => {
  profiler.post('Profiler.enable', () => profiler.post('Profiler.start'));
});
// Prepended, so that the profile is written before the server's own SIGTERM handler begins to shut down.
process.prependOnceListener('SIGTERM', () => {
  profiler.post('Profiler.stop', (error, result) => {
    if (error) console.error(error);
    else if (profileFile) writeFileSync(profileFile, JSON.stringify(result.profile));
  });
});
