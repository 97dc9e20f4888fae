/** Money rules: disbursed within allocated unless explained, sub-projects that exist. */
import { SUB_PROJECTS, type Funding } from '../../schemas/funding.ts';
import type { RowRule } from './context.ts';

export const disbursedWithinAllocated: RowRule<Funding> = (row, at) => {
  const { allocated_million_vnd: allocated, disbursed_million_vnd: disbursed } = row;
  if (allocated === undefined || disbursed === undefined || disbursed <= allocated) return;
  if (row.note) return; // the source says so and the note explains it
  at.cell('disbursed_million_vnd', {
    code: 'rule/disbursed-exceeds-allocated',
    value: String(disbursed),
    a: allocated,
  });
};

export const fundingHasAmount: RowRule<Funding> = (row, at) => {
  if (row.allocated_million_vnd === undefined && row.disbursed_million_vnd === undefined) {
    at.row({ code: 'row/no-measure' });
  }
};

export const subProjectBelongs: RowRule<Funding> = (row, at) => {
  const allowed = SUB_PROJECTS[row.project];
  const sub = row.sub_project;
  if (sub === undefined) return;
  const isTda = /^TDA\d$/.test(sub);
  const ok = allowed === 'slug' ? !isTda : allowed.includes(sub);
  if (ok) return;
  const list = allowed === 'slug' ? 'snake_case' : allowed.length ? allowed.join(', ') : '—';
  at.cell('sub_project', {
    code: 'rule/sub-project',
    value: sub,
    a: row.project,
    expected: {
      vi: allowed === 'slug' ? 'tên kiểu snake_case, không phải TDA' : `để trống hoặc ${list}`,
      en: allowed === 'slug' ? 'a snake_case name, not a TDA code' : `empty or ${list}`,
    },
  });
};
