import { describe, expect, it } from 'vitest';
import { childTicks, childrenCpuSeconds } from './cpuTime.ts';

describe('children CPU time', () => {
  it('reads cutime + cstime, even when the command name has spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[13] = '250'; // field 16, cutime
    fields[14] = '50'; // field 17, cstime
    expect(childTicks(`1234 (node) ${fields.join(' ')}`)).toBe(300);
    expect(childTicks(`1234 (a (b) c) ${fields.join(' ')}`)).toBe(300);
    expect(childTicks('1234 (node) R')).toBeUndefined();
  });

  it('grows by the CPU time of a child that has ended', async () => {
    const before = childrenCpuSeconds();
    if (before === undefined) return; // no /proc here
    const { spawnSync } = await import('node:child_process');
    spawnSync(process.execPath, ['-e', 'while (process.cpuUsage().user < 300_000);']);
    // The child spins until it has used 0.3 s of CPU, however busy the machine.
    expect(childrenCpuSeconds()! - before).toBeGreaterThan(0.25);
  });
});
