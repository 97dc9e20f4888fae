/**
 * The words a reader sees for one data change, shared by the change pages and the Atom feed: a
 * heading that says when and which datasets changed, and the reason in the page's language.
 */
import { t } from '../i18n/ui.ts';
import type { ChangeEntry } from '../lib/changes/changeLog.ts';
import { formatDate } from '../lib/format/format.ts';
import { DATASETS } from '../lib/schemas/datasets.ts';
import { pick, type Lang } from '../lib/text/lang.ts';

/** "Thay đổi ngày 1/12/2026: Hộ nghèo, hộ cận nghèo; Nguồn tài liệu". */
export function entryHeading(lang: Lang, entry: Pick<ChangeEntry, 'date' | 'files'>): string {
  const datasets = [...new Set(entry.files.map((f) => f.dataset))].map((name) =>
    pick(DATASETS[name].title, lang),
  );
  return t(lang, 'changes.entryHeading', {
    date: formatDate(lang, entry.date.slice(0, 10)),
    datasets: datasets.join('; '),
  });
}

export interface ReasonText {
  text: string;
  /** The language the reason is written in: the other one when none was given in `lang`. */
  lang: Lang;
}

/**
 * The reason in the reader's language, else in the other language (marked as such, so screen
 * readers switch voice), else undefined: the page then says that no reason was given.
 */
export function reasonText(lang: Lang, entry: Pick<ChangeEntry, 'reason'>): ReasonText | undefined {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const own = entry.reason[lang];
  if (own) return { text: own, lang };
  const fallback = entry.reason[other];
  return fallback ? { text: fallback, lang: other } : undefined;
}
