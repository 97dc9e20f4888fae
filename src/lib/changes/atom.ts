/**
 * The change record as an Atom 1.0 feed (RFC 4287): one entry per data commit, newest first, so
 * journalists and researchers can follow corrections without visiting the site.
 */
import type { DatasetName } from '../schemas/datasets.ts';
import type { Lang } from '../text/lang.ts';
import { escapeXml } from '../text/escapeXml.ts';
import type { ChangeEntry, FileChange } from './changeLog.ts';

/** The values that identify a row, e.g. "2019 · 058 · final · giamngheo-2019-review". */
export function keyText(key: Record<string, string>): string {
  return Object.values(key).join(' · ');
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Absolute addresses. */
  feedUrl: string;
  pageUrl: string;
  entryUrl: (entry: ChangeEntry) => string;
  authorName: string;
  datasetTitle: (dataset: DatasetName) => string;
  /** An entry's title (the feed is in Vietnamese first). */
  entryTitle: (entry: ChangeEntry) => string;
  /** The feed's words in each language; lib holds no UI text, so the caller translates. */
  words: Record<Lang, FeedWords>;
  /** Cells listed per file before "and N more"; the page has them all. */
  maxCells?: number;
  /**
   * The feed's date when it has no entry (a shallow clone): the data version's date, ISO. Atom
   * requires one; without it the feed says nothing truer than the moment it was built.
   */
  emptyUpdated?: string;
}

export interface FeedWords {
  /** "Reason". */
  reason: string;
  /** Said in place of a reason when none was given. */
  noReason: string;
  /** "rows added: 1, removed: 0, changed: 2". */
  summary: (counts: { added: number; removed: number; changed: number }) => string;
}

/** Both languages' reasons, each saying so plainly when none was given. */
function reasonHtml(entry: ChangeEntry, words: FeedOptions['words']): string {
  return (['vi', 'en'] as const)
    .map(
      (lang) =>
        `<p lang="${lang}"><strong>${escapeXml(words[lang].reason)}:</strong> ` +
        `${escapeXml(entry.reason[lang] ?? words[lang].noReason)}</p>`,
    )
    .join('');
}

function fileHtml(file: FileChange, options: FeedOptions): string {
  const { added, removed, changed } = file.diff;
  const counts = { added: added.length, removed: removed.length, changed: changed.length };
  const parts = [
    `<p><strong>${escapeXml(file.file)}</strong> (${escapeXml(options.datasetTitle(file.dataset))}): ` +
      `${escapeXml(options.words.vi.summary(counts))} / ${escapeXml(options.words.en.summary(counts))}</p>`,
  ];
  const cells = changed.flatMap((row) =>
    row.cells.map((c) => `${keyText(row.key)} · ${c.column}: “${c.from}” → “${c.to}”`),
  );
  const max = options.maxCells ?? 20;
  if (cells.length) {
    const items = cells.slice(0, max).map((c) => `<li>${escapeXml(c)}</li>`);
    if (cells.length > max) items.push(`<li>… (+${cells.length - max})</li>`);
    parts.push(`<ul>${items.join('')}</ul>`);
  }
  return parts.join('');
}

export function atomFeed(entries: readonly ChangeEntry[], options: FeedOptions): string {
  // With no history the newest change is unknown; the data version's date stands in for it.
  const updated = new Date(entries[0]?.date ?? options.emptyUpdated ?? Date.now()).toISOString();
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    `  <author><name>${escapeXml(options.authorName)}</name></author>`,
  ];
  for (const entry of entries) {
    const url = options.entryUrl(entry);
    const html =
      reasonHtml(entry, options.words) + entry.files.map((f) => fileHtml(f, options)).join('');
    out.push(
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(options.entryTitle(entry))}</title>`,
      `    <updated>${new Date(entry.date).toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      ...entry.files.map(
        (f) => `    <category term="${escapeXml(f.dataset)}" label="${escapeXml(f.file)}"/>`,
      ),
      // The HTML is escaped once more: Atom carries type="html" content as text.
      `    <content type="html">${escapeXml(html)}</content>`,
      '  </entry>',
    );
  }
  out.push('</feed>', '');
  return out.join('\n');
}
