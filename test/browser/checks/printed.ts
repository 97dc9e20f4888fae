/**
 * Every published rate on the area pages, as its source printed it: each poverty row's rates,
 * read from data/poverty.csv by csv-parse (not our reader), must stand on its area's page in
 * both languages with every digit the cell has — "10.80" as 10,80 in Vietnamese, 10.80 in
 * English — and the same rate cut short (10,8) nowhere on that page. The country's rows stand
 * beside the province, not on a page of their own, and are left to the page-model tests. Read from the built HTML
 * files; no browser needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { ROUTES } from '../../../src/i18n/routes.ts';
import { Results } from '../lib/results.ts';

const RULE = 'every published rate shown with the digits its source printed';
const RATE_COLUMNS = ['poverty_rate_pct', 'near_poverty_rate_pct'];

export function checkPrinted(results: Results, siteDir: string, dataDir: string): void {
  const read = (file: string) =>
    parse(readFileSync(join(dataDir, file)), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
  const withPage = new Set(
    read('areas.csv')
      .filter((a) => a.level !== 'country')
      .map((a) => a.code),
  );
  const rows = read('poverty.csv').filter((r) => withPage.has(r.area_code!));
  // Per page, each rate as printed, with its shorter forms (trailing zeros cut) when it has any.
  const expected = new Map<string, Map<string, string[]>>();
  for (const row of rows) {
    for (const column of RATE_COLUMNS) {
      const raw = row[column]?.trim();
      if (!raw) continue;
      for (const lang of ['vi', 'en'] as const) {
        const path = ROUTES.area[lang].replace('{code}', row.area_code!);
        const shown = (text: string) => (lang === 'vi' ? text.replace('.', ',') : text);
        const figures = expected.get(path) ?? new Map<string, string[]>();
        figures.set(shown(raw), shorterForms(raw).map(shown));
        expected.set(path, figures);
      }
    }
  }
  for (const [path, figures] of expected) {
    const file = join(siteDir, path, 'index.html');
    if (!existsSync(file)) {
      results.fail('html', RULE, path, 'the page was not built');
      continue;
    }
    // The page's text, tags dropped: a figure may carry its status mark inside the same cell.
    const text = readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ');
    const problems: string[] = [];
    for (const [figure, shorter] of figures) {
      if (!standsAlone(text, figure)) problems.push(`${figure} is not on the page`);
      // A shorter form another row of the page printed as such is that row's figure.
      for (const cut of shorter.filter((s) => !figures.has(s) && standsAlone(text, s)))
        problems.push(`${cut} is on the page: its source printed ${figure}`);
    }
    results.record('html', RULE, path, problems);
  }
}

/** The forms a rate takes with its trailing zeros cut: "10.80" → ["10.8"], "12.5" → []. */
function shorterForms(raw: string): string[] {
  const forms: string[] = [];
  let text = raw;
  while (text.includes('.') && /0$|\.$/.test(text)) {
    text = text.slice(0, -1);
    if (!text.endsWith('.')) forms.push(text);
  }
  return forms;
}

/** Whether `figure` stands in `text` as a whole number, not as a piece of a longer one. */
function standsAlone(text: string, figure: string): boolean {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}
