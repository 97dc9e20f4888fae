/**
 * The public record of changes, for all datasets or one: each data commit with the reason written
 * for readers (never the developer's commit message), and per file the cells corrected
 * (old → new), the rows added and removed, and the file as it was.
 */
import type { Lang } from '../../i18n/routes.ts';
import { translator } from '../../i18n/ui.ts';
import {
  entriesOf,
  loadChangeLog,
  repositoryLinks,
  repositoryUrl,
  type ChangeEntry,
  type ChangeLog,
  type FileChange,
} from '../../lib/changes/changeLog.ts';
import type { RawRow } from '../../lib/changes/diff.ts';
import { formatDate, formatNumber } from '../../lib/format/format.ts';
import {
  AREA_CODE_COLUMNS,
  DATASET_NAMES,
  DATASETS,
  type DatasetName,
} from '../../lib/schemas/datasets.ts';
import { pick } from '../../lib/text/lang.ts';
import { areaName } from '../areaName.ts';
import { entryHeading } from '../changeText.ts';
import type { Site } from '../loadSite.ts';
import { changesPath, pathTo, withBase } from '../urls.ts';

// Bulk imports add whole files; past this many rows the file as it was is the better read.
const MAX_ROWS = 50;
const MAX_CHANGED = 500;

/**
 * The language of a raw cell, for its `lang` attribute: the other language's notes and titles are
 * shown as they were written, marked so (notes were English-only before note_vi/note_en).
 */
const LANGUAGE_OF_COLUMN: Record<string, Lang> = {
  note: 'en',
  note_en: 'en',
  title_en: 'en',
  note_vi: 'vi',
};

/** A cell as shown: its text for people, and its language when not the page's. */
export interface ShownCell {
  text: string | undefined;
  lang: Lang | undefined;
}

export interface ChangesOptions {
  /** One dataset's history; all datasets when absent. */
  dataset?: DatasetName;
  /** The record to show (the data folder's git history by default). */
  log?: ChangeLog;
  /** The repository's web address, for links to commits and files (REPO_URL by default). */
  repo?: string;
}

