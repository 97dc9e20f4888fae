/**
 * GitHub Actions workflow commands, so each problem is annotated on its CSV line in a pull
 * request: `::error file=…,line=…,col=…,title=…::message`.
 */
import type { Problem, ValidationReport } from '../problem.ts';
import type { Lang } from '../../text/lang.ts';
import { summaryLine } from './formatText.ts';
import { visible } from './visible.ts';

/** Control characters never reach the log raw; `visible` leaves none for the escapes below. */
const escapeData = (s: string) =>
  visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(p: Problem, lang: Lang): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== null) props.push(`line=${p.line}`);
  if (p.column_number !== null) props.push(`col=${p.column_number}`);
  props.push(`title=${escapeProperty(p.code)}`);
  const message = lang === 'vi' ? `${p.message_vi} / ${p.message_en}` : p.message_en;
  return `::${p.severity} ${props.join(',')}::${escapeData(message)}`;
}

export function formatGithub(report: ValidationReport, lang: Lang, fileCount: number): string {
  const lines = [...report.errors, ...report.warnings].map((p) => command(p, lang));
  lines.push(summaryLine(report, lang, fileCount));
  return lines.join('\n');
}
