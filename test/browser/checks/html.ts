/**
 * Every built page through the W3C Nu HTML Checker (the vnu-jar package, on the machine's Java):
 * one test per page, failing on any error. Warnings are not errors and are not counted.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Results } from '../lib/results.ts';
import { htmlFiles } from '../lib/site.ts';

const VNU_JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';
const RULE = 'HTML valid (Nu HTML Checker)';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const java = process.env.JAVA ?? 'java';
    const child = spawn(
      java,
      ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e) =>
      reject(new Error(`cannot run ${java} (Java 17 is needed for vnu): ${e.message}`)),
    );
    child.on('close', (code) => {
      const json = err.trim().startsWith('{') ? err : out;
      try {
        resolve((JSON.parse(json) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(
          new Error(`vnu exited ${code} without a JSON report:\n${(err || out).slice(0, 2000)}`),
        );
      }
    });
  });
}

export async function checkHtml(results: Results, siteDir: string): Promise<void> {
  const group = 'html';
  const pages = htmlFiles(siteDir);
  if (!existsSync(VNU_JAR)) {
    results.fail(group, RULE, '(all pages)', `${VNU_JAR} is missing: run npm ci`);
    return;
  }
  const messages = await runVnu(pages.map((p) => p.file));
  const byFile = new Map<string, string[]>();
  for (const m of messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    const file = m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? '');
    const where = m.lastLine
      ? `line ${m.lastLine}${m.firstColumn ? `:${m.firstColumn}` : ''}: `
      : '';
    const extract = m.extract ? ` — ${JSON.stringify(m.extract.trim().slice(0, 80))}` : '';
    const list = byFile.get(file) ?? [];
    list.push(`${where}${m.message}${extract}`);
    byFile.set(file, list);
  }
  for (const page of pages) results.record(group, RULE, page.path, byFile.get(page.file) ?? []);
  for (const [file, problems] of byFile) {
    if (!pages.some((p) => p.file === file)) results.record(group, RULE, file || '(vnu)', problems);
  }
}
