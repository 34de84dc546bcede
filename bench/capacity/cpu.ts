/** CPU time used so far, read from /proc (Linux), in milliseconds. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
const ticksToMs = (ticks: number) => (ticks * 1000) / clockTicksPerSecond;

/** User and system time of every thread of a process: utime and stime, fields 14 and 15 of /proc/<pid>/stat. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name, field 2, is in parentheses and may hold spaces; the fields after it are counted from state, field 3.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ticksToMs(Number(fields[11]) + Number(fields[12]));
}

/** Time all cores of the machine spent busy (not idle, not waiting for disk), from the first line of /proc/stat. */
export function machineBusyCpuMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , interrupts, softInterrupts, steal] = ticks;
  return ticksToMs(user! + nice! + system! + interrupts! + softInterrupts! + steal!);
}

export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
