/** The report for people at a terminal: grouped by file and line, Vietnamese by default. */
import { compareProblems, problemTotal, type Problem, type ValidationReport } from '../problem.ts';
import type { Lang } from '../../text/lang.ts';
import { visible } from './visible.ts';

const WORDS = {
  vi: { line: 'dòng', column: 'cột', error: 'LỖI', warning: 'cảnh báo', wholeFile: 'cả tệp' },
  en: {
    line: 'line',
    column: 'column',
    error: 'ERROR',
    warning: 'warning',
    wholeFile: 'whole file',
  },
} as const;

export function summaryLine(report: ValidationReport, lang: Lang, fileCount: number): string {
  // Past the per-file cap problems are counted, not listed: the totals include them.
  const e = problemTotal(report.errors);
  const w = problemTotal(report.warnings);
  if (lang === 'vi') {
    return report.valid
      ? `Dữ liệu hợp lệ: ${fileCount} tệp, 0 lỗi, ${w} cảnh báo.`
      : `Dữ liệu KHÔNG hợp lệ: ${e} lỗi, ${w} cảnh báo. Sửa các lỗi trên rồi chạy lại.`;
  }
  return report.valid
    ? `Data is valid: ${fileCount} files, 0 errors, ${w} warnings.`
    : `Data is NOT valid: ${e} errors, ${w} warnings. Fix the errors above and run again.`;
}

function where(p: Problem, lang: Lang): string {
  const w = WORDS[lang];
  if (p.line === null) return w.wholeFile;
  const column = p.column
    ? `, ${w.column} ${p.column}${p.column_number ? ` (${p.column_number})` : ''}`
    : '';
  return `${w.line} ${p.line}${column}`;
}

export function formatText(report: ValidationReport, lang: Lang, fileCount: number): string {
  const all = [...report.errors, ...report.warnings].sort(compareProblems);
  const out: string[] = [];
  let file = '';
  for (const p of all) {
    if (p.file !== file) {
      file = p.file;
      out.push('', file);
    }
    const label = p.severity === 'error' ? WORDS[lang].error : WORDS[lang].warning;
    const message = lang === 'vi' ? p.message_vi : p.message_en;
    out.push(`  ${where(p, lang)}: [${label}] ${message} (${p.code})`);
  }
  out.push('', summaryLine(report, lang, fileCount));
  // Every line goes through visible(): no character from a data file reaches the terminal raw.
  return out.map(visible).join('\n').replace(/^\n/, '');
}
