import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../data/dataPackage.ts';
import { sha256Hex, sha256sums } from './checksums.ts';

describe('sha256sums', () => {
  it('hashes known vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('writes sorted lines that sha256sum --check accepts', () => {
    const files = [
      { path: 'data/poverty.csv', bytes: 'year\n2019\n' },
      { path: 'datapackage.json', bytes: '{}\n' },
      { path: 'data/areas.csv', bytes: 'Bắc Kạn\n' },
    ];
    const text = sha256sums(files);
    expect(text.split('\n').map((l) => l.slice(66))).toEqual([
      'data/areas.csv',
      'data/poverty.csv',
      'datapackage.json',
      '',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'gn-sums-'));
    try {
      mkdirSync(join(dir, 'data'));
      for (const f of files) writeFileSync(join(dir, f.path), f.bytes);
      writeFileSync(join(dir, 'SHA256SUMS'), text);
      const out = execFileSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(out).toContain('data/areas.csv: OK');
      writeFileSync(join(dir, 'data/areas.csv'), 'changed\n');
      expect(() =>
        execFileSync('sha256sum', ['--check', '--quiet', 'SHA256SUMS'], {
          cwd: dir,
          stdio: 'pipe',
        }),
      ).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a path listed twice', () => {
    expect(() =>
      sha256sums([
        { path: 'a', bytes: '1' },
        { path: 'a', bytes: '2' },
      ]),
    ).toThrow('Listed twice');
  });
});

describe('data package hashes', () => {
  it('adds a Frictionless hash to the resources it is given one for', () => {
    const pkg = dataPackage({
      name: 't',
      title: 'T',
      version: '1',
      hashes: { poverty: `sha256:${sha256Hex('x')}` },
    });
    expect(pkg.resources.find((r) => r.name === 'poverty')).toMatchObject({
      hash: `sha256:${sha256Hex('x')}`,
    });
    expect(pkg.resources.find((r) => r.name === 'areas')).not.toHaveProperty('hash');
  });
});
