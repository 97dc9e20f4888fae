/** What every chart of the site provides, and helpers its definitions share. */
import Papa from 'papaparse';
import type { Lang } from '../../i18n/routes.ts';
import { t } from '../../i18n/ui.ts';
import type { SizeName } from '../../lib/charts/svg.ts';
import { PROGRAMME } from '../../lib/programme.ts';
import type { Site } from '../loadSite.ts';

export interface ChartTable {
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

export interface ChartSpec {
  /** Made by chartId (chartId.ts), never typed by hand. */
  id: string;
  kind: 'line' | 'bar' | 'multiples';
  /** The page that shows the chart, at its anchor (embed back-links, citations). */
  home(lang: Lang): string;
  /** The height svg(lang, size) is drawn at, known without drawing it. */
  height(lang: Lang, size: SizeName): number;
  title(lang: Lang): string;
  desc(lang: Lang): string;
  notes(lang: Lang): string[];
  svg(lang: Lang, size: SizeName): string;
  table(lang: Lang): ChartTable;
  /** The chart's own numbers, as CSV for code (UTF-8, no BOM). */
  csv(): string;
  sourceIds: string[];
}

/** The parts of the site a chart is built from (charts are built before the site is whole). */
export type ChartSite = Pick<Site, 'data' | 'index'>;

/** The id of a chart's figure on its page, the target of links to it. */
export const chartAnchor = (id: string) => `chart-${id}`;

/** A chart's place on a page: the page's address with the chart's anchor. */
export const anchoredAt = (path: string, id: string) => `${path}#${chartAnchor(id)}`;

/** The years every time chart spans: the baseline review to the programme's last year. */
export const DOMAIN: [number, number] = [PROGRAMME.baselineYear, PROGRAMME.lastYear];

/**
 * A chart's CSV, for code: UTF-8 without BOM, LF, every text exactly as published. Not for
 * spreadsheets: no CSV survives them (LibreOffice and Excel turn the code 058 into 58, and under
 * a Vietnamese locale 19.93 into text), so spreadsheets get the .xlsx downloads instead.
 */
export function csvOf(header: string[], rows: (string | number | undefined)[][]): string {
  const cells = rows.map((r) => r.map((v) => (v === undefined ? '' : String(v))));
  return `${Papa.unparse([header, ...cells], { newline: '\n' })}\n`;
}

export const statusWord = (lang: Lang, status: string | undefined) =>
  status ? t(lang, `status.${status}` as 'status.final') : '';