export function changesPage(site: Site, lang: Lang, options: ChangesOptions = {}) {
  const { data, pkg } = site;
  const { dataset } = options;
  const t = translator(lang);
  const log = options.log ?? loadChangeLog(data.dir);
  const repo = 'repo' in options ? options.repo : repositoryUrl();
  const entries = dataset ? entriesOf(log, dataset) : log.entries;
  const titleOf = (name: DatasetName) => pick(DATASETS[name].title, lang);

  /** A cell for people: area codes carry the area's name, empty cells say so. */
  const shown = (column: string, value: string | undefined) => {
    if (!value) return undefined;
    // Which columns hold area codes is the schemas' to say (code, parent_code, area_code).
    const area = AREA_CODE_COLUMNS.has(column) ? data.areaByCode.get(value) : undefined;
    return area ? `${value} (${areaName(area, lang)})` : value;
  };
  // A title written before title_en existed was often an English description: known by its text.
  const englishTexts = new Set(data.tables.sources.map((s) => s.title_en));
  const cellLang = (column: string, value?: string) => {
    const language =
      LANGUAGE_OF_COLUMN[column] ?? (value && englishTexts.has(value) ? 'en' : undefined);
    return language && language !== lang ? language : undefined;
  };
  const cell = (column: string, value: string | undefined, empty?: string): ShownCell => ({
    text: shown(column, value) ?? empty,
    lang: cellLang(column, value),
  });
  const keyText = (key: RawRow) =>
    Object.entries(key)
      .map(([column, value]) => shown(column, value) ?? t('changes.empty'))
      .join(' · ');

  const fileDiff = (entry: ChangeEntry, file: FileChange) => {
    const { diff } = file;
    const anchor = `c-${entry.short}-${file.dataset}`;
    const notes = [
      file.status === 'added' && t('changes.fileAdded'),
      file.status === 'deleted' && t('changes.fileDeleted'),
      diff.formatOnly && t('changes.formatOnly'),
      diff.columnsAdded.length > 0 &&
        t('changes.columnsAdded', { columns: diff.columnsAdded.join(', ') }),
      diff.columnsRemoved.length > 0 &&
        t('changes.columnsRemoved', { columns: diff.columnsRemoved.join(', ') }),
    ].filter((note): note is string => Boolean(note));
    const rowsOf = (kind: 'added' | 'removed', rows: RawRow[]) => {
      const label = t(kind === 'added' ? 'changes.addedRows' : 'changes.removedRows');
      return {
        kind,
        id: `${anchor}-${kind}`,
        summary: `${label}: ${formatNumber(lang, rows.length)}`,
        caption: `${label}: ${file.file}`,
        open: rows.length <= 5,
        rows: rows
          .slice(0, MAX_ROWS)
          .map((row) => diff.columns.map((column) => cell(column, row[column], ''))),
        more:
          rows.length > MAX_ROWS
            ? t('changes.moreRows', { count: rows.length - MAX_ROWS })
            : undefined,
      };
    };
    return {
      anchor,
      title: titleOf(file.dataset),
      file: file.file,
      summary: t('changes.summary', {
        added: formatNumber(lang, diff.added.length),
        removed: formatNumber(lang, diff.removed.length),
        changed: formatNumber(lang, diff.changed.length),
      }),
      notes,
      /**
       * On the record of all datasets, each file is its summary and a link to the cells on its
       * dataset's page: the cell tables of every change on one page would make it far heavier
       * than a phone on a slow link should fetch.
       */
      details: dataset
        ? undefined
        : `${pathTo(lang, 'datasetChanges', { dataset: file.dataset })}#${anchor}`,
      /** The file as it was after this change, here and in the repository. */
      then:
        file.text === null
          ? undefined
          : {
              href: withBase(changesPath.history(entry.short, file.dataset)),
              download: `${file.dataset}-${entry.short}.csv`,
              label: t('changes.fileThen', { file: file.file }),
              repo: repo ? repositoryLinks.raw(repo, entry.hash, file.path) : undefined,
            },
      changed:
        diff.changed.length === 0
          ? undefined
          : {
              id: `${anchor}-cells`,
              caption: `${t('changes.changedCells')}: ${file.file}`,
              keyHeading: t('changes.row', { columns: diff.keyColumns.join(', ') }),
              rows: diff.changed.slice(0, MAX_CHANGED).map((row) => ({
                key: keyText(row.key),
                cells: row.cells.map((c) => ({
                  column: c.column,
                  from: cell(c.column, c.from, t('changes.empty')),
                  to: cell(c.column, c.to, t('changes.empty')),
                })),
              })),
              more:
                diff.changed.length > MAX_CHANGED
                  ? t('changes.moreRows', { count: diff.changed.length - MAX_CHANGED })
                  : undefined,
            },
      columns: diff.columns,
      rowLists: [rowsOf('added', diff.added), rowsOf('removed', diff.removed)].filter(
        (list) => list.rows.length > 0,
      ),
    };
  };

  const definition = dataset ? DATASETS[dataset] : undefined;
  const datasetTitle = dataset ? titleOf(dataset) : undefined;
  const lastUpdated = (name: DatasetName) => {
    const date = data.lastUpdated[name];
    return date ? t('common.lastUpdated', { date: formatDate(lang, date) }) : undefined;
  };
  return {
    datasetTitle,
    title: datasetTitle ? t('changes.datasetTitle', { dataset: datasetTitle }) : t('changes.title'),
    lead: definition ? t('changes.datasetLead', { file: definition.file }) : t('changes.lead'),
    /** When the dataset last changed (one dataset's page), or the data version (all). */
    updated: dataset ? lastUpdated(dataset) : undefined,
    version: dataset ? undefined : t('data.version', { version: pkg.version }),
    /** Every dataset's history page, with how many changes it has (the page for all only). */
    datasets: dataset
      ? []
      : DATASET_NAMES.map((name) => ({
          href: pathTo(lang, 'datasetChanges', { dataset: name }),
          title: titleOf(name),
          file: DATASETS[name].file,
          count: t('changes.count', { count: entriesOf(log, name).length }),
          updated: lastUpdated(name),
        })),
    unavailable: log.available
      ? undefined
      : log.reason === 'shallow'
        ? t('changes.unavailableShallow')
        : t('changes.unavailableNoGit'),
    none: log.available && entries.length === 0,
    entries: entries.map((entry) => ({
      id: `c-${entry.short}`,
      heading: entryHeading(lang, entry),
      date: entry.date,
      day: formatDate(lang, entry.date.slice(0, 10)),
      short: entry.short,
      commit: repo ? repositoryLinks.commit(repo, entry.hash) : undefined,
      reason: entry.reason,
      files: entry.files.map((file) => fileDiff(entry, file)),
    })),
  };
}

export type ChangesPage = ReturnType<typeof changesPage>;
export type ChangeEntryView = ChangesPage['entries'][number];
export type FileDiffView = ChangeEntryView['files'][number];
