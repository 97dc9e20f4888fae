/**
 * What a build's bytes are made of: every output file sorted into one kind (HTML, PNG, SVG, CSV,
 * JSON, XLSX, fonts, JS, CSS, search index, other) by its path, and each kind's share of the
 * total. Everything under pagefind/ is the search index, its JS and WASM included, since it is
 * written by the indexer and not by the site. Used by npm run bench:build.
 */
import { markdownTable } from './markdownTable.ts';

export const OUTPUT_KINDS = [
  'HTML',
  'PNG',
  'SVG',
  'CSV',
  'JSON',
  'XLSX',
  'fonts',
  'JS',
  'CSS',
  'search index',
  'other',
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

const BY_EXTENSION: Record<string, OutputKind> = {
  html: 'HTML',
  png: 'PNG',
  svg: 'SVG',
  csv: 'CSV',
  json: 'JSON',
  geojson: 'JSON',
  xlsx: 'XLSX',
  woff2: 'fonts',
  woff: 'fonts',
  ttf: 'fonts',
  otf: 'fonts',
  js: 'JS',
  mjs: 'JS',
  css: 'CSS',
};

/** The kind of one output file, from its path relative to the output folder ("/" separators). */
export function outputKind(relativePath: string): OutputKind {
  const path = relativePath.replace(/^\.?\/+/, '');
  if (path === 'pagefind' || path.startsWith('pagefind/')) return 'search index';
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'other';
}

export type KindBytes = Record<OutputKind, number>;

/** Bytes per kind of a list of files (paths relative to the output folder). */
export function bytesByKind(files: readonly { path: string; size: number }[]): KindBytes {
  const bytes = Object.fromEntries(OUTPUT_KINDS.map((k) => [k, 0])) as KindBytes;
  for (const file of files) bytes[outputKind(file.path)] += file.size;
  return bytes;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const percent = (part: number, whole: number) =>
  whole === 0 ? '0%' : `${((part / whole) * 100).toFixed(part / whole < 0.1 ? 1 : 0)}%`;

/**
 * One row per build, one column per kind that any build has: "MB (share)". Kinds with no bytes in
 * any build are left out.
 */
export function formatShares(builds: readonly { label: string; bytes: KindBytes }[]): string {
  const kinds = OUTPUT_KINDS.filter((k) => builds.some((b) => b.bytes[k] > 0));
  const header = ['build', ...kinds, 'total MB'];
  const rows = builds.map((b) => {
    const total = kinds.reduce((n, k) => n + b.bytes[k], 0);
    return [
      b.label,
      ...kinds.map((k) => `${mb(b.bytes[k])} (${percent(b.bytes[k], total)})`),
      mb(total),
    ];
  });
  return markdownTable(header, rows);
}
