/**
 * SHA-256 checksums of a release's files, in the format `sha256sum --check` reads, so anyone can
 * prove the file they hold is the one published in a given version.
 */
import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `<hash>  <path>` lines (two spaces: text mode), sorted by path so releases diff cleanly. */
export function sha256sums(files: readonly { path: string; bytes: Uint8Array | string }[]): string {
  const seen = new Set<string>();
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(({ path, bytes }) => {
      if (seen.has(path)) throw new Error(`Listed twice: ${path}`);
      if (/[\n\\]/.test(path)) throw new Error(`Path sha256sum cannot read: ${path}`);
      seen.add(path);
      return `${sha256Hex(bytes)}  ${path}`;
    });
  return lines.length ? `${lines.join('\n')}\n` : '';
}
