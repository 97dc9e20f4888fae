/** What every chart of the site provides, and helpers its definitions share. */
import Papa from 'papaparse';
import type { Lang } from '../../../i18n/routes.ts';
import { t } from '../../../i18n/ui.ts';
import type { SizeName } from '../../charts/svg.ts';
import { excelSafe } from '../../data/serialize.ts';
import { PROGRAMME } from '../../programme.ts';

export interface ChartTable {
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

export interface ChartSpec {
  id: string;
  kind: 'line' | 'bar' | 'multiples';
  title(lang: Lang): string;
  desc(lang: Lang): string;
  notes(lang: Lang): string[];
  svg(lang: Lang, size: SizeName): string;
  table(lang: Lang): ChartTable;
  /** The chart's own numbers, UTF-8 with BOM for spreadsheets. */
  csv(): string;
  sourceIds: string[];
}

/** The years every time chart spans: the baseline review to the programme's last year. */
export const DOMAIN: [number, number] = [PROGRAMME.baselineYear, PROGRAMME.lastYear];

/** A chart's CSV for spreadsheets: BOM, CRLF, and text that Excel would run as a formula neutralised. */
export function csvOf(header: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((r) =>
    r.map((v) => (v === undefined ? '' : typeof v === 'string' ? excelSafe(v) : String(v))),
  );
  return `\uFEFF${Papa.unparse([header, ...cells], { newline: '\r\n' })}\r\n`;
}

export const statusWord = (lang: Lang, status: string | undefined) =>
  status ? t(lang, `status.${status}` as 'status.final') : '';
