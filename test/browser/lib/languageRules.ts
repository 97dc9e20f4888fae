/**
 * What the language check expects of the built pages, from the data itself: which texts must not
 * appear on a page of a language (the other language's notes and English titles), which must
 * sit in an element of the page's language wherever they appear (its own notes), and which must
 * appear on a given page (every source's note on the sources page, every row's note on its
 * area's page), so notes cannot silently vanish either. Pure: the browser only lists a page's
 * text nodes with the language each one inherits.
 */
import type { Tables } from '../../../src/lib/data/validateDirectory.ts';
import { pathTo, type Lang } from '../../../src/i18n/routes.ts';

/** A text node of a page and the `lang` it inherits ('' when none). */
export interface PageText {
  text: string;
  lang: string;
}

export interface LanguageRules {
  /** Per language: texts that must not appear on its pages, with what they are. */
  foreign: Record<Lang, { text: string; what: string }[]>;
  /** Per language: its own notes, which must be in an element of that language. */
  own: Record<Lang, { text: string; what: string }[]>;
  /** Per page path: notes it must show. */
  required: Map<string, { text: string; what: string }[]>;
}

/** Whitespace as the reader sees it: runs of spaces and line breaks are one space. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Noted {
  note_vi?: string | undefined;
  note_en?: string | undefined;
}

export function languageRules(tables: Tables, areaPages: ReadonlySet<string>): LanguageRules {
  const rules: LanguageRules = {
    foreign: { vi: [], en: [] },
    own: { vi: [], en: [] },
    required: new Map(),
  };
  const require = (path: string, text: string, what: string) => {
    const list = rules.required.get(path) ?? [];
    list.push({ text, what });
    rules.required.set(path, list);
  };
  const note = (row: Noted, what: string, pages: Record<Lang, string> | undefined) => {
    const vi = squash(row.note_vi ?? '');
    const en = squash(row.note_en ?? '');
    if (vi) rules.own.vi.push({ text: vi, what: `${what} note_vi` });
    if (en) rules.own.en.push({ text: en, what: `${what} note_en` });
    if (vi && en && vi !== en) {
      rules.foreign.vi.push({ text: en, what: `${what} note_en` });
      rules.foreign.en.push({ text: vi, what: `${what} note_vi` });
    }
    if (pages && vi) require(pages.vi, vi, `${what} note_vi`);
    if (pages && en) require(pages.en, en, `${what} note_en`);
  };
  const sourcesPage = { vi: pathTo('vi', 'sources'), en: pathTo('en', 'sources') };
  for (const s of tables.sources) {
    note(s, `sources.csv ${s.id}`, sourcesPage);
    const title = squash(s.title);
    const titleEn = squash(s.title_en);
    if (titleEn !== title)
      rules.foreign.vi.push({ text: titleEn, what: `sources.csv ${s.id} title_en` });
  }
  const areaPage = (code: string) =>
    areaPages.has(code)
      ? { vi: pathTo('vi', 'area', { code }), en: pathTo('en', 'area', { code }) }
      : undefined;
  for (const r of tables.poverty)
    note(r, `poverty.csv ${r.year} ${r.area_code} ${r.source_id}`, areaPage(r.area_code));
  for (const name of ['funding', 'outputs', 'targets'] as const) {
    for (const r of tables[name])
      note(
        r,
        `${name}.csv ${r.year_from}–${r.year_to} ${r.area_code} ${r.source_id}`,
        areaPage(r.area_code),
      );
  }
  for (const r of tables.designations)
    note(r, `designations.csv ${r.area_code} ${r.designation} ${r.source_id}`, undefined);
  return rules;
}

const base = (lang: string) => lang.toLowerCase().split('-')[0];

/**
 * What is wrong with one page (`path`, in `lang`), given its text nodes. A `record` page (the
 * change log) reproduces the cells of every column as they were and are, so it may show the
 * other language's note, but only marked with that language; every other page never shows it.
 */
export function languageProblems(
  rules: LanguageRules,
  path: string,
  lang: Lang,
  texts: readonly PageText[],
  record = false,
): string[] {
  const problems: string[] = [];
  const squashed = texts.map((t) => ({ text: squash(t.text), lang: base(t.lang) }));
  const whole = squash(texts.map((t) => t.text).join(''));
  const other = lang === 'vi' ? 'en' : 'vi';
  const quote = (text: string) => `“${text.slice(0, 80)}${text.length > 80 ? '…' : ''}”`;
  for (const { text, what } of rules.foreign[lang]) {
    if (!whole.includes(text)) continue;
    if (!record) {
      problems.push(`shows ${what} on a ${lang} page: ${quote(text)}`);
      continue;
    }
    const nodes = squashed.filter((n) => n.text.includes(text));
    if (nodes.length === 0 || nodes.some((n) => n.lang !== other))
      problems.push(`shows ${what} without lang="${other}": ${quote(text)}`);
  }
  for (const { text, what } of rules.own[lang]) {
    for (const node of squashed) {
      if (node.text.includes(text) && node.lang !== lang)
        problems.push(`${what} is inside lang="${node.lang}", not ${lang}: ${quote(text)}`);
    }
  }
  for (const { text, what } of rules.required.get(path) ?? []) {
    if (!whole.includes(text)) problems.push(`does not show ${what}: ${quote(text)}`);
  }
  return problems;
}
