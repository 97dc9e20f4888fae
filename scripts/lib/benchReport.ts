/**
 * The arithmetic and the table of npm run bench:build, kept apart from the processes it runs so
 * that it can be tested: per build, pages, time, memory and sizes; across builds, how the time per
 * page grows, and whether the targets for a national build are met.
 */
import { markdownTable } from './markdownTable.ts';

export interface BuildMeasure {
  label: string;
  /** True for synthetic data (the real data is a reference point, not part of the scale series). */
  synthetic: boolean;
  areas: number;
  /** HTML pages written. */
  pages: number;
  /** Every file written. */
  files: number;
  /** Wall-clock seconds of the whole build: validate, Astro, search index. */
  seconds: number;
  /** Seconds per step, in the order run. */
  steps: { name: string; seconds: number; cpuSeconds?: number | undefined; peakMb: number }[];
  /** CPU seconds (user + system) of the whole build, when measurable. */
  cpuSeconds?: number | undefined;
  /** Highest resident memory of the build's process tree, in MB. */
  peakMb: number;
  distBytes: number;
  searchIndexBytes: number;
  /** Bytes fetched by the heaviest search measured (over the wire, as served with gzip). */
  searchFetchBytes?: number | undefined;
  /** The same requests without compression. */
  searchFetchRawBytes?: number | undefined;
  /** Of which index data (meta, index chunks, fragments), not Pagefind's fixed JS and WASM. */
  searchIndexFetchBytes?: number | undefined;
  searchQuery?: string | undefined;
}

export const TARGETS = {
  nationalSeconds: 300,
  perPageGrowth: 1.5,
  peakMb: 4096,
  searchBytes: 100 * 1024,
} as const;

export const secondsPerPage = (m: BuildMeasure) => m.seconds / Math.max(1, m.pages);
export const cpuPerPage = (m: BuildMeasure) =>
  m.cpuSeconds === undefined ? undefined : m.cpuSeconds / Math.max(1, m.pages);

/** Time per page of the build with most pages over that of the build with fewest. */
export function perPageRatio(
  builds: readonly BuildMeasure[],
  per: (m: BuildMeasure) => number | undefined = secondsPerPage,
): number | undefined {
  if (builds.length < 2) return undefined;
  const sorted = [...builds].sort((a, b) => a.pages - b.pages);
  const small = per(sorted[0]!);
  const large = per(sorted.at(-1)!);
  return small === undefined || large === undefined || small === 0 ? undefined : large / small;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));

export function formatTable(builds: readonly BuildMeasure[]): string {
  const header = [
    'build',
    'areas',
    'pages',
    'files',
    'seconds',
    'CPU s',
    'pages/s',
    'ms/page',
    'peak MB',
    'dist MB',
    'index MB',
    'search KB',
    'of it index KB',
  ];
  const rows = builds.map((m) => [
    m.label,
    String(m.areas),
    String(m.pages),
    String(m.files),
    m.seconds.toFixed(1),
    m.cpuSeconds === undefined ? '–' : m.cpuSeconds.toFixed(1),
    (m.pages / m.seconds).toFixed(1),
    (secondsPerPage(m) * 1000).toFixed(1),
    m.peakMb.toFixed(0),
    mb(m.distBytes),
    mb(m.searchIndexBytes),
    kb(m.searchFetchBytes),
    kb(m.searchIndexFetchBytes),
  ]);
  return markdownTable(header, rows);
}

export interface TargetCheck {
  name: string;
  value: string;
  target: string;
  ok: boolean | undefined;
}

/** The targets of a national build, checked against the measures. */
export function checkTargets(builds: readonly BuildMeasure[]): TargetCheck[] {
  const synthetic = builds.filter((b) => b.synthetic);
  const national = [...synthetic].sort((a, b) => a.pages - b.pages).at(-1);
  const ratioAll = perPageRatio(builds);
  const ratioSynthetic = perPageRatio(synthetic);
  const peak = Math.max(...builds.map((b) => b.peakMb));
  const search = Math.max(...builds.map((b) => b.searchFetchBytes ?? 0));
  const searchIndex = Math.max(...builds.map((b) => b.searchIndexFetchBytes ?? 0));
  const fmt = (x: number | undefined) => (x === undefined ? '–' : `${x.toFixed(2)}×`);
  return [
    {
      name: `largest build (${national?.label ?? '–'}) time`,
      value: national ? `${national.seconds.toFixed(0)} s` : '–',
      target: `< ${TARGETS.nationalSeconds} s`,
      ok: national ? national.seconds < TARGETS.nationalSeconds : undefined,
    },
    {
      name: 'time per page, largest / smallest build',
      value: fmt(ratioAll),
      target: `< ${TARGETS.perPageGrowth}×`,
      ok: ratioAll === undefined ? undefined : ratioAll < TARGETS.perPageGrowth,
    },
    {
      name: 'time per page, largest / smallest synthetic build',
      value: fmt(ratioSynthetic),
      target: `< ${TARGETS.perPageGrowth}×`,
      ok: ratioSynthetic === undefined ? undefined : ratioSynthetic < TARGETS.perPageGrowth,
    },
    {
      name: 'peak memory',
      value: `${peak.toFixed(0)} MB`,
      target: `< ${TARGETS.peakMb} MB`,
      ok: peak < TARGETS.peakMb,
    },
    {
      name: 'bytes a search fetches, all of /pagefind/ (heaviest query, gzip)',
      value: search ? `${kb(search)} KB` : '–',
      target: `< ${TARGETS.searchBytes / 1024} KB`,
      ok: search ? search < TARGETS.searchBytes : undefined,
    },
    {
      name: 'of which index data (meta, index chunks, result fragments)',
      value: searchIndex ? `${kb(searchIndex)} KB` : '–',
      target: `< ${TARGETS.searchBytes / 1024} KB`,
      ok: searchIndex ? searchIndex < TARGETS.searchBytes : undefined,
    },
  ];
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map(
      (c) =>
        `${c.ok === undefined ? 'n/a ' : c.ok ? 'PASS' : 'FAIL'}  ${c.name}: ${c.value} (target ${c.target})`,
    )
    .join('\n');
}
