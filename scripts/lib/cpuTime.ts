/**
 * CPU seconds (user + system) of the child processes this process has waited for, from
 * /proc/self/stat (cutime and cstime, fields 16 and 17): taken before and after a step, the
 * difference is the CPU time of the step's whole process tree, as each parent waits for its own
 * children. Linux only; undefined elsewhere.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** cutime + cstime in clock ticks, from the text of a /proc/<pid>/stat file. */
export function childTicks(stat: string): number | undefined {
  // The command name (field 2) is in parentheses and may hold spaces: split after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so field n is fields[n - 3].
  const cutime = Number(fields[13]);
  const cstime = Number(fields[14]);
  return Number.isFinite(cutime) && Number.isFinite(cstime) ? cutime + cstime : undefined;
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      ticksPerSecond = 100;
    }
    if (!(ticksPerSecond > 0)) ticksPerSecond = 100;
  }
  return ticksPerSecond;
}

/** CPU seconds of the waited-for children so far, or undefined without /proc. */
export function childrenCpuSeconds(): number | undefined {
  let stat: string;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  const ticks = childTicks(stat);
  return ticks === undefined ? undefined : ticks / clockTicks();
}
