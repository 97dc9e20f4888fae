/**
 * Money rules: disbursed within allocated unless the source reports the excess, sub-projects
 * that exist.
 */
import { SUB_PROJECTS, type Funding } from '../../schemas/funding.ts';
import type { RowRule } from './context.ts';

/**
 * Disbursed above allocated is a typing slip unless `disbursed_exceeds_allocated` is "yes" (the
 * source reports it, e.g. lending above plan). A note is not enough: every row has one. A "yes"
 * where the amounts do not show an excess is refused too, so the flag cannot go stale.
 */
export const disbursedWithinAllocated: RowRule<Funding> = (row, at) => {
  const { allocated_million_vnd: allocated, disbursed_million_vnd: disbursed } = row;
  const exceeds = allocated !== undefined && disbursed !== undefined && disbursed > allocated;
  const flagged = row.disbursed_exceeds_allocated === 'yes';
  if (exceeds && !flagged) {
    at.cell('disbursed_million_vnd', {
      code: 'rule/disbursed-exceeds-allocated',
      value: at.raw('disbursed_million_vnd') || String(disbursed),
      allocated: at.raw('allocated_million_vnd') || String(allocated),
    });
  } else if (flagged && !exceeds) {
    at.cell('disbursed_exceeds_allocated', {
      code: 'rule/exceeds-flag-without-excess',
      value: 'yes',
      disbursed: at.raw('disbursed_million_vnd') || '—',
      allocated: at.raw('allocated_million_vnd') || '—',
    });
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
    project: row.project,
    expected: {
      vi: allowed === 'slug' ? 'tên kiểu snake_case, không phải TDA' : `để trống hoặc ${list}`,
      en: allowed === 'slug' ? 'a snake_case name, not a TDA code' : `empty or ${list}`,
    },
  });
};
